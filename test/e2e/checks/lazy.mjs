// @ts-check
// The split bundle: a help-now-only page fetches the entry file alone; other widgets'
// files arrive when their tags appear, even later; a file that fails to arrive leaves
// a calm line and a console message naming it, and help-now untouched.
import { readFileSync, readdirSync } from 'node:fs';
import { DEMO_CONFIG, STRICT_CSP, allWidgets, hostPage } from '../lib/pages.mjs';
import { expectClean, hrefsIn, missingNational, openHelp, settle, unrenderedTags } from '../lib/widgets.mjs';

const distScripts = (page) =>
  page.log.requests
    .filter((url) => /\/dist\/[^?]+\.js/.test(url))
    .map((url) => {
      const { pathname, search } = new URL(url);
      return pathname.slice('/dist/'.length) + search;
    });

const helpNowOnly = {
  id: 'lazy-help-now-only',
  title:
    'a page with help-now alone fetches only the entry file and shows the national numbers; a widget added later gets its file',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    const url = ctx.server.page(
      'lazy-help-now-only',
      hostPage({ body: '<main><h1>Intranet</h1></main><wellbeing-help-now></wellbeing-help-now>' }),
      { csp: STRICT_CSP },
    );
    const page = await ctx.page();
    await page.goto(url);
    await settle(page);
    const fetched = distScripts(page);
    if (fetched.join() !== 'wellbeing-widgets.js')
      ctx.fail(`help-now alone fetched ${JSON.stringify(fetched)}, not just wellbeing-widgets.js`);
    await openHelp(page);
    for (const href of missingNational(await hrefsIn(page, 'wellbeing-help-now')))
      ctx.fail(`help-now alone: no ${href}`);
    await page.press('Escape');
    // A CMS or a single-page app adds widgets after the script ran: one on its own, one inside new markup.
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.append(document.createElement('div'));
      section.firstElementChild.append(document.createElement('wellbeing-support-finder'));
      document.querySelector('main').append(document.createElement('wellbeing-break-reminder'), section);
    });
    const later = ['wellbeing-break-reminder', 'wellbeing-support-finder'];
    for (const tag of await unrenderedTags(page, later)) ctx.fail(`<${tag}> added after load did not render`);
    for (const tag of later)
      if (!distScripts(page).some((name) => name.startsWith(`${tag}-`)))
        ctx.fail(`<${tag}> came from no file of its own`);
    await expectClean(ctx, page, 'help-now alone');
  },
};

const fileMissing = {
  id: 'lazy-file-missing',
  title:
    "a widget's file that cannot be fetched: a calm line in English or Welsh, the console names the file, everything else works",
  browsers: ['chromium'],
  async run(ctx) {
    for (const lang of ['en-GB', 'cy']) {
      const url = ctx.server.page(
        `lazy-file-missing-${lang}`,
        hostPage({ lang, body: allWidgets({ config: DEMO_CONFIG }) }),
        { csp: STRICT_CSP },
      );
      const page = await ctx.page();
      await page.raw.route(/\/dist\/wellbeing-support-finder-[\w-]+\.js/, (route) => route.abort());
      await page.goto(url);
      await settle(page);
      const finder = await page.evaluate(async () => {
        await window.__e2e.until(
          () => document.querySelector('wellbeing-support-finder').shadowRoot,
          5000,
          'the stand-in to render',
        );
        return window.__e2e.text(document.querySelector('wellbeing-support-finder').shadowRoot);
      });
      const calm = lang === 'cy' ? /Nid oedd modd llwytho/ : /could not load\. Reload the page/;
      if (!calm.test(finder)) ctx.fail(`${lang}: the finder shows ${JSON.stringify(finder)}, not a calm line`);
      const errors = page.consoleOf('error').filter((line) => line.includes('[wellbeing-widgets]'));
      if (
        !errors.some((line) =>
          /<wellbeing-support-finder>: could not load wellbeing-support-finder-[\w-]+\.js/.test(line),
        )
      )
        ctx.fail(`${lang}: no console message names the finder's file: ${JSON.stringify(errors)}`);
      await openHelp(page, 'wellbeing-help-now[variant="floating"]');
      for (const href of missingNational(await hrefsIn(page, 'wellbeing-help-now[variant="floating"]')))
        ctx.fail(`${lang}: help-now lost ${href}`);
      await page.press('Escape');
      const others = await unrenderedTags(page, ['wellbeing-break-reminder', 'wellbeing-campaign-banner']);
      if (others.length) ctx.fail(`${lang}: ${others.join(', ')} did not render`);
      await expectClean(ctx, page, `${lang}, finder file missing`, {
        allowConsole: [/could not load wellbeing-support-finder-/, /ERR_FAILED|net::/],
      });
    }
  },
};

const versionQuery = {
  id: 'lazy-entry-with-query',
  title:
    'the entry loaded as wellbeing-widgets.js?ver=… (as WordPress and Drupal add): every widget works, with one copy of Lit under Trusted Types',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    const body = `${allWidgets({ config: DEMO_CONFIG })}<script type="module" src="/dist/wellbeing-widgets.js?ver=0.2.0"></script>`;
    const page = await ctx.page();
    await page.goto(ctx.server.page('lazy-entry-with-query', hostPage({ bundles: [], body }), { csp: STRICT_CSP }));
    await settle(page);
    const empty = await unrenderedTags(page, [
      'wellbeing-support-finder',
      'wellbeing-break-reminder',
      'wellbeing-campaign-banner',
    ]);
    if (empty.length) ctx.fail(`with ?ver=, ${empty.join(', ')} did not render`);
    const entries = distScripts(page).filter((name) => name.startsWith('wellbeing-widgets.js'));
    if (entries.length !== 1) ctx.fail(`the entry was fetched ${entries.length} times (${entries.join(', ')})`);
    await expectClean(ctx, page, 'entry with ?ver=');
  },
};

/** The file beside the entry that parses very long inline JSON in slices (its name carries a hash). */
const slicesFile = () =>
  readdirSync('dist').find(
    (name) => name.endsWith('.js') && readFileSync(`dist/${name}`, 'utf8').includes('parseInSlices'),
  );

const longInlineJson = {
  id: 'lazy-long-inline-json',
  title:
    'inline JSON over 4 MB (36,000 services) under a strict CSP: parsed in slices by a file of its own; when that file cannot be fetched, parsed at once, and the console names the file',
  browsers: ['chromium'],
  async run(ctx) {
    const file = slicesFile();
    if (!file?.startsWith('wellbeing-shared-')) return ctx.fail(`no shared file holds parseInSlices (${file})`);
    const services = Array.from({ length: 36_000 }, (_, i) => ({
      id: `s${i}`,
      name: `Service ${i}`,
      summary: 'Support for staff.',
      topics: ['stress'],
      contact: { phone: '01632 960000' },
    }));
    const body = allWidgets({ inline: { services: { services } } });
    for (const blocked of [false, true]) {
      const label = blocked ? `${file} blocked` : 'in slices';
      const page = await ctx.page();
      if (blocked) await page.raw.route(new RegExp(`/dist/${file.replace('.', '\\.')}`), (route) => route.abort());
      await page.goto(ctx.server.page(`lazy-long-inline-json-${blocked}`, hostPage({ body }), { csp: STRICT_CSP }));
      const count = await page.evaluate(async () => {
        const finder = document.querySelector('wellbeing-support-finder');
        const text = () => window.__e2e.text(finder.shadowRoot ?? document.createElement('p'));
        await window.__e2e.until(() => text().includes('36000 services'), 30_000, 'the services to show');
        return text().match(/\d+ services/)?.[0];
      });
      if (count !== '36000 services') ctx.fail(`${label}: the finder shows ${count}`);
      if (!blocked && !distScripts(page).includes(file)) ctx.fail(`${label}: ${file} was not fetched`);
      await openHelp(page, 'wellbeing-help-now[variant="floating"]');
      for (const href of missingNational(await hrefsIn(page, 'wellbeing-help-now[variant="floating"]')))
        ctx.fail(`${label}: help-now lost ${href}`);
      await page.press('Escape');
      const named = page
        .consoleOf('error')
        .some((line) =>
          line.includes(`inline JSON in <wellbeing-provider>: is parsed at once: could not load ${file}`),
        );
      if (named !== blocked)
        ctx.fail(`${label}: ${blocked ? 'no' : 'a'} console message about loading ${file}: ${page.consoleOf('error')}`);
      await expectClean(ctx, page, label, {
        allowConsole: blocked ? [new RegExp(`could not load ${file}`), /ERR_FAILED|net::/] : [],
      });
    }
  },
};

export const checks = [helpNowOnly, fileMissing, versionQuery, longInlineJson];
