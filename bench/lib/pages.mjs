// @ts-check
// The pages the benchmark loads. Each page script leaves its numbers in
// `window.__result`; everything is timed inside the page with performance.now().
// The entry file loads the other widgets' code when their tags appear, so the
// pages wait for each tag to be defined (customElements.whenDefined) before timing
// the render.

export const TAGS = [
  'wellbeing-provider',
  'wellbeing-help-now',
  'wellbeing-support-finder',
  'wellbeing-break-reminder',
  'wellbeing-campaign-banner',
];
export const BUNDLE = '/dist/wellbeing-widgets.js';
export const FLOOR = '/bench/floor.js';

/** Shared in-page helpers, served as /bench/helpers.js. */
const helpers = `
export const TAGS = ${JSON.stringify(TAGS)};
/** A macrotask: every microtask (Lit updates, inline data loads) has run by then. */
export const tick = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(0);
});
/** Waits (up to 20 s) until every widget tag under root is defined: their code may arrive in files of their own. */
export async function defined(root = document, tags = TAGS) {
  const present = [...new Set([...root.querySelectorAll(tags.join(','))].map((el) => el.localName))];
  const timeout = new Promise((resolve) => setTimeout(resolve, 20000));
  await Promise.race([Promise.all(present.map((tag) => customElements.whenDefined(tag))), timeout]);
}
/** Waits until every widget under root is defined, has rendered and has no update pending. */
export async function settled(root = document, tags = TAGS) {
  await defined(root, tags);
  const els = [...root.querySelectorAll(tags.join(','))].filter((el) => customElements.get(el.localName));
  for (let i = 0; i < 100; i++) {
    await Promise.all(els.map((el) => el.updateComplete));
    await tick();
    if (!els.some((el) => el.isUpdatePending)) break;
  }
  return els;
}
/** The provider's inline JSON child, built as an editor would write it. */
export function provider(config, children) {
  const el = document.createElement('wellbeing-provider');
  el.setAttribute('trust-name', 'Wellford Valley NHS Trust');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof config === 'string' ? config : JSON.stringify(config);
  el.append(script, ...children.map((tag) => document.createElement(tag)));
  return el;
}
`;

/** @param {string} title @param {string} body @param {string} script */
const page = (title, body, script) => `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${script}
</head>
<body>
${body}
</body>
</html>`;

/**
 * Start-up: the elements in a provider with inline data, as an editor embeds
 * them. `with`: every widget; `help`: help-now alone (the common page). The
 * bundle is fetched (modulepreload, like a script tag in the head) and
 * evaluated by the page script, which times evaluation until every widget has
 * rendered and the page is laid out (lazily loaded widget files included).
 * `without`: the same page and script without the bundle. `floor` and
 * `floor-help`: the same pages with the floor bundle and a floor element in
 * place of each widget.
 * @param {'with' | 'help' | 'without' | 'floor' | 'floor-help'} variant
 * @param {unknown} inlineData
 */
function startupPage(variant, inlineData) {
  const floor = variant.startsWith('floor');
  const helpOnly = variant === 'help' || variant === 'floor-help';
  /** @param {string} name */
  const tag = (name) => (floor ? (name === 'wellbeing-provider' ? 'floor-provider' : 'floor-widget') : name);
  /** @param {string} name */
  const el = (name, attributes = '') => `<${tag(name)}${attributes}></${tag(name)}>`;
  const bundle = floor ? FLOOR : variant === 'without' ? undefined : BUNDLE;
  const data = helpOnly ? { help: /** @type {{ help?: unknown }} */ (inlineData).help } : inlineData;
  const body = `<${tag('wellbeing-provider')} trust-name="Wellford Valley NHS Trust" region="england">
<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
<header><h1>Staff wellbeing</h1></header>
${helpOnly ? '' : el('wellbeing-campaign-banner')}
<main>
<p>Looking after yourself is part of looking after patients.</p>
${helpOnly ? '' : `${el('wellbeing-support-finder')}\n${el('wellbeing-break-reminder')}\n${el('wellbeing-help-now', ' variant="inline"')}`}
</main>
${el('wellbeing-help-now')}
</${tag('wellbeing-provider')}>`;
  const script = `${bundle ? `<link rel="modulepreload" href="${bundle}">\n` : ''}<script type="module">
import { TAGS, settled } from '/bench/helpers.js';
const start = performance.now();
${bundle ? `await import('${bundle}');` : ''}
const els = ${bundle ? `await settled(document, ${JSON.stringify(floor ? ['floor-provider', 'floor-widget'] : TAGS)})` : '[]'};
document.body.offsetHeight; // style and layout of everything rendered
const end = performance.now();
window.__result = {
  evalToRendered: end - start,
  ready: end,
  defined: TAGS.filter((tag) => customElements.get(tag)),
  rendered: [...new Set(els.filter((el) => el.shadowRoot && el.shadowRoot.childNodes.length).map((el) => el.localName))],
  elements: els.length,
};
window.__benchDone?.(JSON.stringify(window.__result)); // a CDP binding: nothing of Playwright's runs in the page meanwhile
</script>`;
  return page('Start-up', body, script);
}

/** Finder: n services inline in a provider; keystroke → results laid out, and Fuse.js on the same data. */
const finderScript = `<script type="module">
window.__ready = false; // __result comes in parts: the benchmark waits for the whole
import { settled, provider, defined, tick } from '/bench/helpers.js';
const n = Number(new URLSearchParams(location.search).get('n'));
const text = await (await fetch('/bench/data/services-' + n + '.json')).text();
await import('${BUNDLE}');
// The finder's code, loaded as its tag appears, before the timing starts.
const warm = provider('{}', ['wellbeing-support-finder']);
document.body.append(warm);
await defined();
warm.remove();
window.__result = { available: !!customElements.get('wellbeing-support-finder') };
if (window.__result.available) {
  // Every main-thread task over 50 ms from the data going in (Chromium's Long Tasks API). The page's
  // own work comes before: building the element and its 23 MB text node (a page's HTML parser does
  // that as the page loads), in a task of its own. From the element going into the page, every
  // long task is the widgets'.
  let started = Infinity;
  const longTasks = [];
  const record = (entries) => longTasks.push(...entries.filter((e) => e.startTime + e.duration > started).map((e) => e.duration));
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'longtask' });
  const el = provider('{"services":' + text + '}', ['wellbeing-support-finder']);
  await tick();
  started = performance.now();
  document.body.append(el);
  await settled();
  const finder = el.querySelector('wellbeing-support-finder');
  // Long data renders a busy state first: first results are when the count stops being busy.
  const busy = () => finder.shadowRoot.querySelector('[part~="count"]')?.getAttribute('aria-busy') === 'true';
  while (busy())
    await new Promise((resolve) => {
      const changes = new MutationObserver(() => (changes.disconnect(), resolve()));
      changes.observe(finder.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  finder.offsetHeight;
  window.__result.firstRender = performance.now() - started;
  // Work the finder left for idle time (an index built in slices) counts too.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  record(observer.takeRecords());
  observer.disconnect();
  window.__result.longTasks = longTasks;
  const input = finder.shadowRoot.querySelector('input[type="search"], input');
  window.__result.hasInput = !!input;
  // keystroke (the keydown event's own time stamp) → the finder's next render committed and laid out
  const latencies = (window.__latencies = []);
  let typedAt;
  addEventListener('keydown', (event) => { typedAt = event.timeStamp; }, true);
  const updated = finder.updated;
  finder.updated = function (...args) {
    updated?.apply(this, args);
    if (typedAt === undefined) return;
    document.body.offsetHeight;
    latencies.push(performance.now() - typedAt);
    window.__benchKey?.(String(latencies.at(-1))); // a CDP binding: no polling from the benchmark while it types
    typedAt = undefined;
  };
  window.__clear = async () => {
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settled();
  };
  const wordFloor = \`export default (services) => {
    const t = performance.now();
    const seen = new Map();
    for (const { name, summary } of services)
      for (const text of [name, summary])
        for (const word of text.split(/[^A-Za-z0-9]+/)) if (!seen.has(word)) seen.set(word, seen.size);
    return performance.now() - t;
  };\`;
  window.__compare = async (queries) => {
    const data = JSON.parse(text).services;
    const { default: Fuse } = await import('/bench/fuse.mjs');
    let t = performance.now();
    const fuse = new Fuse(data, { keys: ['name', 'summary', 'topics'] });
    const out = { fuseIndex: performance.now() - t, fuse: [], fuseHits: [] };
    for (const q of queries) {
      t = performance.now();
      const hits = fuse.search(q);
      out.fuse.push(performance.now() - t);
      out.fuseHits.push(hits.length);
    }
    try {
      // Built cold five times, each by a copy of the module of its own (its code and word caches new, as
      // on a page's first build), the median reported: one cold build varies by a third from run to run.
      const builds = [];
      let index, search;
      for (let copy = 0; copy < 5; copy++) {
        const module = await import('/bench/finder-search.js?copy=' + copy);
        t = performance.now();
        index = module.indexServices(data);
        builds.push(performance.now() - t);
        search = module.search;
      }
      out.oursIndex = builds.sort((a, b) => a - b)[2];
      out.oursBuilds = builds;
      // The floor: the least a word index does (each name and summary split into words, each word
      // looked up once), cold in the same way, so the target can be read beside what this page allows.
      const floors = [];
      for (let copy = 0; copy < 5; copy++) {
        const url = URL.createObjectURL(new Blob([wordFloor], { type: 'text/javascript' }));
        const module = await import(url);
        URL.revokeObjectURL(url);
        floors.push(module.default(data));
      }
      out.floorIndex = floors.sort((a, b) => a - b)[2];
      out.ours = [];
      out.oursHits = [];
      for (const q of queries) {
        t = performance.now();
        const hits = search(index, q);
        out.ours.push(performance.now() - t);
        out.oursHits.push(hits ? hits.length : data.length);
      }
    } catch (error) {
      out.oursError = String(error);
    }
    return out;
  };
}
window.__ready = true;
</script>`;

/** Break reminder alone (so every timer in the page is its own), under a fake clock driven from the benchmark. */
const reminderScript = `<script type="module">
import { settled, provider } from '/bench/helpers.js';
await import('${BUNDLE}');
const el = provider({}, ['wellbeing-break-reminder']);
el.querySelector('wellbeing-break-reminder').setAttribute('interval', new URLSearchParams(location.search).get('interval'));
document.body.append(el);
await settled();
window.__result = { available: !!customElements.get('wellbeing-break-reminder') };
window.__ready = true;
</script>`;

/** Counts timers armed and timer callbacks run (wake-ups); installed before any page script. */
export const timerCounter = `(() => {
  const counts = (window.__timers = { setTimeout: 0, setInterval: 0, wakeups: 0 });
  for (const name of ['setTimeout', 'setInterval']) {
    const original = window[name];
    window[name] = function (callback, ...rest) {
      counts[name]++;
      const wrapped = typeof callback === 'function' ? function (...args) { counts.wakeups++; return callback.apply(this, args); } : callback;
      return original.call(window, wrapped, ...rest);
    };
  }
})();`;

/** Pretends the tab is in the background (as most intranet tabs are, most of the shift). */
export const hiddenTab = `(() => {
  Object.defineProperty(Document.prototype, 'hidden', { get: () => true, configurable: true });
  Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'hidden', configurable: true });
})();`;

/** Memory: mount and unmount every available widget in a provider, many times. */
const memoryScript = `<script type="module">
import { TAGS, settled, provider } from '/bench/helpers.js';
await import('${BUNDLE}');
const config = JSON.parse(document.getElementById('data').textContent);
const all = provider(config, TAGS.slice(1)); // every widget's code, loaded as the tags appear
document.body.append(all);
await settled();
all.remove();
const tags = TAGS.slice(1).filter((tag) => customElements.get(tag));
window.__result = { tags };
window.__cycle = async (count) => {
  for (let i = 0; i < count; i++) {
    const el = provider(config, tags);
    document.body.append(el);
    await settled(el);
    el.remove();
  }
  await settled();
};
window.__ready = true;
</script>`;

/**
 * A page with a campaign banner at the top, for the layout-shift figures.
 * `src`: the campaigns from a URL (a repeat visit has the last good copy);
 * `reserve`: the same with a reserved height; `inline`: the campaigns in the page.
 * `classic`: the single-file classic build instead of the entry and its lazily loaded files.
 * @param {'src' | 'reserve' | 'inline'} variant
 * @param {unknown} campaigns
 */
function bannerPage(variant, campaigns, classic = false) {
  const inline =
    variant === 'inline'
      ? `<script type="application/json">${JSON.stringify(campaigns).replace(/</g, '\\u003c')}</script>`
      : '';
  const attributes =
    variant === 'inline'
      ? ''
      : ` src="/samples/campaigns.json"${variant === 'reserve' ? ` reserve="${BANNER_RESERVE}"` : ''}`;
  const body = `<wellbeing-campaign-banner${attributes}>${inline}</wellbeing-campaign-banner>
<main style="font: 16px/1.5 sans-serif">
<h1>Staff wellbeing</h1>
${'<p>Looking after yourself is part of looking after patients. Everything on this page is confidential.</p>\n'.repeat(12)}
</main>`;
  const script = classic
    ? `<script src="/dist/wellbeing-widgets.iife.js" defer></script>`
    : `<script type="module" src="${BUNDLE}"></script>`;
  return page('Banner at the top', body, script);
}
/** Tall enough for the sample campaigns at 412 px wide (the mobile viewport): the demo uses the same. */
export const BANNER_RESERVE = '22rem';

/**
 * Every generated route: path → body.
 * @param {{ help: unknown, services: unknown, campaigns: unknown }} inlineData
 * @returns {Map<string, string>}
 */
export function pageRoutes(inlineData) {
  const data = `<script type="application/json" id="data">${JSON.stringify(inlineData).replace(/</g, '\\u003c')}</script>`;
  return new Map([
    ['/bench/helpers.js', helpers],
    ['/bench/startup-with.html', startupPage('with', inlineData)],
    ['/bench/startup-without.html', startupPage('without', inlineData)],
    ['/bench/startup-floor.html', startupPage('floor', inlineData)],
    ['/bench/startup-help.html', startupPage('help', inlineData)],
    ['/bench/startup-floor-help.html', startupPage('floor-help', inlineData)],
    ['/bench/banner-src.html', bannerPage('src', inlineData.campaigns)],
    ['/bench/banner-reserve.html', bannerPage('reserve', inlineData.campaigns)],
    ['/bench/banner-inline.html', bannerPage('inline', inlineData.campaigns)],
    ['/bench/banner-src-classic.html', bannerPage('src', inlineData.campaigns, true)],
    ['/bench/finder.html', page('Finder', '', finderScript)],
    ['/bench/reminder.html', page('Break reminder', '', reminderScript)],
    ['/bench/memory.html', page('Memory', data, memoryScript)],
  ]);
}
