// @ts-check
// The request chain after the entry: a widget's file and the shared files it imports are asked for
// together (the entry imports them side by side), not the shared files only once the widget's file
// has arrived and been read. Each widget's file is held back until every file it imports has been
// asked for: with the chain flattened they are asked for at once; without, never while it is held.
import { DEMO_CONFIG, STRICT_CSP, allWidgets, hostPage } from '../lib/pages.mjs';
import { expectClean, settle, unrenderedTags } from '../lib/widgets.mjs';

const WIDGET_FILE = /\/dist\/wellbeing-(?:support-finder|break-reminder|campaign-banner)-[\w-]+\.js$/;
const SHARED_FILE = /\/dist\/wellbeing-shared-[\w-]+\.js$/;
/** How long a widget's file waits for its shared files to be asked for before it is let through. */
const HOLD_MS = 4000;

const nameOf = (/** @type {string} */ url) => new URL(url).pathname.split('/').pop() ?? '';

const parallel = {
  id: 'lazy-parallel-files',
  title:
    "a widget's file and the shared files it imports are requested together, also with ?ver= after the entry; each file once",
  browsers: ['chromium'],
  async run(ctx) {
    for (const query of ['', '?ver=0.2.0']) {
      const label = query ? `entry${query}` : 'entry';
      const body = `${allWidgets({ config: DEMO_CONFIG })}<script type="module" src="/dist/wellbeing-widgets.js${query}"></script>`;
      const url = ctx.server.page(`lazy-parallel-files${query ? '-ver' : ''}`, hostPage({ bundles: [], body }), {
        csp: STRICT_CSP,
      });
      const page = await ctx.page();
      /** Shared files asked for so far, and the widget files waiting on them. */
      const asked = new Set();
      /** @type {Set<() => void>} */
      const waiting = new Set();
      /** @type {string[]} */
      const late = [];
      await page.raw.route(SHARED_FILE, (route) => {
        asked.add(nameOf(route.request().url()));
        for (const wake of waiting) wake();
        return route.continue();
      });
      await page.raw.route(WIDGET_FILE, async (route) => {
        const file = route.request().url();
        // What the widget's file imports, read from the server (not through the page).
        const code = await (await fetch(file)).text();
        const needs = [...code.matchAll(/from\s*["']\.\/(wellbeing-shared-[\w-]+\.js)["']/g)].map((m) => m[1]);
        const missing = () => needs.filter((name) => !asked.has(name));
        await new Promise((resolve) => {
          const wake = () => !missing().length && resolve(undefined);
          waiting.add(wake);
          wake();
          setTimeout(resolve, HOLD_MS);
        });
        if (missing().length) late.push(`${nameOf(file)} (waited ${HOLD_MS} ms for ${missing().join(', ')})`);
        return route.continue();
      });
      await page.goto(url);
      await settle(page, { timeout: HOLD_MS + 6000 });
      for (const line of late)
        ctx.fail(`${label}: shared files not asked for until the widget's own file had arrived: ${line}`);
      const empty = await unrenderedTags(page, [
        'wellbeing-support-finder',
        'wellbeing-break-reminder',
        'wellbeing-campaign-banner',
      ]);
      if (empty.length) ctx.fail(`${label}: ${empty.join(', ')} did not render`);
      const files = page.log.requests.filter((u) => u.includes('/dist/')).map((u) => new URL(u).pathname);
      const twice = files.filter((f, i) => files.indexOf(f) !== i);
      if (twice.length) ctx.fail(`${label}: fetched more than once: ${[...new Set(twice)].join(', ')}`);
      if (!files.some((f) => SHARED_FILE.test(f))) ctx.fail(`${label}: no shared file was fetched`);
      await expectClean(ctx, page, label);
    }
  },
};

export const checks = [parallel];
