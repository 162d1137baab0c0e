// @ts-check
// Host pages for the suite: a plain intranet page with every widget on it,
// built from options so each check states exactly what is hostile about it.
import { STRICT_CSP } from '../../../scripts/serve.mjs';

export { STRICT_CSP };

/** The policy docs/security.md gives Trusts: nothing allowed that the widgets do not need. */
export const README_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The strict policy plus `'allow-duplicates'`, which a page that may load the bundle twice needs. */
export const DUPLICATES_CSP = STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");

export const TAGS = [
  'wellbeing-help-now',
  'wellbeing-support-finder',
  'wellbeing-break-reminder',
  'wellbeing-campaign-banner',
];

export const FIXTURES = {
  help: '/test/e2e/fixtures/help-contacts.json',
  services: '/test/e2e/fixtures/services.json',
  campaigns: '/test/e2e/fixtures/campaigns.json',
};

const SCRIPTS = {
  es: '<script type="module" src="/dist/wellbeing-widgets.js"></script>',
  es2: '<script type="module" src="/dist/wellbeing-widgets.js?copy=2"></script>',
  iife: '<script src="/dist/wellbeing-widgets.iife.js" defer></script>',
  'iife-sync': '<script src="/dist/wellbeing-widgets.iife.js"></script>',
};

const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Every widget inside a provider. `config`: provider attributes (`help-src`…);
 * `widgets`: extra attributes per tag; `inline`: provider inline JSON; `rotate`: the
 * banner rotates (Pause button, quiet live region) but so slowly that no check
 * sees it move by itself: the "banner rotating" state moves it with Next.
 */
/**
 * @param {{ config?: Record<string, string | boolean>, widgets?: Record<string, Record<string, string | boolean>>,
 *   inline?: object, rotate?: boolean }} [options]
 */
export function allWidgets({ config = {}, widgets = {}, inline, rotate = true } = {}) {
  const attrs = (object) =>
    Object.entries(object)
      .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${attr(v)}"`))
      .join('');
  const w = (tag, extra = {}) => `<${tag}${attrs({ ...extra, ...(widgets[tag] ?? {}) })}></${tag}>`;
  const json = inline
    ? `<script type="application/json">${JSON.stringify(inline).replace(/</g, '\\u003c')}</script>`
    : '';
  return `<wellbeing-provider trust-name="Wellford Valley NHS Trust"${attrs(config)}>${json}
  <header><p>Wellford Valley NHS Trust intranet</p></header>
  ${w('wellbeing-campaign-banner', rotate ? { 'rotate-seconds': 600 } : {})}
  <main class="layout">
    <div>
      <h1>Staff wellbeing</h1>
      <h2>Find support</h2>
      ${w('wellbeing-support-finder')}
    </div>
    <aside aria-label="On shift">
      <h2>On shift?</h2>
      ${w('wellbeing-break-reminder')}
      <h2>Need to talk now?</h2>
      ${w('wellbeing-help-now', { variant: 'inline' })}
    </aside>
  </main>
  <footer><p>A fictional Trust, for testing.</p></footer>
  ${w('wellbeing-help-now', { variant: 'floating' })}
</wellbeing-provider>`;
}

export const DEMO_CONFIG = {
  'help-src': FIXTURES.help,
  'services-src': FIXTURES.services,
  'campaigns-src': FIXTURES.campaigns,
};

/**
 * A whole host page. `bundles`: which copies of the bundle, in order (es, es2, iife, iife-sync);
 * `probe`: data attributes for probe.js; `css`: extra stylesheets; `axe`: add axe-core.
 */
export function hostPage({
  title = 'Staff wellbeing',
  lang = 'en-GB',
  body = allWidgets(),
  bundles = ['es'],
  probe = {},
  css = [],
  axe = false,
} = {}) {
  const probeAttrs = Object.entries(probe)
    .map(([k, v]) => ` data-${k}="${attr(v)}"`)
    .join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script src="/test/e2e/pages/probe.js"${probeAttrs}></script>
${axe ? '<script src="/test/e2e/vendor/axe.min.js"></script>' : ''}
<link rel="stylesheet" href="/test/e2e/pages/host.css">
${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
${bundles.map((b) => SCRIPTS[b]).join('\n')}
</head>
<body>
${body}
</body>
</html>`;
}
