// @ts-check
// Resilience: the bundle twice, storage that throws, config that misbehaves, and 1,000 connect/disconnect cycles.
import { readFile } from 'node:fs/promises';
import { DEMO_CONFIG, DUPLICATES_CSP, FIXTURES, STRICT_CSP, TAGS, allWidgets, hostPage } from '../lib/pages.mjs';
import {
  definedTags,
  missingNational,
  exercise,
  expectClean,
  hrefsIn,
  openHelp,
  settle,
  unrenderedTags,
} from '../lib/widgets.mjs';

const both = ['chromium', 'firefox'];

/** What a page with every widget should show once settled, whichever copy of the bundle runs it. */
async function expectWorking(ctx, page, label) {
  if (await page.evaluate(() => !!document.querySelector('wellbeing-campaign-banner')))
    await unrenderedTags(page, ['wellbeing-campaign-banner']); // judged below, with the other widgets
  const state = await page.evaluate(
    (tags) => {
      const e2e = window.__e2e;
      return tags.map((tag) => ({
        tag,
        defined: !!customElements.get(tag),
        upgraded: [...document.querySelectorAll(tag)].every(
          (el) => el.shadowRoot && el instanceof customElements.get(tag),
        ),
        text: [...document.querySelectorAll(tag)].map((el) => e2e.text(el.shadowRoot ?? el)).join(' | '),
      }));
    },
    ['wellbeing-provider', ...TAGS],
  );
  for (const { tag, defined, upgraded } of state)
    if (defined && !upgraded) ctx.fail(`${label}: some <${tag}> elements were not upgraded`);
  const help = await openHelp(page, 'wellbeing-help-now[variant="inline"]');
  await page.press('Escape');
  if (!help.includes('Staff Psychological Support Service'))
    ctx.fail(`${label}: help-now did not show the Trust's contacts from the provider's help-src`);
  const hrefs = await hrefsIn(page, 'wellbeing-help-now[variant="inline"]');
  for (const href of missingNational(hrefs)) ctx.fail(`${label}: help-now lost ${href}`);
  const banner = state.find((s) => s.tag === 'wellbeing-campaign-banner');
  if (banner?.defined && !/flu vaccination|Schwartz|Menopause|brechiad|Caffi/.test(banner.text))
    ctx.fail(`${label}: the campaign banner shows no campaign`);
  return state;
}

const VARIANTS = {
  'es-twice': ['es', 'es2'],
  'es-then-classic': ['es', 'iife'],
  'classic-then-es': ['iife-sync', 'es'],
  'classic-twice': ['iife-sync', 'iife'],
};

function doublePages(server) {
  return Object.fromEntries(
    Object.entries(VARIANTS).map(([name, bundles]) => [
      name,
      server.page(`twice-${name}`, hostPage({ bundles, body: allWidgets({ config: DEMO_CONFIG }) }), {
        csp: DUPLICATES_CSP,
      }),
    ]),
  );
}

const twice = {
  id: 'bundle-twice',
  title:
    "bundle loaded twice, and ES + classic copies together (strict CSP with 'allow-duplicates'): no error, one warning, everything works",
  browsers: both,
  pages: doublePages,
  async run(ctx) {
    for (const [label, url] of Object.entries(doublePages(ctx.server))) {
      const page = await ctx.page();
      await page.goto(url);
      await settle(page);
      await expectWorking(ctx, page, label);
      await exercise(page);
      const warnings = page.consoleOf('warn').filter((w) => w.includes('[wellbeing-widgets]'));
      if (warnings.length !== 1 || !/already defined/.test(warnings[0]))
        ctx.fail(`${label}: expected one "already defined" warning, got ${JSON.stringify(warnings)}`);
      if (label.includes('classic') && !(await page.evaluate(() => typeof window.WellbeingWidgets === 'object')))
        ctx.fail(`${label}: the classic build exposes no WellbeingWidgets global`);
      await expectClean(ctx, page, label);
    }
    // Without 'allow-duplicates' a second copy of Lit cannot create its policy: docs/security.md says to add it.
    const page = await ctx.page();
    await page.goto(
      ctx.server.page(
        'twice-strict',
        hostPage({ bundles: ['es', 'iife'], body: allWidgets({ config: DEMO_CONFIG }) }),
        { csp: STRICT_CSP },
      ),
    );
    await settle(page);
    await expectWorking(ctx, page, "two copies, strict CSP without 'allow-duplicates'");
    const errors = await page.evaluate(() => window.__e2e.errors.length + window.__e2e.violations.length);
    ctx.note(`two copies without 'allow-duplicates': ${errors} errors/violations (the first copy keeps working)`);
  },
};

function storagePages(server) {
  return Object.fromEntries(
    ['throw', 'methods', 'quota'].map((mode) => [
      mode,
      // (no rotation, so the banner cannot move on while its state is compared)
      server.page(
        `storage-${mode}`,
        hostPage({ probe: { storage: mode }, body: allWidgets({ config: DEMO_CONFIG, rotate: false }) }),
        { csp: STRICT_CSP },
      ),
    ]),
  );
}

const blockedStorage = {
  id: 'storage-throws',
  title: 'storage that throws (access, every method, quota): everything works, state held in memory, nothing logged',
  browsers: both,
  pages: storagePages,
  async run(ctx) {
    for (const [mode, url] of Object.entries(storagePages(ctx.server))) {
      const page = await ctx.page();
      await page.goto(url);
      await settle(page);
      const blocked = await page.evaluate(() => {
        try {
          localStorage.setItem('wellbeing-e2e', '1');
          return 'works';
        } catch (error) {
          return error.name;
        }
      });
      if (blocked === 'works') ctx.fail(`${mode}: the page's storage did not throw (the probe failed)`);
      await expectWorking(ctx, page, `storage ${mode}`);
      await exercise(page);
      await settle(page);
      // State lives in memory: the same element shows the same state after it is moved in the page.
      const moved = await page.evaluate(async (tags) => {
        const e2e = window.__e2e;
        const out = [];
        for (const tag of tags.filter((t) => customElements.get(t))) {
          for (const el of document.querySelectorAll(tag)) {
            const words = (root) => e2e.text(root).replace(/\d+/g, '#'); // a countdown may tick meanwhile
            const before = words(el.shadowRoot);
            const parent = el.parentNode;
            const next = el.nextSibling;
            el.remove();
            parent.insertBefore(el, next);
            await el.updateComplete;
            await e2e.sleep(50);
            await el.updateComplete;
            const after = words(el.shadowRoot);
            if (before !== after) out.push(`<${tag}> showed "${before.slice(0, 80)}" then "${after.slice(0, 80)}"`);
          }
        }
        return out;
      }, TAGS);
      for (const line of moved) ctx.fail(`${mode}: state lost on reconnect: ${line}`);
      // A fresh element of the same kind sees state held in memory (e.g. a dismissed campaign stays dismissed).
      const fresh = await page.evaluate(async () => {
        const banner = document.querySelector('wellbeing-campaign-banner');
        if (!customElements.get('wellbeing-campaign-banner')) return 'skipped';
        const copy = document.createElement('wellbeing-campaign-banner');
        banner.after(copy);
        // Wait for its data (a busy machine can take a while), then compare.
        for (let waited = 0; waited < 5000 && !window.__e2e.text(copy.shadowRoot).trim(); waited += 50)
          await window.__e2e.sleep(50);
        await copy.updateComplete;
        const same = window.__e2e
          .text(copy.shadowRoot)
          .includes(window.__e2e.text(banner.shadowRoot.querySelector('h2') ?? banner.shadowRoot));
        copy.remove();
        return same
          ? 'same'
          : `different: ${window.__e2e.text(copy.shadowRoot).slice(0, 80)} vs ${window.__e2e.text(banner.shadowRoot).slice(0, 80)}`;
      });
      if (!['same', 'skipped'].includes(fresh))
        ctx.fail(`${mode}: a new campaign banner does not see the dismissal held in memory: ${fresh}`);
      await expectClean(ctx, page, `storage ${mode}`);
    }
  },
};

const BAD = {
  missing: '/test/e2e/data/missing.json',
  malformed: '/test/fixtures/not-json.json',
  'schema-invalid': '/test/fixtures/invalid-help-contacts.json',
  enormous: '/test/e2e/data/enormous.json?mb=12',
  'large-valid': '/test/e2e/data/enormous.json?mb=4.5',
  slow: '/test/e2e/data/slow.json?ms=2500',
  stalled: '/test/e2e/data/stalled.json',
  'not-a-list': '/test/e2e/fixtures/campaigns.json',
};

function configPages(server) {
  const helps = Object.entries(BAD)
    .map(
      ([name, src]) =>
        `<h2>${name}</h2><wellbeing-help-now variant="inline" id="help-${name}" src="${src.replace(/&/g, '&amp;')}"></wellbeing-help-now>`,
    )
    .join('\n');
  const body = `<main><h1>Config that misbehaves</h1>
<h2>No config at all</h2><wellbeing-help-now variant="inline" id="help-none"></wellbeing-help-now>
<h2>Malformed inline JSON</h2><wellbeing-help-now variant="inline" id="help-inline"><script type="application/json">{ "contacts": [ oops </script></wellbeing-help-now>
${helps}
<wellbeing-provider services-src="/test/e2e/data/missing-services.json" campaigns-src="/test/fixtures/not-json.json">
  <wellbeing-support-finder id="finder-missing"></wellbeing-support-finder>
  <wellbeing-campaign-banner id="banner-malformed"></wellbeing-campaign-banner>
</wellbeing-provider>
<wellbeing-provider services-src="/test/e2e/data/stalled.json" campaigns-src="/test/fixtures/invalid-campaigns.json">
  <wellbeing-support-finder id="finder-stalled"></wellbeing-support-finder>
  <wellbeing-campaign-banner id="banner-invalid"></wellbeing-campaign-banner>
</wellbeing-provider>
<wellbeing-provider services-src="/test/e2e/data/enormous.json?mb=12" campaigns-src="/test/e2e/data/enormous.json?mb=12">
  <wellbeing-support-finder id="finder-enormous"></wellbeing-support-finder>
  <wellbeing-campaign-banner id="banner-enormous"></wellbeing-campaign-banner>
</wellbeing-provider>
<wellbeing-help-now variant="floating"></wellbeing-help-now>
</main>`;
  return server.page('config-failures', hostPage({ probe: { lag: '' }, body }), { csp: STRICT_CSP });
}

const config = {
  id: 'config-failures',
  title:
    'config missing, slow, stalled, malformed, schema-invalid, enormous: page responsive, console names the source, national numbers kept',
  browsers: both,
  pages: configPages,
  async run(ctx) {
    const page = await ctx.page();
    const t0 = Date.now();
    await page.goto(configPages(ctx.server));
    const ids = ['none', 'inline', ...Object.keys(BAD)];

    // At once, whatever is still loading: each dialog opens quickly with the national numbers
    // (the click to the open dialog, in the page; how long the page is busy is the lag below).
    for (const id of ids) {
      let ms = 0;
      await openHelp(page, `#help-${id}`, { waitForContacts: false, opening: (time) => (ms = Math.round(time)) });
      await page.press('Escape');
      const hrefs = await hrefsIn(page, `#help-${id}`);
      for (const href of missingNational(hrefs)) ctx.fail(`${id}: help-now lost ${href}`);
      if (ms > 1500) ctx.fail(`${id}: the dialog took ${ms} ms to open while config loaded`);
    }
    // The stalled file times out after 8 s; wait for every load to settle.
    await settle(page, { timeout: 15000 });
    ctx.note(`all loads settled after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    const lag = await page.evaluate(() => window.__e2e.maxLag());
    ctx.note(`longest main-thread stall while loading: ${Math.round(lag)} ms`);
    if (lag > 1500) ctx.fail(`the page was unresponsive for ${Math.round(lag)} ms while loading config`);

    const errors = page.consoleOf('error');
    const origin = ctx.server.origin;
    const expectLine = (what, ...parts) => {
      if (!errors.some((line) => parts.every((p) => line.includes(p))))
        ctx.fail(
          `${what}: no console error naming ${parts.join(' … ')}; got:\n${errors.filter((l) => l.includes(parts[0].slice(0, 20))).join('\n') || '(none)'}`,
        );
    };
    expectLine('missing', `${origin}/test/e2e/data/missing.json`, '404');
    expectLine('malformed', `${origin}/test/fixtures/not-json.json`, 'not valid JSON');
    expectLine('schema-invalid', `${origin}/test/fixtures/invalid-help-contacts.json`, 'contacts[1].phone');
    expectLine('enormous', `${origin}/test/e2e/data/enormous.json?mb=12`, 'larger than');
    expectLine('stalled', `${origin}/test/e2e/data/stalled.json`, 'no answer within');
    expectLine('not a list', `${origin}/test/e2e/fixtures/campaigns.json`, 'contacts');
    expectLine('inline', 'inline JSON in <wellbeing-help-now>', 'not valid JSON');
    const tags = await definedTags(page);
    if (tags.includes('wellbeing-support-finder')) {
      expectLine('finder missing', `${origin}/test/e2e/data/missing-services.json`);
      expectLine('finder stalled', `${origin}/test/e2e/data/stalled.json`);
    }
    if (tags.includes('wellbeing-campaign-banner')) {
      expectLine('banner malformed', `${origin}/test/fixtures/not-json.json`, 'campaigns');
      expectLine('banner invalid', `${origin}/test/fixtures/invalid-campaigns.json`, 'campaigns[1].title');
    }

    // What each help-now shows once settled.
    const shown = {};
    for (const id of ids) {
      shown[id] = await openHelp(page, `#help-${id}`);
      await page.press('Escape');
    }
    if (!shown.slow.includes('Staff Psychological Support Service')) ctx.fail('slow: the contacts never appeared');
    if (!shown['schema-invalid'].includes('Good line') || shown['schema-invalid'].includes('Bad phone'))
      ctx.fail('schema-invalid: valid entries should show and invalid ones be skipped');
    if (!shown['large-valid'].includes('Enormous contact 0'))
      ctx.fail('large-valid: a 4.5 MB file of valid contacts did not load');
    for (const id of ['missing', 'malformed', 'enormous', 'stalled']) {
      if (/Enormous contact|Staff Psychological/.test(shown[id])) ctx.fail(`${id}: shows contacts it should not have`);
    }
    await expectClean(ctx, page, 'config', { consoleErrors: false });
  },
};

async function inlineConfig() {
  const read = async (file) => JSON.parse(await readFile(new URL(`../../..${file}`, import.meta.url), 'utf8'));
  return {
    help: await read(FIXTURES.help),
    services: await read(FIXTURES.services),
    campaigns: await read(FIXTURES.campaigns),
  };
}

async function leakPages(server) {
  const body = `<main><h1>Connect and disconnect</h1>
${allWidgets({ inline: await inlineConfig() })}
<wellbeing-provider id="cycles" trust-name="Cycle Trust">
  <script type="application/json">${JSON.stringify(await inlineConfig()).replace(/</g, '\\u003c')}</script>
</wellbeing-provider>
<div id="bare"></div>
</main>`;
  return server.page('leaks', hostPage({ probe: { instrument: '' }, body }), { csp: STRICT_CSP });
}

const CYCLES = 1000;

const leaks = {
  id: 'leaks-1000-cycles',
  title: `${CYCLES} connect/disconnect cycles per widget in a provider (+${CYCLES / 5} bare; fresh and moved elements): no leaked listeners, timers, channels or observers`,
  browsers: both,
  pages: leakPages,
  async run(ctx) {
    const page = await ctx.page();
    await page.goto(await leakPages(ctx.server));
    await settle(page);
    const tags = process.env.E2E_TAGS
      ? process.env.E2E_TAGS.split(',')
      : ['wellbeing-provider', ...(await definedTags(page))];
    const started = Date.now();
    const results = await page.evaluate(
      async ({ tags, cycles }) => {
        const e2e = window.__e2e;
        const yieldTask = () => new Promise((resolve) => setTimeout(resolve, 0));
        const attrs = {
          'wellbeing-help-now': { variant: 'inline' },
          'wellbeing-campaign-banner': { 'rotate-seconds': '5' },
        };
        const make = (tag) => {
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs[tag] ?? {})) el.setAttribute(k, v);
          return el;
        };
        // The first half of the cycles make a fresh element each time, the second half move one element in and out.
        const run = async (tag, parent, n) => {
          let el = make(tag);
          for (let i = 0; i < n; i++) {
            if (i < n / 2 && i) el = make(tag);
            parent.append(el);
            await el.updateComplete;
            if (i % 10 === 0) {
              // Now and then let everything connected happen (data arrives, timers start) before removal.
              await yieldTask();
              await el.updateComplete;
              if (tag === 'wellbeing-help-now' && i % 50 === 0) el.show();
            } else if (i % 10 === 5) {
              await yieldTask(); // removed while the data render is still pending
            }
            el.remove();
          }
          el = undefined;
        };
        const out = {};
        for (const tag of tags) {
          await run(tag, document.getElementById('cycles'), 50);
          await run(tag, document.getElementById('bare'), 10);
          await e2e.sleep(200);
          const before = e2e.counts();
          const t0 = performance.now();
          await run(tag, document.getElementById('cycles'), cycles);
          await run(tag, document.getElementById('bare'), cycles / 5);
          const ms = performance.now() - t0;
          await e2e.sleep(300);
          out[tag] = { before, after: e2e.counts(), ms };
        }
        return out;
      },
      { tags, cycles: CYCLES },
    );
    ctx.note(`cycling took ${((Date.now() - started) / 1000).toFixed(1)}s`);
    for (const [what, { before, after, ms }] of Object.entries(results)) {
      ctx.note(
        `${what}: ${CYCLES * 1.2} cycles in ${Math.round(ms)} ms; listeners ${before.listeners}→${after.listeners}, timers ${before.timers}→${after.timers}, channels ${before.channels}→${after.channels}, observers ${before.observers}→${after.observers}`,
      );
      for (const key of ['listeners', 'timers', 'channels', 'observers']) {
        if (after[key] > before[key]) {
          const detail =
            key === 'listeners'
              ? Object.entries(after.byTarget)
                  .filter(([k, n]) => n > (before.byTarget[k] ?? 0))
                  .map(([k, n]) => `${k} ${before.byTarget[k] ?? 0}→${n}`)
                  .join(', ')
              : key === 'timers'
                ? Object.entries(after.timerKinds)
                    .filter(([k, n]) => n > (before.timerKinds[k] ?? 0))
                    .map(([k, n]) => `${k} ${before.timerKinds[k] ?? 0}→${n}`)
                    .join(', ')
                : '';
          ctx.fail(`${what}: ${key} grew from ${before[key]} to ${after[key]} over ${CYCLES * 1.2} cycles ${detail}`);
        }
      }
    }
    // Chromium: after garbage collection no removed widget is still alive (held by a listener or the provider).
    if (ctx.kind === 'chromium') {
      const cdp = await page.raw.context().newCDPSession(page.raw);
      await cdp.send('HeapProfiler.enable');
      for (const tag of tags) {
        await cdp.send('HeapProfiler.collectGarbage');
        const { result } = await cdp.send('Runtime.evaluate', {
          expression: `customElements.get(${JSON.stringify(tag)}).prototype`,
        });
        const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
        const { result: count } = await cdp.send('Runtime.callFunctionOn', {
          objectId: objects.objectId,
          functionDeclaration: 'function () { return this.length; }',
          returnByValue: true,
        });
        const inPage = await page.evaluate((tag) => window.__e2e.deep(tag).length, tag);
        ctx.note(`${tag}: ${count.value} live instances after GC, ${inPage} in the page`);
        if (count.value > inPage + 2)
          ctx.fail(`${tag}: ${count.value - inPage} removed elements are still alive after GC (something holds them)`);
      }
    }
    await expectClean(ctx, page, 'leaks');
  },
};

export const checks = [twice, blockedStorage, config, leaks];
