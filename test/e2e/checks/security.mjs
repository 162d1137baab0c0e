// @ts-check
// Security: strict CSP + Trusted Types, the injection corpus, and no request off the page's origin.
import { PAYLOADS, squeeze } from '../lib/corpus.mjs';
import { DEMO_CONFIG, README_CSP, STRICT_CSP, allWidgets, hostPage } from '../lib/pages.mjs';
import {
  STATE_CONSOLE,
  definedTags,
  eachState,
  exercise,
  expectClean,
  openHelp,
  settle,
  unsafeMarkup,
} from '../lib/widgets.mjs';

const both = ['chromium', 'firefox'];

function cspPages(server) {
  return {
    strict: server.page('csp-strict', hostPage({ body: allWidgets({ config: DEMO_CONFIG }) }), { csp: STRICT_CSP }),
    strictCy: server.page('csp-strict-cy', hostPage({ lang: 'cy', body: allWidgets({ config: DEMO_CONFIG }) }), {
      csp: STRICT_CSP,
    }),
    readme: server.page('csp-readme', hostPage({ body: allWidgets({ config: DEMO_CONFIG }) }), { csp: README_CSP }),
    // Proves the probe sees violations and the browser enforces the policy: this page breaks it on purpose.
    canary: server.page(
      'csp-canary',
      hostPage({
        body: `<p>Canary</p><script>__xss('inline canary')</script><script src="/test/e2e/pages/csp-canary.js"></script>`,
        bundles: [],
      }),
      { csp: STRICT_CSP },
    ),
  };
}

const csp = {
  id: 'csp-trusted-types',
  title:
    "strict CSP (no 'unsafe-inline'/'unsafe-eval') + Trusted Types (lit-html only): zero violations with every widget in use",
  browsers: both,
  pages: cspPages,
  async run(ctx) {
    const urls = cspPages(ctx.server);

    // The canary: the browser enforces the policy and the probe reports it.
    const canary = await ctx.page();
    await canary.goto(urls.canary);
    const seen = await canary.evaluate(async () => {
      await window.__e2e.sleep(100);
      return {
        violations: window.__e2e.violations.map((v) => v.directive),
        tt: 'trustedTypes' in window,
        result: window.__canary,
        xss: window.__e2e.xss,
      };
    });
    if (seen.xss?.length) ctx.fail(`canary: inline script ran under the strict CSP`);
    if (!seen.violations.some((d) => d.startsWith('script-src')))
      ctx.fail(`canary: an inline script was not reported as a violation (${JSON.stringify(seen)})`);
    if (seen.tt && !seen.violations.some((d) => d.includes('trusted-types')))
      ctx.fail(`canary: Trusted Types not enforced (${JSON.stringify(seen)})`);
    if (seen.tt && seen.result?.innerHTML !== 'blocked')
      ctx.fail(`canary: innerHTML with a string was allowed under Trusted Types`);
    ctx.note(
      `Trusted Types ${seen.tt ? 'enforced' : 'not supported'} in ${ctx.kind}; canary saw ${seen.violations.join(', ')}`,
    );

    for (const [label, url] of [
      ['demo policy, en', urls.strict],
      ['demo policy, cy', urls.strictCy],
      ["README policy (default-src 'none')", urls.readme],
    ]) {
      const page = await ctx.page();
      await page.goto(url);
      await settle(page);
      const tags = await definedTags(page);
      ctx.note(`${label}: widgets defined: ${tags.join(', ')}`);
      await eachState(page, async () => {}, { ctx }); // every state of every widget…
      const pressed = await exercise(page); // …and every control
      ctx.note(`${label}: pressed ${pressed.length} controls: ${pressed.join('; ')}`);
      await settle(page);
      const policies = await page.evaluate(() => window.__e2e.policies);
      if (policies.some((name) => name !== 'lit-html'))
        ctx.fail(`${label}: created Trusted Types policies ${policies.join(', ')}`);
      await expectClean(ctx, page, `${label} page`, { allowConsole: STATE_CONSOLE });
    }
  },
};

function injectionPages(server) {
  const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  // Per payload: a provider named by it, a help-now on its contacts file, a banner on its campaigns file.
  const perPayload = PAYLOADS.map(
    ({ payload }, i) => `<section data-payload="${i}">
  <wellbeing-provider trust-name="${attr(payload)}" help-src="/test/e2e/corpus/help-${i}.json" campaigns-src="/test/e2e/corpus/campaigns-${i}.json">
    <wellbeing-campaign-banner></wellbeing-campaign-banner>
    <wellbeing-help-now variant="inline"></wellbeing-help-now>
  </wellbeing-provider>
</section>`,
  );
  const body = `<main><h1>Injection corpus</h1>
<wellbeing-provider services-src="/test/e2e/corpus/services.json">
  <wellbeing-support-finder id="corpus-finder"></wellbeing-support-finder>
</wellbeing-provider>
${perPayload.join('\n')}
</main>`;
  // No CSP on purpose: the widgets themselves must keep data inert, not the policy.
  return {
    en: server.page('injection', hostPage({ body })),
    cy: server.page('injection-cy', hostPage({ lang: 'cy', body })),
  };
}

const injection = {
  id: 'injection-corpus',
  title: `injection corpus (${PAYLOADS.length} payloads: html, attribute, url, svg, template) in every string field of every data file, no CSP: nothing runs, no unsafe URL`,
  browsers: both,
  pages: injectionPages,
  async run(ctx) {
    const categories = new Set(PAYLOADS.map((p) => p.category));
    if (PAYLOADS.length < 30 || categories.size < 5)
      ctx.fail(`corpus too small: ${PAYLOADS.length} payloads in ${categories.size} categories`);
    const urls = injectionPages(ctx.server);
    for (const [label, url] of Object.entries(ctx.kind === 'chromium' ? urls : { en: urls.en })) {
      const page = await ctx.page();
      await page.goto(url);
      await settle(page, { timeout: 15000 });
      const tags = await definedTags(page);

      // Everything each widget can show, as text: every help dialog, every campaign (Next through them all),
      // every finder result (Show more until the end).
      const shown = await page.evaluate(async () => {
        const e2e = window.__e2e;
        const out = [];
        for (const section of document.querySelectorAll('section[data-payload]')) {
          const help = section.querySelector('wellbeing-help-now');
          help.show();
          await e2e.until(
            () => !help.shadowRoot.querySelector('dialog [aria-busy="true"]'),
            8000,
            'the Trust contacts to load',
          );
          await help.updateComplete;
          let text = e2e.text(help.shadowRoot.querySelector('dialog'));
          help.close();
          const banner = section.querySelector('wellbeing-campaign-banner');
          if (banner.shadowRoot) {
            for (let i = 0; i < 6; i++) {
              text += ` ${e2e.text(banner.shadowRoot)}`;
              const next = banner.shadowRoot.querySelector('[part~="next"]');
              if (!next) break;
              next.click();
              await banner.updateComplete;
            }
          }
          out.push(text);
        }
        const finder = document.querySelector('#corpus-finder');
        let finderText = '';
        if (finder.shadowRoot) {
          for (let i = 0; i < 100; i++) {
            const more = finder.shadowRoot.querySelector('[part~="more"]');
            if (!more) break;
            more.click();
            await finder.updateComplete;
          }
          finderText = e2e.text(finder.shadowRoot);
        }
        return { perPayload: out, finder: finderText };
      });
      // Text fields must arrive as text. (The HTML parser turns NUL in the trust-name attribute into U+FFFD.)
      const missing = PAYLOADS.filter(
        ({ payload }, i) => !squeeze(shown.perPayload[i] ?? '').includes(squeeze(payload)),
      );
      for (const { id, payload } of missing)
        ctx.fail(
          `${label}: payload ${id} not shown as text by help-now/banner: ${JSON.stringify(payload).slice(0, 80)}`,
        );
      if (tags.includes('wellbeing-support-finder')) {
        const notFound = PAYLOADS.filter(({ payload }) => !squeeze(shown.finder).includes(squeeze(payload)));
        for (const { id, payload } of notFound)
          ctx.fail(`${label}: payload ${id} not shown as text by the finder: ${JSON.stringify(payload).slice(0, 80)}`);
        // and a search over all of it
        await page.evaluate(async () => {
          const finder = document.querySelector('#corpus-finder');
          finder.query = 'stress';
          await finder.updateComplete;
        });
      }

      for (const problem of await unsafeMarkup(page)) ctx.fail(`${label}: ${problem}`);
      const offOrigin = page.log.requests.filter((r) => !r.startsWith(ctx.server.origin) && !r.startsWith('data:'));
      for (const request of new Set(offOrigin)) ctx.fail(`${label}: request left the origin: ${request}`);
      await expectClean(ctx, page, label, { consoleErrors: false });
      const named = page.consoleOf('error').filter((line) => line.includes('/test/e2e/corpus/'));
      ctx.note(`${label}: ${named.length} console errors name a corpus file; widgets: ${tags.join(', ')}`);
    }
  },
};

function originPages(server) {
  return {
    defaults: server.page('origin-defaults', hostPage({ body: allWidgets() })),
    configured: server.page('origin-configured', hostPage({ body: allWidgets({ config: DEMO_CONFIG }) })),
  };
}

const origin = {
  id: 'same-origin-only',
  title: 'with default config no request leaves the page origin, no cookies, storage only under wellbeing-widgets:',
  browsers: both,
  pages: originPages,
  async run(ctx) {
    for (const [label, url] of Object.entries(originPages(ctx.server))) {
      const page = await ctx.page();
      await page.goto(url);
      await settle(page);
      await openHelp(page, 'wellbeing-help-now[variant="floating"]');
      await page.press('Escape');
      await exercise(page);
      await settle(page);
      await page.evaluate(() => window.__e2e.sleep(300));
      const inPage = await page.evaluate(() => ({
        resources: performance.getEntriesByType('resource').map((r) => r.name),
        cookie: document.cookie,
        keys: Object.keys(localStorage),
      }));
      const requests = new Set([...page.log.requests, ...inPage.resources]);
      for (const request of requests) {
        if (!request.startsWith(`${ctx.server.origin}/`) && !request.startsWith('data:'))
          ctx.fail(`${label}: request left the origin: ${request}`);
      }
      if (inPage.cookie) ctx.fail(`${label}: cookies set: ${inPage.cookie}`);
      for (const key of inPage.keys)
        if (!key.startsWith('wellbeing-widgets:')) ctx.fail(`${label}: localStorage key outside the namespace: ${key}`);
      ctx.note(`${label}: ${requests.size} requests, all same-origin; storage keys: ${inPage.keys.join(', ')}`);
      await expectClean(ctx, page, label);
    }
  },
};

export const checks = [csp, injection, origin];
