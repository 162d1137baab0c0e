// @ts-check
// Driving the widgets from the outside, the way a person or a page would.
import { TAGS } from './pages.mjs';

/** Which widget tags the bundle under test defines (others are still being written). */
export const definedTags = (page) => page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);

/** Waits until every widget has rendered and nothing is loading (`aria-busy`). */
export async function settle(page, { timeout = 5000 } = {}) {
  await page.evaluate(async (timeout) => {
    const e2e = window.__e2e;
    await e2e.until(
      async () => {
        // Once the entry has run (help-now is defined), lazily loaded widgets count when their
        // code has arrived and defined them. A page whose script never runs has nothing to wait for.
        const all = e2e.deep('*').filter((el) => el.localName.startsWith('wellbeing-'));
        const entryRan = !!customElements.get('wellbeing-help-now');
        if (entryRan && all.some((el) => !customElements.get(el.localName))) return false;
        const widgets = all.filter((el) => 'updateComplete' in el);
        await Promise.all(widgets.map((el) => el.updateComplete));
        return !e2e.deep('[aria-busy="true"]').length;
      },
      timeout,
      'the widgets to finish loading',
    );
    await e2e.sleep(50);
  }, timeout);
}

/**
 * Waits (up to `timeout` ms) until the first element of each tag is defined and shows
 * text in its shadow root; returns the tags that did not. A lazily loaded widget renders
 * once its file and then its data have arrived, and the banner sets no aria-busy meanwhile.
 */
export const unrenderedTags = (page, tags, timeout = 5000) =>
  page.evaluate(
    async ({ tags, timeout }) => {
      const rendered = (tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return !!customElements.get(tag) && !!root && !!window.__e2e.text(root).trim();
      };
      for (let waited = 0; waited < timeout && !tags.every(rendered); waited += 50) await window.__e2e.sleep(50);
      return tags.filter((tag) => !rendered(tag));
    },
    { tags, timeout },
  );

/**
 * Opens a help-now dialog through its button, as a person would; returns the dialog's
 * text once the Trust's contacts, which load when the dialog is first wanted, have settled
 * (`waitForContacts: false`: at once, as the dialog opens). `opening` receives how long the
 * dialog took to open after the click, measured in the page: the time the test's own
 * messages wait for a busy page to take them depends on the machine, not the widget
 * (how long the page is busy is measured on its own, by the lag probe).
 * @param {import('./browsers.mjs').Page} page
 * @param {string} [selector]
 * @param {{ waitForContacts?: boolean, opening?: (ms: number) => void }} [options]
 */
export async function openHelp(page, selector = 'wellbeing-help-now', { waitForContacts = true, opening } = {}) {
  const [text, ms] = await page.evaluate(
    async ({ selector, waitForContacts }) => {
      const el = document.querySelector(selector);
      const clicked = performance.now();
      el.shadowRoot.querySelector('[part~="trigger"]').click();
      await window.__e2e.until(() => el.shadowRoot.querySelector('dialog')?.open, 2000, `${selector} dialog to open`);
      const opened = performance.now() - clicked;
      if (waitForContacts)
        await window.__e2e.until(
          () => !el.shadowRoot.querySelector('dialog [aria-busy="true"]'),
          10000,
          `${selector} contacts to load`,
        );
      await el.updateComplete;
      return [window.__e2e.text(el.shadowRoot.querySelector('dialog')), opened];
    },
    { selector, waitForContacts },
  );
  opening?.(ms);
  return text;
}

export async function closeHelp(page, selector = 'wellbeing-help-now') {
  await page.evaluate(async (selector) => {
    const el = document.querySelector(selector);
    el.shadowRoot.querySelector('[part~="close"]').click();
    await window.__e2e.until(() => !el.shadowRoot.querySelector('dialog')?.open, 2000, `${selector} dialog to close`);
  }, selector);
}

/** The national numbers help-now must always show (England). */
export const NATIONAL_HREFS = ['tel:999', 'tel:111', 'tel:116123', 'sms:85258'];

/** Whether `hrefs` has each national number (`sms:85258?&body=SHOUT` counts as `sms:85258`). */
export const missingNational = (hrefs) =>
  NATIONAL_HREFS.filter((want) => !hrefs.some((h) => h === want || h.startsWith(`${want}?`)));

/** hrefs of every link inside an element's shadow tree. */
export const hrefsIn = (page, selector) =>
  page.evaluate(
    (selector) =>
      window.__e2e.deep('a[href]', document.querySelector(selector).shadowRoot).map((a) => a.getAttribute('href')),
    selector,
  );

/**
 * Reports everything a clean page must not have: page errors, CSP / Trusted Types
 * violations, executed payloads, dialogs, and console errors (unless `allow` matches).
 */
export async function expectClean(ctx, page, label, { allowConsole = [], consoleErrors = true } = {}) {
  const probe = await page.evaluate(() => ({
    violations: window.__e2e.violations,
    errors: window.__e2e.errors,
    xss: window.__e2e.xss,
    polluted: /** @type {any} */ ({}).polluted ?? /** @type {any} */ (Object.prototype).polluted,
  }));
  for (const v of probe.violations)
    ctx.fail(`${label}: CSP violation ${v.directive} blocked ${v.blocked} at ${v.source} ${v.sample ?? ''}`);
  for (const e of new Set([...probe.errors, ...page.log.errors])) ctx.fail(`${label}: page error: ${e}`);
  for (const x of probe.xss) ctx.fail(`${label}: injected code ran: ${x}`);
  for (const d of page.log.dialogs) ctx.fail(`${label}: a dialog opened: ${d}`);
  if (probe.polluted) ctx.fail(`${label}: Object.prototype was polluted`);
  for (const { type, text } of page.log.console) {
    const policy = /Content Security Policy|Content-Security-Policy|Trusted ?Type|TrustedHTML|TrustedScript/i.test(
      text,
    );
    const error = consoleErrors && type === 'error';
    if ((policy || error) && !allowConsole.some((re) => re.test(text))) ctx.fail(`${label}: console ${type}: ${text}`);
  }
}

/**
 * Uses every widget: types a search into each text field and presses each
 * button once (re-finding buttons after every press, as the view changes),
 * then closes any open dialog with Escape. Links are not followed.
 */
export async function exercise(page, { query = 'stress', maxPresses = 30 } = {}) {
  const pressed = await page.evaluate(
    async ({ query, maxPresses }) => {
      const e2e = window.__e2e;
      const widgets = e2e
        .deep('*')
        .filter(
          (el) => el.localName.startsWith('wellbeing-') && el.localName !== 'wellbeing-provider' && el.shadowRoot,
        );
      const log = [];
      for (const el of widgets) {
        for (const input of e2e.deep(
          'input[type="search"], input[type="text"], input:not([type]), textarea',
          el.shadowRoot,
        )) {
          input.focus();
          input.value = query;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: query }));
          input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          await el.updateComplete;
          await e2e.sleep(50);
        }
        const done = new WeakSet();
        for (let i = 0; i < maxPresses; i++) {
          const next = e2e
            .deep('button, summary, [role="button"], input[type="checkbox"], input[type="radio"]', el.shadowRoot)
            .find((b) => !done.has(b) && b.isConnected && !b.disabled && b.getClientRects().length);
          if (!next) break;
          done.add(next);
          log.push(`${el.localName}: ${(next.getAttribute('part') ?? next.textContent).trim().slice(0, 30)}`);
          next.click();
          await el.updateComplete;
          await e2e.sleep(20);
        }
        for (const dialog of e2e.deep('dialog[open]', el.shadowRoot)) dialog.close();
        await el.updateComplete;
      }
      return log;
    },
    { query, maxPresses },
  );
  await page.press('Escape');
  return pressed;
}

/**
 * Every URL-bearing attribute and every element or attribute that could run
 * code, in the page and all shadow roots. Returns descriptions of the bad ones.
 */
export function unsafeMarkup(page) {
  return page.evaluate(() => {
    const SAFE = new Set(['http:', 'https:', 'tel:', 'sms:', 'mailto:']);
    const URL_ATTRS = [
      'href',
      'src',
      'srcset',
      'action',
      'formaction',
      'xlink:href',
      'poster',
      'data',
      'background',
      'ping',
      'cite',
      'manifest',
    ];
    const FORBIDDEN = new Set([
      'script',
      'iframe',
      'frame',
      'frameset',
      'object',
      'embed',
      'base',
      'meta',
      'math',
      'foreignobject',
      'animate',
      'set',
      'use',
      'video',
      'audio',
      'source',
      'image',
      'body',
      'form',
      'link',
    ]);
    const bad = [];
    const where = (el) => {
      const host = el.getRootNode()?.host;
      return host ? `<${host.localName}> shadow` : 'page';
    };
    for (const el of window.__e2e.deep('*')) {
      const inShadow = el.getRootNode() instanceof ShadowRoot;
      const name = el.localName.toLowerCase();
      if (inShadow && FORBIDDEN.has(name)) bad.push(`${where(el)}: <${name}> element`);
      for (const { name: attr, value } of el.attributes) {
        if (/^on/i.test(attr)) bad.push(`${where(el)}: <${name} ${attr}="${value.slice(0, 60)}">`);
        if (attr === 'srcdoc') bad.push(`${where(el)}: <${name} srcdoc>`);
        if (attr === 'style' && /url\(|expression\(/i.test(value))
          bad.push(`${where(el)}: <${name} style="${value.slice(0, 60)}">`);
        if (URL_ATTRS.includes(attr) && !(name === 'script' && !inShadow) && !(name === 'link' && !inShadow)) {
          let protocol;
          try {
            protocol = new URL(value, document.baseURI).protocol;
          } catch {
            protocol = 'unparseable';
          }
          if (!SAFE.has(protocol)) bad.push(`${where(el)}: <${name} ${attr}="${value.slice(0, 60)}"> (${protocol})`);
        }
      }
    }
    return bad;
  });
}

/** The 'finder could not load' state points the finder here; pages that visit it expect these console lines. */
export const MISSING_SERVICES = '/test/e2e/data/missing-services.json';
export const STATE_CONSOLE = [/missing-services\.json/, /status of 404/];

/**
 * The states every layout and accessibility check visits, in order, on a page
 * made by allWidgets(). Each returns false when its widget is not in the bundle.
 */
export const STATES = [
  { name: 'initial', async enter() {} },
  {
    name: 'help dialog open (floating)',
    async enter(page) {
      await openHelp(page, 'wellbeing-help-now[variant="floating"]');
    },
    async leave(page) {
      await closeHelp(page, 'wellbeing-help-now[variant="floating"]');
    },
  },
  {
    name: 'help dialog open (inline, Trust contacts)',
    async enter(page) {
      await openHelp(page, 'wellbeing-help-now[variant="inline"]');
    },
    async leave(page) {
      await closeHelp(page, 'wellbeing-help-now[variant="inline"]');
    },
  },
  ...[
    ['finder results', 'stress', '[part~="results"]'],
    ['finder no match', 'zzqxv', '[part~="empty"]'],
  ].map(([name, query, selector]) => ({
    name,
    widget: 'wellbeing-support-finder',
    async enter(page) {
      return page.evaluate(
        async ({ query, selector }) => {
          const el = document.querySelector('wellbeing-support-finder');
          el.query = query;
          await el.updateComplete;
          return !!(await window.__e2e.until(() => el.shadowRoot.querySelector(selector), 2000, selector));
        },
        { query, selector },
      );
    },
    async leave(page) {
      await page.evaluate(async () => {
        const el = document.querySelector('wellbeing-support-finder');
        el.query = '';
        await el.updateComplete;
      });
    },
  })),
  {
    name: 'finder could not load',
    widget: 'wellbeing-support-finder',
    async enter(page) {
      return page.evaluate(async (src) => {
        const el = document.querySelector('wellbeing-support-finder');
        el.src = src;
        return !!(await window.__e2e.until(
          () => el.shadowRoot.querySelector('[part~="empty"]'),
          3000,
          'the finder error',
        ));
      }, MISSING_SERVICES);
    },
    async leave(page) {
      await page.evaluate(async () => {
        const el = document.querySelector('wellbeing-support-finder');
        el.removeAttribute('src');
        el.src = undefined;
        await window.__e2e.until(() => el.shadowRoot.querySelector('[part~="results"]'), 3000, 'the finder results');
      });
    },
  },
  {
    name: 'banner rotating (after Next)',
    widget: 'wellbeing-campaign-banner',
    async enter(page) {
      return page.evaluate(async () => {
        const el = document.querySelector('wellbeing-campaign-banner');
        el.shadowRoot.querySelector('[part~="next"]')?.click();
        await el.updateComplete;
        return !!el.shadowRoot.querySelector('[part~="pause"]');
      });
    },
  },
  {
    name: 'reminder settings open',
    widget: 'wellbeing-break-reminder',
    async enter(page) {
      await page.evaluate(async () => {
        const el = document.querySelector('wellbeing-break-reminder');
        el.shadowRoot.querySelector('[part~="toggle"]').click();
        await el.updateComplete;
      });
    },
    async leave(page) {
      await page.evaluate(async () => {
        const el = document.querySelector('wellbeing-break-reminder');
        el.shadowRoot.querySelector('[part~="toggle"]').click();
        await el.updateComplete;
      });
    },
  },
  {
    name: 'reminder due',
    widget: 'wellbeing-break-reminder',
    async enter(page) {
      return page.evaluate(async () => {
        const el = document.querySelector('wellbeing-break-reminder');
        // To 09:00 UK time (a new day, so a fresh shift), then past the 90-minute interval.
        const parts = new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/London',
          hour: 'numeric',
          minute: 'numeric',
          hourCycle: 'h23',
        }).formatToParts(Date.now());
        const minutes =
          Number(parts.find((p) => p.type === 'hour').value) * 60 +
          Number(parts.find((p) => p.type === 'minute').value);
        window.__e2e.travel(((9 * 60 - minutes + 1440) % 1440 || 1440) * 60_000);
        await el.updateComplete;
        window.__e2e.travel(95 * 60_000);
        await el.updateComplete;
        return !!(await window.__e2e.until(() => el.shadowRoot.querySelector('.buttons'), 2000, 'the break prompt'));
      });
    },
  },
];

/**
 * Visits each state whose widget is defined, running `visit(name)` in it; `ctx` hears of a state that could not be reached.
 * @param {import('./browsers.mjs').Page} page
 * @param {(name: string) => Promise<void>} visit
 * @param {{ ctx?: { fail(message: string): void }, states?: typeof STATES }} [options]
 */
export async function eachState(page, visit, { ctx, states = STATES } = {}) {
  const tags = await definedTags(page);
  for (const state of states) {
    if (state.widget && !tags.includes(state.widget)) continue;
    if ((await state.enter(page)) === false) ctx?.fail(`could not reach the state "${state.name}"`);
    await visit(state.name);
    await state.leave?.(page);
  }
}
