#!/usr/bin/env node
// @ts-check
// Consumer tests: packs the package exactly as `npm publish` would (prepack
// builds dist/), installs the tarball into throwaway projects and uses it the
// ways people do: a plain page with the script tag (ES module and classic), a
// Vite + TypeScript app under `strict`, and `npx wellbeing-widgets validate`.
// Pages are served under the strict CSP with Trusted Types and checked in Chromium.
//
//   node test/consumers/run.mjs          every check
//   WW_KEEP_CONSUMERS=1 …                keep the throwaway projects and print where
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integrityOf } from '../../scripts/release-zip.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { launch } from '../e2e/lib/browsers.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIXTURES = resolve(fileURLToPath(new URL('.', import.meta.url)));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const devVersion = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'ww-consumers-'));

/** The environment for a child npm: without the npm_* settings `npm test` passes down to us. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
);

/**
 * Runs a command; returns its output (stdout alone with `stdout: true`), or throws with it.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, expectCode?: number, stdout?: boolean }} [options]
 */
function sh(command, args, { cwd, expectCode = 0, stdout = false } = {}) {
  const run = spawnSync(command, args, { cwd, env: cleanEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== expectCode)
    throw new Error(
      `\`${command} ${args.join(' ')}\` exited ${run.status} (expected ${expectCode}):\n${output.slice(-3000)}`,
    );
  return stdout ? run.stdout : output;
}

const results = [];
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok    ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `FAIL  ${name}\n      ${String(error?.stack ?? error)
        .split('\n')
        .join('\n      ')}`,
    );
  }
}
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

// ── The tarball ───────────────────────────────────────────────────────────────
let tarball;
let packed = [];
await check('npm pack builds dist/ (prepack) and writes the tarball', () => {
  const out = sh('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, stdout: true });
  const [info] = JSON.parse(out.slice(out.indexOf('\n[') + 1));
  tarball = join(work, info.filename);
  packed = info.files.map((f) => f.path);
  assert(existsSync(tarball), `no tarball at ${tarball}`);
  console.log(`      ${info.filename}: ${packed.length} files, ${(info.size / 1024).toFixed(0)} KB packed`);
});
if (!tarball) finish();

await check('the tarball holds what publishing needs, and nothing from the source tree', () => {
  const has = (path) => packed.includes(path) || packed.some((p) => p.startsWith(`${path.replace(/\/$/, '')}/`));
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'bin/wellbeing-widgets.mjs',
    pkg.customElements,
    'dist/wellbeing-widgets.js',
    'dist/wellbeing-widgets.iife.js',
    'dist/embed.html',
    'dist/embed.js',
    'dist/embed.css',
    'dist/lib/index.js',
    'dist/lib/index.d.ts',
    'schemas/help-contacts.schema.json',
    'schemas/services.schema.json',
    'schemas/campaigns.schema.json',
    'samples/help-contacts.json',
    'samples/services.json',
    'samples/campaigns.json',
    ...(pkg['web-types'] ? [pkg['web-types'].replace(/^\.\//, '')] : []),
    // Every single-file entry of `files`, and every file `exports` names.
    ...pkg.files.filter((f) => /\.[a-z]+$/.test(f)),
    ...exportTargets(pkg.exports).map((p) => p.replace(/^\.\//, '')),
  ];
  const missing = [...new Set(required)].filter((path) => !has(path));
  assert(!missing.length, `missing from the tarball: ${missing.join(', ')}`);
  const stray = packed.filter((p) => /^(src|test|stories|scripts|bench|demo|node_modules|\.ci|\.storybook)\//.test(p));
  assert(!stray.length, `source-tree files in the tarball: ${stray.slice(0, 10).join(', ')}`);
  for (const field of ['repository', 'bugs', 'homepage', 'license']) assert(pkg[field], `package.json has no ${field}`);
  assert(pkg.exports['.'].default, 'the "." export has no default condition');
});

await check('every relative link in the packed Markdown (README, docs) points at a packed file', () => {
  const broken = [];
  for (const doc of packed.filter((p) => p.endsWith('.md'))) {
    const text = readFileSync(join(ROOT, doc), 'utf8').replace(/```[\s\S]*?```/g, '');
    const targets = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)|<img[^>]+src="([^"]+)"/g)].map(
      (m) => m[1] ?? m[2],
    );
    for (const target of targets) {
      if (/^[a-z][a-z\d+.-]*:|^#|^\//i.test(target)) continue; // other sites, anchors and site paths are not files
      const path = posix.normalize(posix.join(posix.dirname(doc), decodeURI(target.split('#')[0])));
      if (!packed.includes(path) && !packed.some((p) => p.startsWith(`${path.replace(/\/$/, '')}/`)))
        broken.push(`${doc} → ${target}`);
    }
  }
  assert(!broken.length, `links to files that are not in the package:\n${broken.join('\n')}`);
});

// ── A plain page with the script tag, and the command-line tool ────────────────
const plain = join(work, 'plain');
await check('a plain project installs the tarball', () => {
  mkdirSync(plain);
  writeFileSync(join(plain, 'package.json'), JSON.stringify({ name: 'plain-consumer', private: true, type: 'module' }));
  sh('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: plain });
  cpSync(join(FIXTURES, 'plain'), plain, { recursive: true });
  // Two variants of the snippet: with the integrity value the release zip prints
  // for the same file, and the classic script for CMSs that strip type="module".
  const snippet = '<script type="module" src="/node_modules/wellbeing-widgets/dist/wellbeing-widgets.js"></script>';
  const page = readFileSync(join(plain, 'index.html'), 'utf8');
  assert(page.includes(snippet), 'the snippet was not found in index.html');
  const bundle = readFileSync(join(plain, 'node_modules/wellbeing-widgets/dist/wellbeing-widgets.js'));
  const withIntegrity = snippet.replace(
    '></script>',
    ` integrity="${integrityOf(bundle)}" crossorigin="anonymous"></script>`,
  );
  writeFileSync(join(plain, 'integrity.html'), page.replace(snippet, withIntegrity));
  const classic = '<script src="/node_modules/wellbeing-widgets/dist/wellbeing-widgets.iife.js" defer></script>';
  writeFileSync(join(plain, 'classic.html'), page.replace(snippet, classic));
});

await check('npx wellbeing-widgets validate works from the consumer folder', () => {
  const good = sh(
    'npx',
    ['--no', 'wellbeing-widgets', 'validate', 'node_modules/wellbeing-widgets/samples/services.json'],
    { cwd: plain },
  );
  assert(/support services/.test(good), `unexpected output:\n${good}`);
  writeFileSync(
    join(plain, 'broken.json'),
    JSON.stringify({ services: [{ name: 'No id', contact: { url: 'javascript:alert(1)' } }] }),
  );
  const bad = sh('npx', ['--no', 'wellbeing-widgets', 'validate', 'broken.json'], { cwd: plain, expectCode: 1 });
  assert(/services\[0\]/.test(bad), `the error does not name the failing entry:\n${bad}`);
});

// ── A Vite + TypeScript app ────────────────────────────────────────────────────
const vite = join(work, 'vite');
await check('a Vite + TypeScript app installs the tarball, type-checks under strict and builds', () => {
  cpSync(join(FIXTURES, 'vite'), vite, { recursive: true });
  writeFileSync(join(vite, 'package.json'), JSON.stringify({ name: 'vite-consumer', private: true, type: 'module' }));
  const tools = [`vite@${devVersion('vite')}`, `typescript@${devVersion('typescript')}`];
  sh('npm', ['install', tarball, ...tools, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: vite,
  });
  sh(join(vite, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: vite });
  sh(join(vite, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: vite });
  assert(existsSync(join(vite, 'dist/index.html')), 'vite build wrote no dist/index.html');
});

await check('the consumer type check fails on a wrong event detail (so the types are real)', () => {
  writeFileSync(
    join(vite, 'src/wrong.ts'),
    "document.querySelector('wellbeing-support-finder')?.addEventListener('wellbeing-service-contact', (e) => e.detail.nope);\n",
  );
  const out = sh(join(vite, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: vite, expectCode: 2 });
  assert(/wrong\.ts.*nope/.test(out), `tsc failed for another reason:\n${out}`);
  rmSync(join(vite, 'src/wrong.ts'));
});

// ── In the browser ─────────────────────────────────────────────────────────────
const browser = await launch('chromium');
await check('the plain page (ES module) renders every widget, and help shows 999, 111 and 116 123', () =>
  expectWidgets(plain, '/index.html'),
);
await check('the plain page with <script integrity> from the release renders every widget', () =>
  expectWidgets(plain, '/integrity.html'),
);
await check('the plain page (classic script) renders every widget, and help shows 999, 111 and 116 123', () =>
  expectWidgets(plain, '/classic.html'),
);
await check('the Vite app renders every widget and its typed listeners run', async () => {
  const { page } = await expectWidgets(join(vite, 'dist'), '/index.html', { keepOpen: true });
  const data = await page.evaluate(() => ({ ...document.body.dataset }));
  await page.close();
  assert(data.consumer?.startsWith(`vite ${pkg.version}`), `main.ts did not run: ${JSON.stringify(data)}`);
  assert(data.helpOpenedFor, `the wellbeing-help-open listener did not run: ${JSON.stringify(data)}`);
});
await browser.close();
finish();

/**
 * Serves `root` under the strict CSP, opens `path`, and checks that all five
 * widgets render with no page error, CSP report or console error, and that the
 * help dialog opens with the national numbers.
 */
async function expectWidgets(root, path, { keepOpen = false } = {}) {
  const server = await startServer({ port: 0, root, publicPaths: ['/'], index: path });
  try {
    const page = await browser.newPage();
    const failed = [];
    page.raw.on(
      'response',
      (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`),
    );
    await page.raw.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}${path}`);
    const seen = await page.evaluate(async () => {
      const tags = [
        'wellbeing-provider',
        'wellbeing-help-now',
        'wellbeing-support-finder',
        'wellbeing-break-reminder',
        'wellbeing-campaign-banner',
      ];
      const deadline = performance.now() + 10_000;
      const rendered = () => tags.filter((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot);
      while (rendered().length < tags.length && performance.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      await Promise.all(tags.map((t) => document.querySelector(t)?.updateComplete));
      const help = document.querySelector('wellbeing-help-now');
      help?.shadowRoot?.querySelector('[part~="trigger"]')?.click();
      while (!help?.shadowRoot?.querySelector('dialog')?.open && performance.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      const hrefs = [...(help?.shadowRoot?.querySelectorAll('dialog a[href]') ?? [])].map((a) =>
        a.getAttribute('href'),
      );
      const finder = document.querySelector('wellbeing-support-finder')?.shadowRoot?.textContent ?? '';
      // The no-script fallback inside help-now is hidden once the widget renders.
      const fallbackShown = [...(help?.querySelectorAll('a') ?? [])].some((a) => a.getClientRects().length > 0);
      return {
        rendered: rendered(),
        hrefs,
        fallbackShown,
        finderText: finder.replace(/\s+/g, ' ').trim().slice(0, 200),
        violations: window.__violations,
      };
    });
    const problems = [];
    if (seen.rendered.length < 5) problems.push(`rendered only ${seen.rendered.join(', ') || 'nothing'}`);
    for (const want of ['tel:999', 'tel:111', 'tel:116123'])
      if (!seen.hrefs.some((h) => h === want || h.startsWith(`${want}?`)))
        problems.push(`the help dialog has no ${want} link`);
    if (!seen.finderText) problems.push('the finder rendered no text');
    if (seen.fallbackShown) problems.push("help-now's no-script fallback still shows after it rendered");
    if (seen.violations.length) problems.push(`CSP violations: ${seen.violations.join('; ')}`);
    if (page.log.errors.length) problems.push(`page errors: ${page.log.errors.join('; ')}`);
    if (failed.length) problems.push(`failed requests: ${failed.join('; ')}`);
    const consoleErrors = page.consoleOf('error');
    if (consoleErrors.length) problems.push(`console errors: ${consoleErrors.join('; ')}`);
    assert(!problems.length, problems.join('\n'));
    if (!keepOpen) await page.close();
    return { page };
  } finally {
    server.close();
  }
}

/** Every file path named in an `exports` map. */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  return Object.values(exports ?? {}).flatMap(exportTargets);
}

function finish() {
  if (process.env.WW_KEEP_CONSUMERS) console.log(`\nThe consumer projects are in ${work}`);
  else rmSync(work, { recursive: true, force: true });
  const failed = results.filter((r) => !r.ok).length;
  console.log(`\nconsumers: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
