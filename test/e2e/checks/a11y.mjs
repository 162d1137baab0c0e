// @ts-check
// Accessibility: axe-core on every widget in every state, in English and Welsh.
import { DEMO_CONFIG, allWidgets, hostPage } from '../lib/pages.mjs';
import { STATE_CONSOLE, eachState, expectClean, settle } from '../lib/widgets.mjs';

/** WCAG 2.2 A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function axePages(server) {
  // axe-core is a same-origin script file; these pages carry no CSP so axe can build its own
  // markup freely (the widgets under a strict CSP are the CSP check's job).
  return {
    en: server.page('axe-en', hostPage({ axe: true, body: allWidgets({ config: DEMO_CONFIG }) })),
    cy: server.page('axe-cy', hostPage({ lang: 'cy', axe: true, body: allWidgets({ config: DEMO_CONFIG }) })),
  };
}

const axe = {
  id: 'axe-every-state',
  title: 'axe-core (WCAG 2.2 A/AA + best practice) on every widget in every state, English and Welsh: zero violations',
  browsers: ['chromium', 'firefox'],
  pages: axePages,
  async run(ctx) {
    for (const [lang, url] of Object.entries(axePages(ctx.server))) {
      const page = await ctx.page({ width: 1280, height: 900 });
      await page.goto(url);
      await settle(page);
      // Canary: axe must see into shadow roots, or a clean result means nothing.
      const canary = await page.evaluate(async () => {
        const host = document.createElement('div');
        host.attachShadow({ mode: 'open' }).innerHTML = '<button></button>';
        document.querySelector('main').append(host);
        const { violations } = await window.axe.run(host, { runOnly: { type: 'rule', values: ['button-name'] } });
        host.remove();
        return violations.map((v) => v.id);
      });
      if (!canary.includes('button-name'))
        ctx.fail(`${lang}: axe did not find an unnamed button inside a shadow root (canary)`);
      let runs = 0;
      await eachState(
        page,
        async (state) => {
          const result = await page.evaluate(async (tags) => {
            const { violations, passes } = await window.axe.run(document, {
              runOnly: { type: 'tag', values: tags },
              resultTypes: ['violations'],
            });
            // (resultTypes trims the node lists of other results, not the results themselves)
            return {
              passes: passes.length,
              violations: violations.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                nodes: v.nodes.map(
                  (n) => `${n.target.flat().join(' >>> ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
                ),
              })),
            };
          }, TAGS);
          runs++;
          if (!result.passes) ctx.fail(`${lang}, ${state}: axe passed no rules at all`);
          for (const v of result.violations) {
            for (const node of v.nodes) ctx.fail(`${lang}, ${state}: ${v.id} (${v.impact}) ${v.help}: ${node}`);
          }
        },
        { ctx },
      );
      ctx.note(`${lang}: axe ran in ${runs} states`);
      await expectClean(ctx, page, `axe ${lang}`, { allowConsole: STATE_CONSOLE });
    }
  },
};

export const checks = [axe];
