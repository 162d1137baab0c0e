// `npm run bench`: what Wellbeing Widgets costs a page, measured against the
// floor (the smallest Lit + @lit/context element, bundled the same way) and the
// alternatives (nhsuk-frontend's JS, Fuse.js). Prints a table and writes
// bench/results.json. Needs a built dist/ (npm run bench builds it first),
// playwright-core and a Chromium (/usr/bin/chromium, or CHROME_PATH).
//
//   node bench/run.mjs                 everything (about 2–3 minutes)
//   node bench/run.mjs --only=bundle,finder --loads=5
//
// Sections: bundle, startup, finder, reminder, memory, lighthouse.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateServices } from './lib/data.mjs';
import { hiddenTab, pageRoutes, TAGS, timerCounter } from './lib/pages.mjs';
import { startBenchServer } from './lib/server.mjs';
import { formatTable } from './lib/table.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const ONLY = args.only ? new Set(args.only.split(',')) : undefined;
const LOADS = Number(args.loads ?? 20);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SIZES = [5_000, 50_000];
const QUERIES = ['stress', 'cant sleep', 'money worries', 'councelling', 'back pain at work'];

const wanted = (section) => !ONLY || ONLY.has(section);
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}
const round = (x, digits = 1) => (x === undefined ? undefined : Number(x.toFixed(digits)));
const log = (...parts) => console.error('·', ...parts);

async function section(name, fn) {
  if (!wanted(name)) return undefined;
  const started = Date.now();
  log(`${name}…`);
  try {
    const result = await fn();
    log(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    log(`${name} failed: ${error.stack ?? error}`);
    return { error: String(error.message ?? error) };
  }
}

// ─── Bundle ──────────────────────────────────────────────────────────────────

const sizes = (code) => ({
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** The floor, built with the library's own rollup plugins and output formats. */
async function buildFloor() {
  const { rollup } = await import('rollup');
  const config = (await import(new URL('rollup.config.mjs', `file://${ROOT}/`).href)).default;
  const out = {};
  for (const target of config) {
    const bundle = await rollup({ input: join(ROOT, 'bench/floor.ts'), plugins: target.plugins, onwarn() {} });
    const { output } = await bundle.generate({ ...target.output, file: undefined });
    await bundle.close();
    out[target.output.format === 'es' ? 'es' : 'iife'] = sizes(Buffer.from(output[0].code));
    if (target.output.format === 'es') floorCode = output[0].code;
  }
  return out;
}
let floorCode;
const bundles = { 'wellbeing-widgets.js': undefined, 'wellbeing-widgets.iife.js': undefined };

function nhsukBundle() {
  const dir = join(ROOT, 'node_modules/nhsuk-frontend/dist/nhsuk');
  const file = ['nhsuk-frontend.min.js', ...readdirSync(dir).filter((f) => /^nhsuk-frontend.*\.min\.js$/.test(f))]
    .map((f) => join(dir, f))
    .find(existsSync);
  const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules/nhsuk-frontend/package.json'), 'utf8'));
  return { file: file.slice(ROOT.length + 1), version, ...sizes(readFileSync(file)) };
}

async function measureBundle() {
  const read = (f) => sizes(bundles[f]);
  return { es: read('wellbeing-widgets.js'), iife: read('wellbeing-widgets.iife.js'), floor: await buildFloor(), nhsuk: nhsukBundle() };
}

// ─── Browser sections ────────────────────────────────────────────────────────

/** Inline data for the start-up and memory pages: the demo's files, else small generated ones. */
function inlineData() {
  const demo = (name) => {
    const file = join(ROOT, 'samples', name);
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  };
  return {
    help: demo('help-contacts.json') ?? { contacts: [] },
    services: demo('services.json') ?? generateServices(25),
    campaigns: demo('campaigns.json') ?? { campaigns: [] },
  };
}

/** The finder's own search modules, bundled so the page can time the search alone. */
async function finderSearchModule() {
  const entry = join(ROOT, 'src/support-finder/service-index.ts');
  if (!existsSync(entry)) return undefined;
  const { build } = await import('esbuild');
  try {
    const result = await build({
      stdin: { contents: `export { indexServices } from './service-index.ts'; export { search } from './search.ts';`, resolveDir: dirname(entry), loader: 'ts' },
      bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', conditions: ['production'], target: 'es2021',
    });
    return result.outputFiles[0].text;
  } catch {
    return undefined;
  }
}

async function loadPage(browser, url, { throttle = 1, init = [], clock, context, timeout = 120_000 } = {}) {
  const own = !context;
  context ??= await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (clock) await context.clock.install({ time: clock });
  for (const script of init) await context.addInitScript(script);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  try {
    await page.waitForFunction(() => window.__result !== undefined && (window.__ready ?? true), null, { timeout, polling: 20 });
  } catch (error) {
    throw new Error(`${url}: ${error.message}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
  }
  return { context, page, cdp, errors, close: () => (own ? context.close() : page.close()) };
}

async function measureStartup(browser, origin) {
  const out = {};
  for (const throttle of [1, 4]) {
    const runs = { with: [], without: [], floor: [] };
    let widgets;
    // A new tab for each load (no HTTP cache: the server says no-store), the three pages in turn. The
    // page reports through a CDP binding: Playwright's own page scripts (waitForFunction, evaluate)
    // would run on the same thread during the timed start-up and add to it.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const load = async (variant) => {
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        await cdp.send('Runtime.enable');
        await cdp.send('Runtime.addBinding', { name: '__benchDone' });
        const done = new Promise((resolve, reject) => {
          cdp.on('Runtime.bindingCalled', (event) => event.name === '__benchDone' && resolve(JSON.parse(event.payload)));
          page.on('pageerror', reject);
          setTimeout(() => reject(new Error(`${variant}: no result within 30 s`)), 30_000).unref();
        });
        await page.goto(`${origin}/bench/startup-${variant}.html`, { waitUntil: 'commit' });
        return await done;
      } finally {
        await page.close();
      }
    };
    for (let i = -1; i < LOADS; i++) {
      for (const variant of ['with', 'without', 'floor']) {
        const result = await load(variant).catch((error) => (log(`retrying a load: ${error.message}`), load(variant)));
        if (i < 0) continue; // warm-up
        runs[variant].push(result);
        if (variant === 'with') widgets = result;
      }
    }
    await context.close();
    const withEval = median(runs.with.map((r) => r.evalToRendered));
    const readyWith = median(runs.with.map((r) => r.ready));
    const readyWithout = median(runs.without.map((r) => r.ready));
    out[`x${throttle}`] = {
      loads: LOADS,
      evalToRendered: round(withEval, 2),
      evalToRenderedP95: round(quantile(runs.with.map((r) => r.evalToRendered), 0.95), 2),
      evalToRenderedMin: round(Math.min(...runs.with.map((r) => r.evalToRendered)), 2),
      floorEvalToRenderedMin: round(Math.min(...runs.floor.map((r) => r.evalToRendered)), 2),
      readyWith: round(readyWith, 2),
      readyWithout: round(readyWithout, 2),
      added: round(readyWith - readyWithout, 2),
      floorEvalToRendered: round(median(runs.floor.map((r) => r.evalToRendered)), 2),
      floorAdded: round(median(runs.floor.map((r) => r.ready)) - readyWithout, 2),
      defined: widgets.defined,
      rendered: widgets.rendered,
    };
  }
  return out;
}

async function measureFinder(browser, origin) {
  const out = {};
  for (const n of SIZES) {
    const { context, page, errors } = await loadPage(browser, `${origin}/bench/finder.html?n=${n}`);
    try {
      const state = await page.evaluate(() => window.__result);
      if (!state.available || !state.hasInput) return { available: false, reason: state.available ? 'no search box found' : 'not in the bundle' };
      const input = page.locator('wellbeing-support-finder input').first();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Runtime.enable');
      await cdp.send('Runtime.addBinding', { name: '__benchKey' });
      let rendered;
      cdp.on('Runtime.bindingCalled', (event) => event.name === '__benchKey' && rendered?.());
      const prefixes = [];
      for (const query of QUERIES) {
        await page.evaluate(() => window.__clear());
        await input.focus();
        for (let i = 1; i <= query.length; i++) {
          const results = new Promise((resolve, reject) => {
            rendered = resolve;
            setTimeout(() => reject(new Error(`no results after typing "${query.slice(0, i)}"`)), 30_000).unref();
          });
          await page.keyboard.type(query[i - 1]); // CDP key events: no script of Playwright's in the page
          await results;
          await new Promise((resolve) => setTimeout(resolve, 30)); // typing speed: the next key comes a moment later
          prefixes.push(query.slice(0, i));
        }
      }
      const latencies = await page.evaluate(() => window.__latencies);
      // Fuse.js takes seconds per search at 50,000 services: compare both searches on ten prefixes spread over the queries.
      const sample = prefixes.filter((_, i) => i % Math.ceil(prefixes.length / 10) === 2);
      const compare = await page.evaluate((q) => window.__compare(q), sample);
      out[n] = {
        services: n,
        keystrokes: latencies.length,
        firstRender: round(state.firstRender, 0),
        ours: { median: round(median(latencies), 2), p95: round(quantile(latencies, 0.95), 2) },
        oursSearch: compare.ours && { median: round(median(compare.ours), 2), p95: round(quantile(compare.ours, 0.95), 2), index: round(compare.oursIndex, 0) },
        fuse: { median: round(median(compare.fuse), 2), p95: round(quantile(compare.fuse, 0.95), 2), index: round(compare.fuseIndex, 0) },
        errors: errors.length ? errors : undefined,
      };
    } finally {
      await context.close();
    }
  }
  return out;
}

/** One simulated hour on a fake clock; the person takes each break as it comes up. */
async function measureReminder(browser, origin) {
  const out = {};
  const interval = 20;
  for (const tab of ['visible', 'hidden']) {
    const start = new Date('2026-11-24T09:00:00Z').getTime(); // a Tuesday morning, UK time
    const init = [timerCounter, ...(tab === 'hidden' ? [hiddenTab] : [])];
    const { context, page } = await loadPage(browser, `${origin}/bench/reminder.html?interval=${interval}`, { init, clock: start });
    try {
      if (!(await page.evaluate(() => window.__result.available))) return { available: false, reason: 'not in the bundle' };
      await page.evaluate(() => Object.assign(window.__timers, { setTimeout: 0, setInterval: 0, wakeups: 0 }));
      let prompts = 0;
      for (let minute = 0; minute < 60; minute++) {
        await page.clock.runFor(60_000);
        const answered = await page.evaluate(async () => {
          const el = document.querySelector('wellbeing-break-reminder');
          await el.updateComplete;
          const button = el.shadowRoot.querySelector('.prompt .button, [part~="prompt"] button');
          if (!button) return false;
          const counts = { ...window.__timers };
          button.click(); // "I've had a break": not a wake-up, the person did it
          await el.updateComplete;
          Object.assign(window.__timers, counts);
          return true;
        });
        if (answered) prompts++;
      }
      const timers = await page.evaluate(() => window.__timers);
      out[tab] = { interval, reminders: prompts, wakeups: timers.wakeups, timeoutsArmed: timers.setTimeout, intervals: timers.setInterval };
    } finally {
      await context.close();
    }
  }
  // For scale: every widget together on the start-up page (demo data, default settings), nobody answering.
  for (const tab of ['visible', 'hidden']) {
    const init = [timerCounter, ...(tab === 'hidden' ? [hiddenTab] : [])];
    const { context, page } = await loadPage(browser, `${origin}/bench/startup-with.html`, { init, clock: new Date('2026-11-24T09:00:00Z').getTime() });
    try {
      await page.evaluate(() => Object.assign(window.__timers, { setTimeout: 0, setInterval: 0, wakeups: 0 }));
      for (let minute = 0; minute < 60; minute++) await page.clock.runFor(60_000);
      const timers = await page.evaluate(() => window.__timers);
      out[`page-${tab}`] = { wakeups: timers.wakeups, intervals: timers.setInterval };
    } finally {
      await context.close();
    }
  }
  return out;
}

async function measureMemory(browser, origin) {
  const { context, page, cdp } = await loadPage(browser, `${origin}/bench/memory.html`);
  try {
    const { tags } = await page.evaluate(() => window.__result);
    if (!tags.length) return { available: false, reason: 'no widgets in the bundle' };
    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { usedSize, nodes, jsEventListeners };
    };
    await page.evaluate(() => window.__cycle(50)); // warm-up: caches, compiled code, Lit's template cache
    const before = await heap();
    await page.evaluate(() => window.__cycle(1000));
    const after = await heap();
    // Another 500 tell a leak (growing at the same rate) from the engine settling in (optimised code, caches).
    await page.evaluate(() => window.__cycle(500));
    const again = await heap();
    return {
      cycles: 1000,
      widgets: tags,
      heapBefore: before.usedSize,
      heapGrowth: after.usedSize - before.usedSize,
      heapGrowthNext: (again.usedSize - after.usedSize) * 2, // per 1,000
      nodeGrowth: again.nodes - before.nodes,
      listenerGrowth: again.jsEventListeners - before.jsEventListeners,
    };
  } finally {
    await context.close();
  }
}

async function measureLighthouse() {
  const { startServer } = await import('../scripts/serve.mjs');
  // The demo as scripts/serve.mjs serves it (strict CSP, no compression), with the bundle read at the start.
  const routes = (request, response, url) => {
    const code = url.pathname.startsWith('/dist/') && bundles[url.pathname.slice('/dist/'.length)];
    if (!code) return false;
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    response.end(code);
    return true;
  };
  const server = await startServer({ port: 0, routes });
  const url = `http://127.0.0.1:${server.address().port}/demo/`;
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', '--no-sandbox'] });
  try {
    const runs = [];
    for (let i = 0; i < Number(args['lighthouse-runs'] ?? 3); i++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
      runs.push(lhr);
    }
    const pick = (f) => median(runs.map(f));
    const lhr = runs[0];
    const failing = (category) =>
      lhr.categories[category].auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
        .map((audit) => audit.id);
    return {
      url: '/demo/',
      version: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      runs: runs.length,
      performance: Math.round(pick((r) => r.categories.performance.score) * 100),
      accessibility: Math.round(pick((r) => r.categories.accessibility.score) * 100),
      bestPractices: Math.round(pick((r) => r.categories['best-practices'].score) * 100),
      tbt: Math.round(pick((r) => r.audits['total-blocking-time'].numericValue)),
      // Whether the widgets' data files arrive before the first paint varies from run to run: the worst run counts.
      cls: round(Math.max(...runs.map((r) => r.audits['cumulative-layout-shift'].numericValue)), 3),
      clsRuns: runs.map((r) => round(r.audits['cumulative-layout-shift'].numericValue, 3)),
      fcp: Math.round(pick((r) => r.audits['first-contentful-paint'].numericValue)),
      lcp: Math.round(pick((r) => r.audits['largest-contentful-paint'].numericValue)),
      notPassing: { performance: failing('performance'), accessibility: failing('accessibility'), bestPractices: failing('best-practices') },
    };
  } finally {
    await chrome.kill();
    server.close();
  }
}

// ─── Run ─────────────────────────────────────────────────────────────────────

async function main() {
  const started = Date.now();
  if (!existsSync(join(ROOT, 'dist/wellbeing-widgets.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
  for (const name of Object.keys(bundles)) bundles[name] = readFileSync(join(ROOT, 'dist', name));
  const results = {
    date: new Date().toISOString(),
    commit: (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
      } catch {
        return undefined;
      }
    })(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: loadavg().map((x) => round(x, 1)),
  };
  results.bundle = await section('bundle', measureBundle);

  const needsBrowser = ['startup', 'finder', 'reminder', 'memory'].some(wanted);
  if (needsBrowser) {
    const services = new Map(SIZES.map((n) => [`/bench/data/services-${n}.json`, JSON.stringify(generateServices(n))]));
    const search = await finderSearchModule();
    const routes = new Map([...pageRoutes(inlineData()), ...services, ...(search ? [['/bench/finder-search.js', search]] : [])]);
    if (!floorCode) await buildFloor();
    routes.set('/bench/floor.js', floorCode);
    const fuseDir = dirname(fileURLToPath(import.meta.resolve('fuse.js')));
    routes.set('/bench/fuse.mjs', readFileSync(join(fuseDir, 'fuse.mjs')));
    // The bundle as read at the start, so a rebuild of dist/ during the run cannot change or break it.
    for (const [name, code] of Object.entries(bundles)) routes.set(`/dist/${name}`, code);
    const { server, origin } = await startBenchServer({ files: {}, routes });
    const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
    results.chromium = browser.version();
    try {
      // Which widgets the bundle has: the rest are reported as not available.
      const { context, page } = await loadPage(browser, `${origin}/bench/startup-with.html`);
      results.widgets = Object.fromEntries(TAGS.map((tag) => [tag, false]));
      for (const tag of await page.evaluate(() => window.__result.defined)) results.widgets[tag] = true;
      await context.close();
      results.startup = await section('startup', () => measureStartup(browser, origin));
      results.finder = await section('finder', () => measureFinder(browser, origin));
      results.reminder = await section('reminder', () => measureReminder(browser, origin));
      results.memory = await section('memory', () => measureMemory(browser, origin));
    } finally {
      await browser.close();
      server.close();
    }
  }
  results.lighthouse = await section('lighthouse', measureLighthouse);
  results.seconds = Math.round((Date.now() - started) / 1000);
  results.loadAverageAfter = loadavg().map((x) => round(x, 1));

  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatTable(results));
  log(`bench/results.json written (${results.seconds} s)`);
}

await main();
