// @ts-check
// `npm run bench`: what Wellbeing Widgets costs a page, measured against the
// floor (the smallest Lit + @lit/context element, bundled the same way) in the
// same run, and the alternatives (nhsuk-frontend's JS, Fuse.js). Prints the
// targets of issue #15 with their status, then the details, and writes
// bench/results.json. Needs a built dist/ (npm run bench builds it first),
// playwright-core and a Chromium (/usr/bin/chromium, or CHROME_PATH).
//
//   node bench/run.mjs                      everything (about 5–8 minutes on 2 busy CPUs)
//   node bench/run.mjs --quick              fewer loads and one Lighthouse run (about 2–3 minutes)
//   node bench/run.mjs --only=bundle,finder --loads=5 --lighthouse-runs=3
//
// Sections: bundle, startup, cls, finder, reminder, memory, lighthouse.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ENTRY, lazyFiles } from '../scripts/lib/dist-files.mjs';
import { HASHED_FILE, IMMUTABLE, startServer } from '../scripts/serve.mjs';
import { generateServices } from './lib/data.mjs';
import { hiddenTab, pageRoutes, TAGS, timerCounter } from './lib/pages.mjs';
import { formatTable } from './lib/table.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** @type {Record<string, string | undefined>} */
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const QUICK = 'quick' in args;
const ONLY = args.only ? new Set(args.only.split(',')) : undefined;
const LOADS = Number(args.loads ?? (QUICK ? 5 : 20));
const LIGHTHOUSE_RUNS = Number(args['lighthouse-runs'] ?? (QUICK ? 1 : 3));
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SIZES = [5_000, 50_000];
const QUERIES = ['stress', 'cant sleep', 'money worries', 'councelling', 'back pain at work'];
/** Lighthouse's mobile viewport: the layout-shift pages are measured at the same size. */
const MOBILE = { width: 412, height: 823 };

/** @param {string} name */
const wanted = (name) => !ONLY || ONLY.has(name);
/** @param {number[]} xs */
const median = (xs) => quantile(xs, 0.5);
/** @param {number[]} xs @param {number} q @returns {number | undefined} */
function quantile(xs, q) {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return (
    /** @type {number} */ (s[lo]) +
    /** @type {number} */ (s[Math.min(lo + 1, s.length - 1)] - /** @type {number} */ (s[lo])) * (pos - lo)
  );
}
/** @param {number | undefined} x */
const round = (x, digits = 1) => (x === undefined ? undefined : Number(x.toFixed(digits)));
/** @param {...unknown} parts */
const log = (...parts) => console.error('·', ...parts);
/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} fn
 * @returns {Promise<T | { error: string } | undefined>}
 */
async function section(name, fn) {
  if (!wanted(name)) return undefined;
  const started = Date.now();
  log(`${name}…`);
  try {
    const result = await fn();
    log(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    const e = /** @type {Error} */ (error);
    log(`${name} failed: ${e.stack ?? e}`);
    return { error: String(e.message ?? e) };
  }
}

// ─── Files ───────────────────────────────────────────────────────────────────

/** @param {Buffer | string} code */
const sizes = (code) => ({
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/**
 * dist/ as read at the start (the entry, the widgets' files next to it and the
 * classic build), so a rebuild of dist/ during the run cannot change or break it.
 * @type {Map<string, Buffer>}
 */
const dist = new Map();
/** The entry and the files it loads (not the studio's, the embed's or an earlier build's). */
const widgetFiles = () => [...dist.keys()].filter((name) => name !== 'wellbeing-widgets.iife.js');

/** @type {string | undefined} */
let floorCode;
/** The floor, built with the library's own rollup plugins and output formats (without the code-splitting helpers). */
async function buildFloor() {
  const { rollup } = await import('rollup');
  /** @type {import('rollup').RollupOptions[]} */
  const config = (await import(new URL('rollup.config.mjs', `file://${ROOT}/`).href)).default;
  /** @type {Record<string, ReturnType<typeof sizes>>} */
  const out = {};
  for (const target of config.slice(0, 2)) {
    const output = /** @type {import('rollup').OutputOptions} */ (target.output);
    const plugins = /** @type {import('rollup').Plugin[]} */ (target.plugins).filter(
      (plugin) => plugin && !['shared-through-registry', 'named-chunk-errors'].includes(plugin.name),
    );
    const bundle = await rollup({ input: join(ROOT, 'bench/floor.ts'), plugins, onwarn() {} });
    const { output: chunks } = await bundle.generate({ format: output.format, name: output.name });
    await bundle.close();
    const code = chunks[0].code;
    out[output.format === 'es' ? 'es' : 'iife'] = sizes(Buffer.from(code));
    if (output.format === 'es') floorCode = code;
  }
  return out;
}

function nhsukBundle() {
  const dir = join(ROOT, 'node_modules/nhsuk-frontend/dist/nhsuk');
  const file = ['nhsuk-frontend.min.js', ...readdirSync(dir).filter((f) => /^nhsuk-frontend.*\.min\.js$/.test(f))]
    .map((f) => join(dir, f))
    .find(existsSync);
  if (!file) return undefined;
  const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules/nhsuk-frontend/package.json'), 'utf8'));
  return { file: file.slice(ROOT.length + 1), version, ...sizes(readFileSync(file)) };
}

async function measureBundle() {
  /** @param {string} name */
  const gz = (name) => sizes(/** @type {Buffer} */ (dist.get(name))).gzip;
  const files = widgetFiles();
  return {
    entry: sizes(/** @type {Buffer} */ (dist.get('wellbeing-widgets.js'))),
    iife: sizes(/** @type {Buffer} */ (dist.get('wellbeing-widgets.iife.js'))),
    // Each file is served and compressed on its own: the whole set is the sum of their gzip sizes.
    allFiles: { files: files.length, gzip: files.reduce((sum, name) => sum + gz(name), 0) },
    floor: await buildFloor(),
    nhsuk: nhsukBundle(),
  };
}

// ─── Browser sections ────────────────────────────────────────────────────────

/** Inline data for the start-up and memory pages: the samples, else small generated ones. */
function inlineData() {
  /** @param {string} name */
  const sample = (name) => {
    const file = join(ROOT, 'samples', name);
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  };
  return {
    help: sample('help-contacts.json') ?? { contacts: [] },
    services: sample('services.json') ?? generateServices(25),
    campaigns: sample('campaigns.json') ?? { campaigns: [] },
  };
}

/** The finder's own search modules, bundled so the page can time the index and the search alone. */
async function finderSearchModule() {
  const entry = join(ROOT, 'src/support-finder/service-index.ts');
  if (!existsSync(entry)) return undefined;
  const { build } = await import('esbuild');
  try {
    const result = await build({
      stdin: {
        contents: `export { indexServices } from './service-index.ts'; export { search } from './search.ts';`,
        resolveDir: dirname(entry),
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      conditions: ['production'],
      target: 'es2021',
    });
    return result.outputFiles[0]?.text;
  } catch {
    return undefined;
  }
}

/**
 * @param {Browser} browser
 * @param {string} url
 * @param {{ throttle?: number, init?: string[], clock?: number, context?: BrowserContext, timeout?: number }} [options]
 */
async function loadPage(browser, url, { throttle = 1, init = [], clock, context, timeout = 120_000 } = {}) {
  const own = !context;
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1280, height: 800 } }));
  if (clock) await ctx.clock.install({ time: clock });
  for (const script of init) await ctx.addInitScript(script);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  try {
    await page.waitForFunction(
      () => /** @type {any} */ (window).__result !== undefined && /** @type {any} */ (window.__ready ?? true),
      null,
      { timeout, polling: 20 },
    );
  } catch (error) {
    throw new Error(
      `${url}: ${/** @type {Error} */ (error).message}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`,
    );
  }
  return { context: ctx, page, cdp, errors, close: () => (own ? ctx.close() : page.close()) };
}

/**
 * @typedef {{ evalToRendered: number, ready: number, defined: string[], rendered: string[], scripts: string[] }} StartupResult
 */

/**
 * Bundle evaluated → every widget rendered and laid out, for every widget and for help-now
 * alone, beside the floor's page with as many elements, at normal speed and with 4× CPU throttling.
 * @param {Browser} browser
 * @param {string} origin
 */
async function measureStartup(browser, origin) {
  const VARIANTS = /** @type {const} */ (['with', 'help', 'without', 'floor', 'floor-help']);
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const throttle of [1, 4]) {
    /** @type {Record<string, StartupResult[]>} */
    const runs = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    // A new tab for each load (no HTTP cache: every file is fetched and compiled afresh), the pages in
    // turn. The page reports through a CDP binding: Playwright's own page scripts (waitForFunction,
    // evaluate) would run on the same thread during the timed start-up and add to it.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    /** @param {string} variant @returns {Promise<StartupResult>} */
    const load = async (variant) => {
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        await cdp.send('Runtime.enable');
        await cdp.send('Runtime.addBinding', { name: '__benchDone' });
        /** @type {string[]} */
        const scripts = [];
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
        });
        const done = new Promise((resolve, reject) => {
          cdp.on(
            'Runtime.bindingCalled',
            (event) => event.name === '__benchDone' && resolve(JSON.parse(event.payload)),
          );
          page.on('pageerror', reject);
          setTimeout(() => reject(new Error(`${variant}: no result within 60 s`)), 60_000).unref();
        });
        await page.goto(`${origin}/bench/startup-${variant}.html`, { waitUntil: 'commit' });
        const result = /** @type {StartupResult} */ (await done);
        await sleep(200); // files the page asks for after rendering still count as downloaded
        return { ...result, scripts };
      } finally {
        await page.close();
      }
    };
    for (let i = -1; i < LOADS; i++) {
      for (const variant of VARIANTS) {
        const result = await load(variant).catch((error) => (log(`retrying a load: ${error.message}`), load(variant)));
        if (i >= 0) runs[variant]?.push(result); // i = -1: warm-up
      }
    }
    await context.close();
    /** @param {string} v @param {(r: StartupResult) => number} f */
    const med = (v, f) => median((runs[v] ?? []).map(f));
    /** @param {string} v */
    const evalMs = (v) => med(v, (r) => r.evalToRendered);
    const readyWithout = med('without', (r) => r.ready);
    /** @param {string} v */
    const added = (v) => /** @type {number} */ (med(v, (r) => r.ready)) - /** @type {number} */ (readyWithout);
    const last = /** @type {StartupResult} */ (runs.with?.at(-1));
    out[`x${throttle}`] = {
      loads: LOADS,
      all: {
        evalToRendered: round(evalMs('with'), 2),
        fastest: round(Math.min(...(runs.with ?? []).map((r) => r.evalToRendered)), 2),
        added: round(added('with'), 2),
      },
      help: {
        evalToRendered: round(evalMs('help'), 2),
        fastest: round(Math.min(...(runs.help ?? []).map((r) => r.evalToRendered)), 2),
        added: round(added('help'), 2),
      },
      floor: { evalToRendered: round(evalMs('floor'), 2), added: round(added('floor'), 2) },
      floorHelp: { evalToRendered: round(evalMs('floor-help'), 2), added: round(added('floor-help'), 2) },
      readyWithout: round(readyWithout, 2),
      defined: last.defined,
      rendered: last.rendered,
      // What each page fetched: the help-now-only page and the page with every widget.
      scripts: { help: runs.help?.at(-1)?.scripts, all: last.scripts },
    };
  }
  return out;
}

/**
 * The JavaScript a page downloads, from the network: every script response's gzip size.
 * @param {string[] | undefined} paths
 */
function downloaded(paths) {
  const files = [...new Set((paths ?? []).filter((p) => p.startsWith('/dist/')))].map((p) => p.slice('/dist/'.length));
  return {
    files,
    gzip: files.reduce(
      (sum, name) => sum + (dist.has(name) ? sizes(/** @type {Buffer} */ (dist.get(name))).gzip : 0),
      0,
    ),
  };
}

/**
 * Cumulative layout shift as Chromium reports it (layout-shift entries without recent input, the
 * largest session window: gaps under 1 s, at most 5 s), from the first byte until a quiet moment
 * after every widget has rendered.
 */
const clsObserver = `(() => {
  const shifts = (window.__shifts = []);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push({ t: e.startTime, v: e.value, who: e.sources.map((s) => s.node && (s.node.id || s.node.localName || s.node.nodeName)).join(' ') });
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/** @param {{ t: number, v: number }[]} shifts */
function clsOf(shifts) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let previous = -Infinity;
  for (const { t, v } of shifts) {
    if (t - previous >= 1000 || t - first >= 5000) {
      first = t;
      sum = 0;
    }
    sum += v;
    previous = t;
    best = Math.max(best, sum);
  }
  return best;
}

/**
 * CLS on the demo page and on a page with a banner at the top, on a first visit (empty storage) and
 * a repeat visit (the last good copies saved by the first), at Lighthouse's mobile viewport.
 * @param {Browser} browser
 * @param {string} origin
 */
async function measureCls(browser, origin) {
  const pages = {
    demo: '/demo/',
    banner: '/bench/banner-src.html',
    bannerReserve: '/bench/banner-reserve.html',
    bannerInline: '/bench/banner-inline.html',
    bannerClassic: '/bench/banner-src-classic.html',
  };
  /** @type {Record<string, { first: number, repeat: number, rounds: number, shifted: string[] }>} */
  const out = {};
  // Whether a widget's file or data arrives before the first paint varies from load to load: each page
  // is visited in several fresh browser profiles (a first visit, then a repeat visit), and the worst counts.
  const rounds = QUICK ? 1 : 3;
  for (const [name, path] of Object.entries(pages)) {
    /** @type {number[][]} */
    const visits = [[], []];
    /** @type {string[]} */
    const shifted = [];
    for (let i = 0; i < rounds; i++) {
      const context = await browser.newContext({ viewport: MOBILE, isMobile: true, hasTouch: true });
      await context.addInitScript(clsObserver);
      for (let visit = 0; visit < 2; visit++) {
        const page = await context.newPage();
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        await page.evaluate(() =>
          Promise.all(
            [...document.querySelectorAll('*')]
              .filter((el) => el.localName.startsWith('wellbeing-'))
              .map((el) => customElements.whenDefined(el.localName)),
          ),
        );
        await sleep(1500);
        const shifts = /** @type {{ t: number, v: number, who: string }[]} */ (
          await page.evaluate(() => /** @type {any} */ (window).__shifts)
        );
        visits[visit]?.push(clsOf(shifts));
        shifted.push(...shifts.map((s) => `${visit ? 'repeat' : 'first'}: ${s.who} ${s.v.toFixed(3)}`));
        await page.close();
      }
      await context.close();
    }
    /** @param {number[] | undefined} xs */
    const worst = (xs) => /** @type {number} */ (round(Math.max(...(xs ?? [])), 3));
    out[name] = { first: worst(visits[0]), repeat: worst(visits[1]), rounds, shifted };
  }
  return out;
}

/**
 * @param {Browser} browser
 * @param {string} origin
 */
async function measureFinder(browser, origin) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const n of SIZES) {
    const { context, page, errors } = await loadPage(browser, `${origin}/bench/finder.html?n=${n}`);
    try {
      const state = await page.evaluate(() => /** @type {any} */ (window).__result);
      if (!state.available || !state.hasInput)
        return { available: false, reason: state.available ? 'no search box found' : 'not in the bundle' };
      const input = page.locator('wellbeing-support-finder input').first();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Runtime.enable');
      await cdp.send('Runtime.addBinding', { name: '__benchKey' });
      /** @type {(() => void) | undefined} */
      let rendered;
      cdp.on('Runtime.bindingCalled', (event) => event.name === '__benchKey' && rendered?.());
      /** @type {string[]} */
      const prefixes = [];
      for (const query of QUERIES) {
        await page.evaluate(() => /** @type {any} */ (window).__clear());
        await input.focus();
        for (let i = 1; i <= query.length; i++) {
          const results = new Promise((resolve, reject) => {
            rendered = () => resolve(undefined);
            setTimeout(() => reject(new Error(`no results after typing "${query.slice(0, i)}"`)), 30_000).unref();
          });
          await page.keyboard.type(/** @type {string} */ (query[i - 1])); // CDP key events: no script of Playwright's in the page
          await results;
          await sleep(30); // typing speed: the next key comes a moment later
          prefixes.push(query.slice(0, i));
        }
      }
      const latencies = /** @type {number[]} */ (await page.evaluate(() => /** @type {any} */ (window).__latencies));
      // Fuse.js takes seconds per search at 50,000 services: compare both searches on ten prefixes spread over the queries.
      const sample = prefixes.filter((_, i) => i % Math.ceil(prefixes.length / 10) === 2);
      const compare = await page.evaluate((q) => /** @type {any} */ (window).__compare(q), sample);
      out[n] = {
        services: n,
        keystrokes: latencies.length,
        firstRender: round(state.firstRender, 0),
        longestTask: state.longTasks.length ? round(Math.max(...state.longTasks), 0) : 0,
        longTasks: state.longTasks.length,
        ours: { median: round(median(latencies), 2), p95: round(quantile(latencies, 0.95), 2) },
        oursSearch: compare.ours && {
          median: round(median(compare.ours), 2),
          p95: round(quantile(compare.ours, 0.95), 2),
          index: round(compare.oursIndex, 1),
          floorIndex: round(compare.floorIndex, 1),
          indexBuilds: compare.oursBuilds?.map((/** @type {number} */ ms) => round(ms, 1)),
        },
        fuse: {
          median: round(median(compare.fuse), 2),
          p95: round(quantile(compare.fuse, 0.95), 2),
          index: round(compare.fuseIndex, 1),
        },
        errors: errors.length ? errors : undefined,
      };
    } finally {
      await context.close();
    }
  }
  return out;
}

/**
 * One simulated hour on a fake clock; the person takes each break as it comes up.
 * @param {Browser} browser
 * @param {string} origin
 */
async function measureReminder(browser, origin) {
  /** @type {Record<string, unknown>} */
  const out = {};
  const interval = 20;
  for (const tab of ['visible', 'hidden']) {
    const start = new Date('2026-11-24T09:00:00Z').getTime(); // a Tuesday morning, UK time
    const init = [timerCounter, ...(tab === 'hidden' ? [hiddenTab] : [])];
    const { context, page } = await loadPage(browser, `${origin}/bench/reminder.html?interval=${interval}`, {
      init,
      clock: start,
    });
    try {
      if (!(await page.evaluate(() => /** @type {any} */ (window).__result.available)))
        return { available: false, reason: 'not in the bundle' };
      await page.evaluate(() =>
        Object.assign(/** @type {any} */ (window).__timers, { setTimeout: 0, setInterval: 0, wakeups: 0 }),
      );
      let prompts = 0;
      for (let minute = 0; minute < 60; minute++) {
        await page.clock.runFor(60_000);
        const answered = await page.evaluate(async () => {
          const el = /** @type {HTMLElement & { updateComplete: Promise<boolean> }} */ (
            document.querySelector('wellbeing-break-reminder')
          );
          await el.updateComplete;
          const button = /** @type {HTMLElement | null} */ (
            el.shadowRoot?.querySelector('.prompt .button, [part~="prompt"] button')
          );
          if (!button) return false;
          const counts = { .../** @type {any} */ (window).__timers };
          button.click(); // "I've had a break": not a wake-up, the person did it
          await el.updateComplete;
          Object.assign(/** @type {any} */ (window).__timers, counts);
          return true;
        });
        if (answered) prompts++;
      }
      const timers = await page.evaluate(() => /** @type {any} */ (window).__timers);
      out[tab] = {
        interval,
        reminders: prompts,
        wakeups: timers.wakeups,
        timeoutsArmed: timers.setTimeout,
        intervals: timers.setInterval,
      };
    } finally {
      await context.close();
    }
  }
  // For scale: every widget together on the start-up page (demo data, default settings), nobody answering.
  for (const tab of ['visible', 'hidden']) {
    const init = [timerCounter, ...(tab === 'hidden' ? [hiddenTab] : [])];
    const { context, page } = await loadPage(browser, `${origin}/bench/startup-with.html`, {
      init,
      clock: new Date('2026-11-24T09:00:00Z').getTime(),
    });
    try {
      await page.evaluate(() =>
        Object.assign(/** @type {any} */ (window).__timers, { setTimeout: 0, setInterval: 0, wakeups: 0 }),
      );
      for (let minute = 0; minute < 60; minute++) await page.clock.runFor(60_000);
      const timers = await page.evaluate(() => /** @type {any} */ (window).__timers);
      out[`page-${tab}`] = { wakeups: timers.wakeups, intervals: timers.setInterval };
    } finally {
      await context.close();
    }
  }
  return out;
}

/**
 * @param {Browser} browser
 * @param {string} origin
 */
async function measureMemory(browser, origin) {
  const { context, page, cdp } = await loadPage(browser, `${origin}/bench/memory.html`);
  try {
    const { tags } = await page.evaluate(() => /** @type {any} */ (window).__result);
    if (!tags.length) return { available: false, reason: 'no widgets in the bundle' };
    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { usedSize, nodes, jsEventListeners };
    };
    await page.evaluate(() => /** @type {any} */ (window).__cycle(50)); // warm-up: caches, compiled code, Lit's template cache
    const before = await heap();
    await page.evaluate(() => /** @type {any} */ (window).__cycle(1000));
    const after = await heap();
    // Another 500 tell a leak (growing at the same rate) from the engine settling in (optimised code, caches).
    await page.evaluate(() => /** @type {any} */ (window).__cycle(500));
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

/**
 * Lighthouse (mobile) on the demo as scripts/serve.mjs serves it (strict CSP, no compression), every
 * run reported: the target holds only if the worst run meets it.
 * @param {string} origin
 */
async function measureLighthouse(origin) {
  const url = `${origin}/demo/`;
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  /** @type {import('lighthouse').Result[]} */
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    // A new browser for each run: a first visit, with nothing saved.
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', '--no-sandbox'] });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      if (result) runs.push(result.lhr);
    } finally {
      chrome.kill();
    }
  }
  /** @param {(r: import('lighthouse').Result) => number} f */
  const pick = (f) => /** @type {number} */ (median(runs.map(f)));
  const lhr = /** @type {import('lighthouse').Result} */ (runs[0]);
  /** @param {string} category */
  const failing = (category) =>
    lhr.categories[category]?.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter(
        (audit) =>
          audit &&
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'manual',
      )
      .map((audit) => audit?.id);
  /** @param {import('lighthouse').Result} r @param {string} id */
  const numeric = (r, id) => r.audits[id]?.numericValue ?? 0;
  /** @param {import('lighthouse').Result} r @param {string} id */
  const score = (r, id) => Math.round((r.categories[id]?.score ?? 0) * 100);
  return {
    url: '/demo/',
    version: lhr.lighthouseVersion,
    formFactor: lhr.configSettings.formFactor,
    runs: runs.length,
    performanceRuns: runs.map((r) => score(r, 'performance')),
    performance: Math.min(...runs.map((r) => score(r, 'performance'))),
    accessibility: Math.min(...runs.map((r) => score(r, 'accessibility'))),
    bestPractices: Math.min(...runs.map((r) => score(r, 'best-practices'))),
    tbt: Math.round(pick((r) => numeric(r, 'total-blocking-time'))),
    cls: round(Math.max(...runs.map((r) => numeric(r, 'cumulative-layout-shift'))), 3),
    clsRuns: runs.map((r) => round(numeric(r, 'cumulative-layout-shift'), 3)),
    fcp: Math.round(pick((r) => numeric(r, 'first-contentful-paint'))),
    lcp: Math.round(pick((r) => numeric(r, 'largest-contentful-paint'))),
    si: Math.round(pick((r) => numeric(r, 'speed-index'))),
    lcpElement: JSON.stringify(
      /** @type {any} */ (lhr.audits['largest-contentful-paint-element']?.details)?.items?.[0]?.items?.[0]?.node
        ?.snippet ?? null,
    ),
    notPassing: {
      performance: failing('performance'),
      accessibility: failing('accessibility'),
      bestPractices: failing('best-practices'),
    },
  };
}

// ─── Run ─────────────────────────────────────────────────────────────────────

async function main() {
  const started = Date.now();
  if (!existsSync(join(ROOT, 'dist/wellbeing-widgets.js')))
    throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
  for (const name of [ENTRY, ...lazyFiles(join(ROOT, 'dist')), 'wellbeing-widgets.iife.js'])
    dist.set(name, readFileSync(join(ROOT, 'dist', name)));
  /** @type {Record<string, any>} */
  const results = {
    date: new Date().toISOString(),
    quick: QUICK,
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

  // One server for everything: scripts/serve.mjs (the demo, the samples, under its strict CSP), with
  // the benchmark's generated pages and data, and dist/ as read at the start, answered first.
  const services = new Map(SIZES.map((n) => [`/bench/data/services-${n}.json`, JSON.stringify(generateServices(n))]));
  const search = await finderSearchModule();
  /** @type {Map<string, string | Buffer>} */
  const generated = new Map([
    ...pageRoutes(inlineData()),
    ...services,
    ...(search ? /** @type {const} */ ([['/bench/finder-search.js', search]]) : []),
  ]);
  if (!floorCode) await buildFloor();
  generated.set('/bench/floor.js', /** @type {string} */ (floorCode));
  const fuseDir = dirname(fileURLToPath(import.meta.resolve('fuse.js')));
  generated.set('/bench/fuse.mjs', readFileSync(join(fuseDir, 'fuse.mjs')));
  for (const [name, code] of dist) generated.set(`/dist/${name}`, code);
  const server = await startServer({
    port: 0,
    compress: true,
    routes: (request, response, url) => {
      const generatedBody = generated.get(url.pathname);
      if (generatedBody === undefined) return false;
      // Compressed as a Trust's web server would (as serve.mjs compresses the demo's own pages and data).
      const gzip = url.pathname.startsWith('/dist/') && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      const body = gzip ? gzipSync(generatedBody) : generatedBody;
      const type = url.pathname.endsWith('.html')
        ? 'text/html'
        : url.pathname.endsWith('.json')
          ? 'application/json'
          : 'text/javascript';
      // The library's files may be cached, as an intranet's static files are (a repeat visit takes them
      // from the cache; start-up timings turn the cache off): the content-hashed ones for good, as
      // serve.mjs sends them; the generated pages and data may not.
      const cache = HASHED_FILE.test(url.pathname)
        ? IMMUTABLE
        : url.pathname.startsWith('/dist/')
          ? 'max-age=3600'
          : 'no-store';
      response.writeHead(200, {
        'content-type': `${type}; charset=utf-8`,
        'cache-control': cache,
        'x-content-type-options': 'nosniff',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      response.end(body);
      return true;
    },
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const needsBrowser = ['startup', 'cls', 'finder', 'reminder', 'memory'].some(wanted);
    if (needsBrowser) {
      const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
      results.chromium = browser.version();
      try {
        // Which widgets the bundle has: the rest are reported as not available.
        const { context, page } = await loadPage(browser, `${origin}/bench/startup-with.html`);
        results.widgets = Object.fromEntries(TAGS.map((tag) => [tag, false]));
        for (const tag of await page.evaluate(() => /** @type {any} */ (window).__result.defined))
          results.widgets[tag] = true;
        await context.close();
        results.startup = await section('startup', () => measureStartup(browser, origin));
        if (results.startup && !results.startup.error) {
          results.downloads = {
            help: downloaded(results.startup.x1.scripts.help),
            all: downloaded(results.startup.x1.scripts.all),
          };
        }
        results.cls = await section('cls', () => measureCls(browser, origin));
        results.finder = await section('finder', () => measureFinder(browser, origin));
        results.reminder = await section('reminder', () => measureReminder(browser, origin));
        results.memory = await section('memory', () => measureMemory(browser, origin));
      } finally {
        await browser.close();
      }
    }
    results.lighthouse = await section('lighthouse', () => measureLighthouse(origin));
  } finally {
    server.close();
  }
  results.seconds = Math.round((Date.now() - started) / 1000);
  results.loadAverageAfter = loadavg().map((x) => round(x, 1));

  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatTable(results));
  log(`bench/results.json written (${results.seconds} s)`);
}

await main();
