#!/usr/bin/env node
// @ts-check
// Hostile-host proof (issue 7): loads the BUILT bundle (dist/) into deliberately
// hostile host pages in Chromium (playwright-core) and Firefox (puppeteer-core over
// WebDriver BiDi) and checks security, resilience and accessibility.
//
//   node test/e2e/run.mjs                      every check, every browser found
//   node test/e2e/run.mjs --browser chromium   one browser
//   node test/e2e/run.mjs --only csp,axe       checks whose id contains a word
//   node test/e2e/run.mjs --serve              keep the server up and print the host pages
//   WW_E2E_DIST=/tmp/my-build node test/e2e/run.mjs   test a private build instead of dist/
//   WW_E2E_PARALLEL=1 …                        both browsers side by side (default: one after the other)
//   E2E_MAX_PROBLEMS=1000 …                    list more than 40 problems per check
//   E2E_TAGS=wellbeing-help-now …              the leak check cycles only these tags
//
// Exits non-zero when any check fails or a browser is missing under CI.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BROWSERS, launch } from './lib/browsers.mjs';
import { startE2eServer } from './lib/routes.mjs';
import { checks as a11y } from './checks/a11y.mjs';
import { checks as layout } from './checks/layout.mjs';
import { checks as lazy } from './checks/lazy.mjs';
import { checks as parallel } from './checks/parallel.mjs';
import { checks as reach } from './checks/reach.mjs';
import { checks as resilience } from './checks/resilience.mjs';
import { checks as security } from './checks/security.mjs';

const { values } = parseArgs({
  options: {
    browser: { type: 'string', multiple: true },
    only: { type: 'string' },
    serve: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
  },
});

const ALL = [...security, ...resilience, ...lazy, ...parallel, ...layout, ...reach, ...a11y];
const only = values.only
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const selected = ALL.filter((c) => !only || only.some((word) => c.id.includes(word)));
const dist = process.env.WW_E2E_DIST ? resolve(process.env.WW_E2E_DIST) : undefined;
const distDir = dist ?? resolve('dist');

for (const file of ['wellbeing-widgets.js', 'wellbeing-widgets.iife.js']) {
  if (!existsSync(resolve(distDir, file))) {
    console.error(`Missing ${distDir}/${file}: build first (npx rollup -c), or set WW_E2E_DIST.`);
    process.exit(1);
  }
}

const wanted = values.browser ?? Object.keys(BROWSERS);
const found = wanted.filter((kind) => existsSync(BROWSERS[kind]?.binary ?? ''));
const missing = wanted.filter((kind) => !found.includes(kind));
for (const kind of missing)
  console.log(`Missing ${kind} (${BROWSERS[kind]?.binary ?? 'unknown browser'}): its checks are skipped.`);
if (!found.length || (process.env.CI && missing.length)) {
  console.error('The e2e suite needs Chromium (and Firefox under CI): apt-get install -y chromium firefox-esr');
  process.exit(1);
}

const server = await startE2eServer({ dist });

if (values.serve) {
  // Build every host page (without running checks) so a person can open them.
  for (const check of selected) await check.pages?.(server);
  console.log(`e2e server on ${server.origin} (dist: ${distDir})`);
  for (const name of server.pageNames()) console.log(`  ${server.origin}/test/e2e/pages/${name}.html`);
  console.log('Press Ctrl+C to stop.');
} else {
  const started = Date.now();
  const results = [];
  const CHECK_TIMEOUT = 90_000;
  const maxProblems = Number(process.env.E2E_MAX_PROBLEMS ?? 40);
  // The browsers run one after the other: several checks time the page (responsiveness while
  // config loads, how fast a dialog opens), and with both browsers busy on a 2-core machine they
  // timed the other browser's load instead (stalls of 1.5–2.8 s, from 0.5–0.8 s alone).
  // WW_E2E_PARALLEL=1 runs them side by side, quicker for a local look.
  const runBrowser = async (kind) => {
    const say = (line) => console.log(found.length > 1 ? `[${kind.padEnd(8)}] ${line}` : line);
    const launchedAt = Date.now();
    const browser = await launch(kind);
    say(`── ${browser.version} (launched in ${((Date.now() - launchedAt) / 1000).toFixed(1)}s) ──`);
    for (const check of selected.filter((c) => c.browsers.includes(kind))) {
      const problems = [];
      const notes = [];
      const pages = [];
      const ctx = {
        kind,
        server,
        browser,
        fail: (message) => problems.push(message),
        note: (message) => notes.push(message),
        /** A fresh page in a fresh context; closed when the check ends. */
        async page(options) {
          const page = await browser.newPage(options);
          pages.push(page);
          return page;
        },
      };
      const t0 = Date.now();
      let timer;
      try {
        await Promise.race([
          check.run(ctx),
          new Promise(
            (_, reject) =>
              (timer = setTimeout(() => reject(new Error(`timed out after ${CHECK_TIMEOUT / 1000}s`)), CHECK_TIMEOUT)),
          ),
        ]);
      } catch (error) {
        problems.push(`threw: ${error?.stack ?? error}`);
      } finally {
        clearTimeout(timer);
        await Promise.all(pages.map((p) => p.close().catch(() => {})));
      }
      const seconds = (Date.now() - t0) / 1000;
      results.push({ kind, id: check.id, title: check.title, ok: !problems.length, problems, seconds });
      const lines = [
        `${problems.length ? '✗ FAIL' : '✓ pass'}  ${check.id.padEnd(20)} ${seconds.toFixed(1).padStart(5)}s  ${check.title}`,
      ];
      for (const note of values.verbose ? notes : []) lines.push(`          · ${note}`);
      for (const problem of problems.slice(0, maxProblems))
        lines.push(`          - ${problem.replace(/\n/g, '\n            ')}`);
      if (problems.length > maxProblems) lines.push(`          … and ${problems.length - maxProblems} more`);
      say(lines.join('\n'));
    }
    await browser.close();
  };
  if (process.env.WW_E2E_PARALLEL) await Promise.all(found.map(runBrowser));
  else for (const kind of found) await runBrowser(kind);
  await server.close();

  const failed = results.filter((r) => !r.ok);
  const total = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nE2E summary (${total}s):`);
  for (const kind of found) {
    const mine = results.filter((r) => r.kind === kind);
    const bad = mine.filter((r) => !r.ok);
    console.log(
      `  ${kind.padEnd(9)} ${mine.length - bad.length}/${mine.length} passed${bad.length ? `; failed: ${bad.map((r) => r.id).join(', ')}` : ''}`,
    );
  }
  for (const kind of missing) console.log(`  ${kind.padEnd(9)} missing`);
  process.exit(failed.length ? 1 : 0);
}
