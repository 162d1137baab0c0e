// @ts-check
// Reaching every host page (issue 14): urgent numbers when the script is blocked,
// the help button early in the Tab order and never over the focused control,
// the widgets kept in a theme's content column, and a help dialog that reads on a phone.
import { readFileSync } from 'node:fs';
import { contrast, decodePng } from '../lib/png.mjs';
import { DEMO_CONFIG, STRICT_CSP, allWidgets, hostPage } from '../lib/pages.mjs';
import { expectClean, settle } from '../lib/widgets.mjs';

const both = ['chromium', 'firefox'];
const PROBE = '<script src="/test/e2e/pages/probe.js"></script>';
const BUNDLE = '/dist/wellbeing-widgets.js';

/**
 * The demo intranet pages as they are on disk, with the suite's probe added; `blocked`: the
 * bundle's URL answers 404, as behind a firewall or a wrong path.
 */
function demoPages(server, { blocked = false } = {}) {
  const pages = {};
  for (const [lang, file] of [
    ['en', 'demo/index.html'],
    ['cy', 'demo/cy/index.html'],
  ]) {
    let html = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8').replace('<head>', `<head>\n${PROBE}`);
    if (!html.includes(BUNDLE)) throw new Error(`${file} no longer loads ${BUNDLE}`);
    if (blocked) html = html.replace(BUNDLE, '/dist/blocked/wellbeing-widgets.js');
    pages[lang] = server.page(`demo-${lang}${blocked ? '-blocked' : ''}`, html, { csp: STRICT_CSP });
  }
  return pages;
}

/** The visible links in the page's own markup (not in shadow roots), with their text. */
const visibleLinks = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .filter((a) => a.getClientRects().length && a.checkVisibility?.({ visibilityProperty: true }) !== false)
      .map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() })),
  );

const noScript = {
  id: 'no-script-fallback',
  title:
    'bundle blocked (404): the demo pages still show 999 and 111 (English and Welsh); with it, the fallback is hidden, unfocusable and not in the accessibility tree',
  browsers: both,
  pages: (server) => ({ ...demoPages(server, { blocked: true }), ...demoPages(server) }),
  async run(ctx) {
    const blocked = demoPages(ctx.server, { blocked: true });
    const words = { en: ['emergency', 'mental health'], cy: ['argyfwng', 'iechyd meddwl'] };
    for (const [lang, url] of Object.entries(blocked)) {
      const page = await ctx.page({ width: 320, height: 640 });
      await page.goto(url);
      await page.evaluate(() => window.__e2e.sleep(300));
      const state = await page.evaluate(() => ({
        defined: !!customElements.get('wellbeing-help-now'),
        text: document.body.innerText,
      }));
      if (state.defined) ctx.fail(`${lang}: the bundle was not blocked`);
      const hrefs = (await visibleLinks(page)).map((l) => l.href);
      for (const want of ['tel:999', 'tel:111', 'tel:116123'])
        if (!hrefs.includes(want)) ctx.fail(`${lang}, bundle blocked: no visible ${want} link`);
      for (const word of words[lang])
        if (!state.text.includes(word)) ctx.fail(`${lang}, bundle blocked: the page does not say "${word}"`);
      // The fallback is at the top: in view without scrolling.
      const top = await page.evaluate(
        () => document.querySelector('a[href="tel:999"]')?.getBoundingClientRect().top ?? Infinity,
      );
      if (top > 640) ctx.fail(`${lang}, bundle blocked: 999 is below the first screen (${Math.round(top)}px down)`);
    }
    for (const [lang, url] of Object.entries(demoPages(ctx.server))) {
      const page = await ctx.page({ width: 320, height: 640 });
      await page.goto(url);
      await settle(page);
      const hidden = await page.evaluate(() => {
        const help = document.querySelector('wellbeing-help-now');
        const links = [...help.querySelectorAll(':scope > * a, :scope > a')];
        const shown = links.filter((a) => a.getClientRects().length);
        const focusable = links.filter((a) => (a.focus(), document.activeElement === a));
        document.activeElement?.blur?.();
        return { links: links.length, shown: shown.length, focusable: focusable.length };
      });
      if (!hidden.links) ctx.fail(`${lang}: the demo's <wellbeing-help-now> has no fallback links`);
      if (hidden.shown) ctx.fail(`${lang}: ${hidden.shown} fallback links still show once the widget renders`);
      if (hidden.focusable)
        ctx.fail(`${lang}: ${hidden.focusable} fallback links still take focus once the widget renders`);
      if (ctx.kind === 'chromium') {
        // What a screen reader gets: the fallback sentence must not be read beside the widget.
        const tree = await page.raw.locator('body').ariaSnapshot();
        const phrase = lang === 'cy' ? 'Mewn argyfwng' : 'In an emergency';
        if (tree.includes(phrase)) ctx.fail(`${lang}: the accessibility tree still has the fallback ("${phrase}…")`);
      }
      await expectClean(ctx, page, lang);
    }
  },
};

/** One Tab: where focus is now (deep), and whether the floating help button covers it (with room for the focus ring). */
async function tabOnce(page) {
  await page.press('Tab');
  return page.evaluate(async () => {
    // Two frames: the browser scrolls the focused control into view, then the button has its scroll event.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const ids = (window.__stopIds ??= new WeakMap());
    if (el && !ids.has(el)) ids.set(el, (window.__stopCount = (window.__stopCount ?? 0) + 1));
    const id = el ? ids.get(el) : undefined;
    const host = /** @type {ShadowRoot} */ (el?.getRootNode())?.host;
    const label = `${host ? `<${host.localName}> ` : ''}${el?.localName}${el?.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el?.textContent || el?.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
    const help = [...document.querySelectorAll('wellbeing-help-now')].find(
      (h) => h.getAttribute('variant') === 'floating',
    );
    const trigger = help?.shadowRoot?.querySelector('[part~="trigger"]');
    const isTrigger = el === trigger;
    const f = el?.getBoundingClientRect();
    const b = trigger?.getBoundingClientRect();
    const covered = !!(
      f &&
      b &&
      !isTrigger &&
      el !== document.body &&
      b.left < f.right &&
      b.right > f.left &&
      b.top < f.bottom &&
      b.bottom > f.top
    );
    const expandable = el?.getAttribute('part') === 'topics-toggle' && el.getAttribute('aria-expanded') === 'false';
    return {
      id,
      label,
      isTrigger,
      covered,
      body: !el || el === document.body,
      expandable,
      box: f && `${Math.round(f.left)},${Math.round(f.top)} ${Math.round(f.width)}×${Math.round(f.height)}`,
    };
  });
}

const helpFirst = {
  id: 'help-first',
  title: 'demo pages (English and Welsh): the floating "Get help now" button is among the first three tab stops',
  browsers: both,
  pages: (server) => demoPages(server),
  async run(ctx) {
    for (const [lang, url] of Object.entries(demoPages(ctx.server))) {
      const page = await ctx.page({ width: 1280, height: 800 });
      await page.goto(url);
      await settle(page);
      const stops = [];
      for (let i = 0; i < 3; i++) {
        const stop = await tabOnce(page);
        stops.push(stop.label);
        if (stop.isTrigger) break;
      }
      const at = stops.length;
      const reached =
        (await page.evaluate(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.getAttribute('part');
        })) === 'trigger';
      if (!reached) ctx.fail(`${lang}: the help button is not among the first three tab stops (${stops.join(' → ')})`);
      else ctx.note(`${lang}: tab stop ${at} (${stops.join(' → ')})`);
    }
  },
};

function obscuredPages(server) {
  return {
    demo: demoPages(server).en,
    'every widget': server.page('obscured', hostPage({ body: allWidgets({ config: DEMO_CONFIG }) }), {
      csp: STRICT_CSP,
    }),
  };
}

const notObscured = {
  id: 'focus-not-obscured',
  title:
    'Tab through every control on the page at 320px and at 200% zoom (640×400): the floating help button never covers the focused control (WCAG 2.4.11)',
  browsers: both,
  pages: obscuredPages,
  async run(ctx) {
    for (const [name, url] of Object.entries(obscuredPages(ctx.server))) {
      for (const [size, width, height] of [
        ['320px', 320, 640],
        ['200% zoom', 640, 400],
      ]) {
        const page = await ctx.page({ width, height });
        await page.goto(url);
        await settle(page);
        let first;
        let stops = 0;
        let previous;
        let last;
        for (let i = 0; i < 250; i++) {
          const stop = await tabOnce(page);
          if (stop.body) continue; // between the page and the browser's own controls
          // Round again, or (Firefox) focus stays on the last control while Tab moves into the browser's own controls.
          if (stop.id === first || stop.id === previous) break;
          first ??= stop.id;
          previous = stop.id;
          last = stop.label;
          stops++;
          if (stop.covered)
            ctx.fail(`${name}, ${size}: the help button covers the focused ${stop.label} at ${stop.box}`);
          if (stop.expandable) await page.press('Enter'); // open "Filter by topic" so the chips are visited too
        }
        ctx.note(`${name}, ${size}: ${stops} tab stops, the last ${last}`);
        await expectClean(ctx, page, `${name}, ${size}`);
      }
    }
  },
};

function columnPages(server) {
  // As a WordPress theme lays out a post: the content column limits the width of its own children.
  const body = `<div class="wp-site-blocks"><main class="entry-content is-layout-constrained">
  <h1>Staff wellbeing</h1>
  <p id="text">The page's own text, in the theme's 650px content column.</p>
  ${allWidgets({ config: DEMO_CONFIG })}
</main></div>`;
  return {
    wordpress: server.page('content-column', hostPage({ css: ['/test/e2e/pages/wordpress.css'], body }), {
      csp: STRICT_CSP,
    }),
  };
}

const column = {
  id: 'content-column',
  title: 'a provider in a WordPress-like 650px content column (1280px window): every widget stays in the column',
  browsers: both,
  pages: columnPages,
  async run(ctx) {
    const page = await ctx.page({ width: 1280, height: 900 });
    await page.goto(columnPages(ctx.server).wordpress);
    await settle(page);
    const result = await page.evaluate(() => {
      const text = document.getElementById('text').getBoundingClientRect();
      const widgets = [...document.querySelectorAll('*')].filter(
        (el) =>
          el.localName.startsWith('wellbeing-') &&
          el.localName !== 'wellbeing-provider' &&
          el.getAttribute('variant') !== 'floating',
      );
      return {
        column: { left: text.left, right: text.right, width: text.width },
        widgets: widgets.map((el) => {
          const r = el.getBoundingClientRect();
          return { tag: el.localName, left: r.left, right: r.right, width: r.width };
        }),
      };
    });
    if (Math.abs(result.column.width - 650) > 1)
      ctx.fail(`the page's own text is ${result.column.width}px wide, not 650px (the test page is wrong)`);
    for (const w of result.widgets) {
      if (w.width && (w.left < result.column.left - 1 || w.right > result.column.right + 1)) {
        ctx.fail(
          `<${w.tag}> spreads outside the column: ${Math.round(w.left)}…${Math.round(w.right)}px, column ${Math.round(result.column.left)}…${Math.round(result.column.right)}px`,
        );
      }
    }
    ctx.note(
      `column ${Math.round(result.column.left)}…${Math.round(result.column.right)}px; ${result.widgets.map((w) => `${w.tag} ${Math.round(w.width)}px`).join(', ')}`,
    );
    await expectClean(ctx, page, 'content column');
  },
};

const phoneDialog = {
  id: 'dialog-on-a-phone',
  title:
    'help dialog at 320×640: the title and Close stay in view while it scrolls; its edge against the dimmed page is at least 3:1 (WCAG 1.4.11)',
  browsers: both,
  pages: (server) => demoPages(server),
  async run(ctx) {
    for (const [lang, url] of Object.entries(demoPages(ctx.server))) {
      const page = await ctx.page({ width: 320, height: 640 });
      await page.goto(url);
      await settle(page);
      const geometry = await page.evaluate(async () => {
        const help = document.querySelector('wellbeing-help-now');
        help.shadowRoot.querySelector('[part~="trigger"]').click();
        await help.updateComplete;
        const dialog = help.shadowRoot.querySelector('dialog');
        const close = help.shadowRoot.querySelector('[part~="close"]');
        dialog.scrollTop = dialog.scrollHeight;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const d = dialog.getBoundingClientRect();
        const c = close.getBoundingClientRect();
        const onTop = help.shadowRoot.elementFromPoint(c.left + c.width / 2, c.top + c.height / 2) === close;
        const title = help.shadowRoot.querySelector('h2').getBoundingClientRect();
        return {
          scrolled: dialog.scrollTop,
          dialog: { left: d.left, top: d.top, right: d.right, bottom: d.bottom },
          close: { top: c.top, bottom: c.bottom },
          onTop,
          title: { top: title.top, bottom: title.bottom },
        };
      });
      if (!geometry.scrolled) ctx.fail(`${lang}: the dialog does not scroll at 320×640 (the check needs it to)`);
      if (
        !geometry.onTop ||
        geometry.close.top < geometry.dialog.top - 1 ||
        geometry.close.bottom > geometry.dialog.bottom
      )
        ctx.fail(`${lang}: Close is not in view after scrolling the dialog`);
      if (geometry.title.top < geometry.dialog.top - 1) ctx.fail(`${lang}: the title scrolled away`);
      // The dialog's edge: pixels just outside it (the dimmed page) against just inside (the dialog).
      const shot = decodePng(Buffer.from(await page.raw.screenshot({ type: 'png' })));
      const scale = shot.width / 320;
      let worst = Infinity;
      const { left, right, top, bottom } = geometry.dialog;
      for (let y = Math.ceil(top) + 40; y < bottom - 40; y += 37) {
        for (const [outside, inside] of [
          [left - 3, left + 2],
          [right + 2, right - 3],
        ]) {
          if (outside < 0 || outside >= 320) continue;
          const c = contrast(
            shot.pixel(Math.floor(outside * scale), Math.floor(y * scale)),
            shot.pixel(Math.floor(inside * scale), Math.floor(y * scale)),
          );
          worst = Math.min(worst, c);
        }
      }
      if (worst === Infinity) ctx.fail(`${lang}: no room beside the dialog to measure its edge`);
      else if (worst < 3)
        ctx.fail(`${lang}: the dialog's edge is ${worst.toFixed(2)}:1 against the page behind it (needs 3:1)`);
      else ctx.note(`${lang}: dialog edge at least ${worst.toFixed(1)}:1`);
      await expectClean(ctx, page, lang);
    }
  },
};

export const checks = [noScript, helpFirst, notObscured, column, phoneDialog];
