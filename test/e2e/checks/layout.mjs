// @ts-check
// Layout: hostile global CSS, a 320px viewport (400% zoom) and forced colours.
import { contrast, decodePng, ink } from '../lib/png.mjs';
import { DEMO_CONFIG, STRICT_CSP, allWidgets, hostPage } from '../lib/pages.mjs';
import { STATE_CONSOLE, eachState, exercise, expectClean, settle } from '../lib/widgets.mjs';

const both = ['chromium', 'firefox'];

/**
 * In the page: every visible control in a widget is at least 44×44px and every
 * piece of widget text is readable (size, spacing, case, font, contrast) and not
 * clipped. `width`: the viewport width nothing may cross. Returns problems.
 */
function audit({ width, readability }) {
  const e2e = window.__e2e;
  const problems = [];
  const widgets = e2e
    .deep('*')
    .filter((el) => el.localName.startsWith('wellbeing-') && el.localName !== 'wellbeing-provider' && el.shadowRoot);
  const visible = (el) => {
    if (!el.getClientRects().length) return false;
    for (let node = el; node; node = node.parentElement ?? /** @type {ShadowRoot} */ (node.getRootNode()).host) {
      const style = getComputedStyle(node);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      if (node.localName === 'dialog' && !node.open) return false;
    }
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1; // visually-hidden text is 1×1
  };
  const name = (el) => {
    const host = el.getRootNode().host;
    const part = el.getAttribute('part');
    return `<${host?.localName}> ${el.localName}${part ? `[part=${part}]` : el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
  };
  const parse = (color) => color.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 1];
  const lum = ([r, g, b]) => {
    const c = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const ratio = (a, b) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const backgroundOf = (el) => {
    for (let node = el; node; node = node.parentElement ?? /** @type {ShadowRoot} */ (node.getRootNode()).host) {
      const [r, g, b, a = 1] = parse(getComputedStyle(node).backgroundColor);
      if (a > 0.5) return [r, g, b];
    }
    return [255, 255, 255];
  };

  for (const widget of widgets) {
    const root = widget.shadowRoot;
    // Targets
    for (const el of e2e.deep(
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      root,
    )) {
      if (!visible(el)) continue;
      const target = el.matches('input[type="checkbox"], input[type="radio"]') ? (el.closest('label') ?? el) : el;
      const r = target.getBoundingClientRect();
      if (r.width < 43.5 || r.height < 43.5)
        problems.push(`target ${Math.round(r.width)}×${Math.round(r.height)}px: ${name(el)}`);
    }
    // Text
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const el = text.parentElement;
      if (
        !(/** @type {Text} */ (text).data.trim()) ||
        !el ||
        seen.has(el) ||
        el.closest('style, script') ||
        !visible(el)
      )
        continue;
      seen.add(el);
      const s = getComputedStyle(el);
      const size = parseFloat(s.fontSize);
      if (readability) {
        if (size < 14) problems.push(`font-size ${s.fontSize}: ${name(el)}`);
        const lineHeight = s.lineHeight === 'normal' ? size * 1.2 : parseFloat(s.lineHeight);
        if (lineHeight < size * 1.15) problems.push(`line-height ${s.lineHeight} for ${s.fontSize}: ${name(el)}`);
        if (s.letterSpacing !== 'normal' && Math.abs(parseFloat(s.letterSpacing)) > size * 0.12)
          problems.push(`letter-spacing ${s.letterSpacing}: ${name(el)}`);
        if (s.wordSpacing !== 'normal' && parseFloat(s.wordSpacing) > size * 0.16)
          problems.push(`word-spacing ${s.wordSpacing}: ${name(el)}`);
        if (parseFloat(s.textIndent) < 0) problems.push(`text-indent ${s.textIndent}: ${name(el)}`);
        if (!['none', 'capitalize'].includes(s.textTransform))
          problems.push(`text-transform ${s.textTransform}: ${name(el)}`);
        if (s.fontStyle !== 'normal') problems.push(`font-style ${s.fontStyle}: ${name(el)}`);
        if (/comic|times|courier|cursive/i.test(s.fontFamily))
          problems.push(`host font leaked in (${s.fontFamily}): ${name(el)}`);
        if (s.fontVariantCaps && s.fontVariantCaps !== 'normal')
          problems.push(`font-variant ${s.fontVariantCaps}: ${name(el)}`);
        if (s.textShadow !== 'none') problems.push(`text-shadow ${s.textShadow}: ${name(el)}`);
        const needed = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700) ? 3 : 4.5;
        const c = ratio(parse(s.color), backgroundOf(el));
        if (c < needed) problems.push(`contrast ${c.toFixed(2)}:1 (${s.color} on ${backgroundOf(el)}): ${name(el)}`);
      }
      // Clipped or off-screen
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects()) {
        if (r.width && (r.left < -1 || r.right > width + 1)) {
          problems.push(
            `text outside the ${width}px viewport (${Math.round(r.left)}…${Math.round(r.right)}): ${name(el)}`,
          );
          break;
        }
      }
      for (
        let node = /** @type {Element} */ (el);
        node && node !== widget;
        node = node.parentElement ?? /** @type {ShadowRoot} */ (node.getRootNode()).host
      ) {
        const ns = getComputedStyle(node);
        if (['hidden', 'clip'].includes(ns.overflowX) && node.scrollWidth > node.clientWidth + 1) {
          problems.push(`text clipped by ${name(node)} (${node.scrollWidth} > ${node.clientWidth}px)`);
          break;
        }
      }
    }
    // The widget itself does not collapse (a banner with nothing to show takes no space by design)
    const box = widget.getBoundingClientRect();
    if (getComputedStyle(widget).display !== 'none' && (box.width < 44 || box.height < 44))
      problems.push(`<${widget.localName}> collapsed to ${Math.round(box.width)}×${Math.round(box.height)}px`);
  }
  // Open dialogs do not scroll sideways
  for (const dialog of e2e.deep('dialog[open]')) {
    if (dialog.scrollWidth > dialog.clientWidth + 1)
      problems.push(`an open dialog scrolls sideways (${dialog.scrollWidth} > ${dialog.clientWidth}px)`);
  }
  if (document.documentElement.scrollWidth > width + 1)
    problems.push(
      `the page scrolls sideways (${document.documentElement.scrollWidth}px wide in a ${width}px viewport)`,
    );
  return [...new Set(problems)];
}

function hostilePages(server) {
  return {
    hostile: server.page(
      'hostile-css',
      hostPage({ css: ['/test/e2e/pages/hostile.css'], body: allWidgets({ config: DEMO_CONFIG }) }),
      { csp: STRICT_CSP },
    ),
    plain: server.page('plain-css', hostPage({ body: allWidgets({ config: DEMO_CONFIG }) }), { csp: STRICT_CSP }),
  };
}

const hostileCss = {
  id: 'hostile-css',
  title:
    'hostile global CSS (6px root, all: unset, content-box, odd fonts, *-rules): 44px targets, readable text, nothing collapses',
  browsers: both,
  pages: hostilePages,
  async run(ctx) {
    for (const [label, url] of Object.entries(hostilePages(ctx.server))) {
      const page = await ctx.page({ width: 1280, height: 900 });
      await page.goto(url);
      await settle(page);
      await eachState(
        page,
        async (state) => {
          for (const problem of await page.evaluate(audit, { width: 1280, readability: true }))
            ctx.fail(`${label}, ${state}: ${problem}`);
        },
        { ctx },
      );
      await expectClean(ctx, page, label, { allowConsole: STATE_CONSOLE });
    }
  },
};

function narrowPages(server) {
  return {
    en: server.page('narrow', hostPage({ body: allWidgets({ config: DEMO_CONFIG }) }), { csp: STRICT_CSP }),
    cy: server.page('narrow-cy', hostPage({ lang: 'cy', body: allWidgets({ config: DEMO_CONFIG }) }), {
      csp: STRICT_CSP,
    }),
    hostile: server.page(
      'narrow-hostile',
      hostPage({ css: ['/test/e2e/pages/hostile.css'], body: allWidgets({ config: DEMO_CONFIG }) }),
      { csp: STRICT_CSP },
    ),
  };
}

const narrow = {
  id: 'narrow-320px',
  title:
    '320px-wide viewport (400% zoom), English, Welsh and hostile CSS: no horizontal scrolling, nothing clipped, in every state',
  browsers: both,
  pages: narrowPages,
  async run(ctx) {
    for (const [label, url] of Object.entries(narrowPages(ctx.server))) {
      const page = await ctx.page({ width: 320, height: 640 });
      await page.goto(url);
      await settle(page);
      await eachState(
        page,
        async (state) => {
          for (const problem of await page.evaluate(audit, { width: 320, readability: false }))
            ctx.fail(`${label}, ${state}: ${problem}`);
        },
        { ctx },
      );
      await exercise(page);
      await settle(page);
      for (const problem of await page.evaluate(audit, { width: 320, readability: false }))
        ctx.fail(`${label}, after using every control: ${problem}`);
      await expectClean(ctx, page, label, { allowConsole: STATE_CONSOLE });
    }
  },
};

/** Handles and boxes of every visible control in the widgets (Chromium: playwright handles). */
async function controls(page) {
  const handle = await page.evaluateHandle(() =>
    // With a modal dialog open, only its controls can be used.
    (window.__e2e.deep('dialog[open]').length
      ? window.__e2e
          .deep('dialog[open]')
          .flatMap((d) => window.__e2e.deep('a[href], button, input, select, summary', d))
      : window.__e2e
          .deep('*')
          .filter((el) => el.localName.startsWith('wellbeing-') && el.shadowRoot)
          .flatMap((w) => window.__e2e.deep('a[href], button, input, select, summary', w.shadowRoot))
    ).filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && el.checkVisibility?.({ visibilityProperty: true }) !== false;
    }),
  );
  const properties = await handle.getProperties();
  const list = [];
  for (const element of properties.values()) {
    const info = await element.evaluate((el) => ({
      label: `<${el.getRootNode().host.localName}> ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent || el.getAttribute('aria-label') || el.type || '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`,
    }));
    list.push({ element, ...info });
  }
  return list;
}

function forcedPages(server) {
  return {
    light: server.page('forced-colours', hostPage({ body: allWidgets({ config: DEMO_CONFIG }) }), { csp: STRICT_CSP }),
  };
}

const forced = {
  id: 'forced-colours',
  title:
    'forced-colours emulation (light and dark palettes): every control visible, keyboard focus visible (light), in every state',
  browsers: ['chromium'],
  pages: forcedPages,
  async run(ctx) {
    for (const scheme of ['light', 'dark']) {
      // Tall enough that nothing needs scrolling, so every control can be photographed where it is.
      const page = await ctx.page({ width: 1024, height: 2400 });
      await page.raw.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      const cdp = await page.raw.context().newCDPSession(page.raw);
      const shoot = async (clip) =>
        decodePng(
          Buffer.from(
            (
              await cdp.send('Page.captureScreenshot', {
                format: 'png',
                clip: { ...clip, scale: 1 },
                optimizeForSpeed: true,
              })
            ).data,
            'base64',
          ),
        );
      await page.goto(forcedPages(ctx.server).light);
      await settle(page);
      let checked = 0;
      const done = new Set(); // each control once, in the first state that shows it
      await eachState(
        page,
        async (state) => {
          const list = (await controls(page)).filter(({ label }) => !done.has(label));
          if (!list.length) return;
          const { width, height } = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
          const whole = await shoot({ x: 0, y: 0, width, height }); // every control, unfocused
          await page.press('Shift'); // keyboard modality: programmatic focus now shows :focus-visible
          for (const { element, label } of list) {
            done.add(label);
            const box = await element.boundingBox();
            if (!box) continue;
            const pad = 12; // the focus outline sits 4px outside the control and is 4px thick
            const clip = {
              x: Math.max(0, Math.floor(box.x) - pad),
              y: Math.max(0, Math.floor(box.y) - pad),
              width: Math.ceil(box.width) + 2 * pad,
              height: Math.ceil(box.height) + 2 * pad,
            };
            const x0 = clip.x + pad;
            const y0 = clip.y + pad;
            const seen = ink(whole, {
              x0,
              y0,
              x1: Math.max(x0 + 1, x0 + Math.ceil(box.width)),
              y1: Math.max(y0 + 1, y0 + Math.ceil(box.height)),
            });
            checked++;
            if (seen.share < 0.01)
              ctx.fail(
                `${scheme}, ${state}: ${label} has no visible text, icon or border (${(seen.share * 100).toFixed(2)}% ink)`,
              );
            if (scheme === 'dark') continue; // focus is drawn with the same system colours: checked once, in light
            const visibleFocus = await element.evaluate((el) => {
              el.focus();
              return el.matches(':focus-visible');
            });
            if (!visibleFocus)
              ctx.fail(`${scheme}, ${state}: ${label} took focus without :focus-visible (the check itself is wrong)`);
            const after = await shoot(clip);
            let changed = 0;
            for (let y = 0; y < after.height; y++) {
              for (let x = 0; x < after.width; x++) {
                if (
                  clip.x + x < whole.width &&
                  clip.y + y < whole.height &&
                  contrast(whole.pixel(clip.x + x, clip.y + y), after.pixel(x, y)) >= 3
                )
                  changed++;
              }
            }
            if (changed / (after.width * after.height) < 0.02)
              ctx.fail(`${scheme}, ${state}: focus on ${label} is not visible`);
            await element.evaluate((el) => el.blur());
          }
        },
        { ctx },
      );
      ctx.note(`${scheme}: ${checked} controls checked`);
      await expectClean(ctx, page, `forced colours ${scheme}`, { allowConsole: STATE_CONSOLE });
    }
  },
};

export const checks = [hostileCss, narrow, forced];
