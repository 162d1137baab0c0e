#!/usr/bin/env node
// @ts-check
// The editors' studio, end to end, as an editor uses it: by keyboard only, in
// Chromium (playwright-core), against the BUILT studio (dist/studio.html) under
// the strict CSP with Trusted Types that scripts/serve.mjs sends.
//
//   node test/studio-e2e/run.mjs          (npm run test:studio; build first)
//   node test/studio-e2e/run.mjs --keep   keep the downloaded file and screenshots in test/studio-e2e/out/
//
// 1. Imports an Excel-style CSV (BOM, CRLF, a quoted comma, a blank line, one
//    DD/MM/YYYY row, one impossible date, one javascript: link) through the
//    file chooser, checks the good rows are kept and the others listed by row
//    number and title with the reason; adds those to fix, and fixes them.
// 2. Downloads campaigns.json and validates it with the CLI.
// 3. Shows it in the banner: in the studio's calendar (the real banner in the
//    preview frame) and on a plain page that loads the downloaded file.
// 4. Copies a snippet, and runs axe on every view at 320 and 1280 px.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { STRICT_CSP, startServer } from '../../scripts/serve.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const CSV = join(ROOT, 'test/studio/fixtures/campaigns-excel.csv');
const keep = process.argv.includes('--keep');
const out = keep ? join(ROOT, 'test/studio-e2e/out') : mkdtempSync(join(tmpdir(), 'studio-e2e-'));
mkdirSync(out, { recursive: true });

// Test a snapshot of the build: other work in this folder may run `npm run build` (which
// empties dist/ first) while this runs. A build in progress gets a minute to finish.
const NEEDED = [
  'studio.html',
  'studio.js',
  'studio.css',
  'studio-preview.html',
  'studio-preview.js',
  'wellbeing-widgets.js',
  'embed.css',
  'lib/core/data/validate.js',
];
for (let waited = 0; NEEDED.some((file) => !existsSync(join(ROOT, 'dist', file))); waited++) {
  if (waited === 60) {
    console.error(
      `Missing dist/${NEEDED.find((file) => !existsSync(join(ROOT, 'dist', file)))}: run \`npm run build\` first.`,
    );
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 1000));
}
const snapshot = mkdtempSync(join(tmpdir(), 'studio-e2e-root-'));
for (const path of ['dist', 'bin', 'package.json']) cpSync(join(ROOT, path), join(snapshot, path), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(snapshot, 'node_modules'), 'dir'); // for the CLI's imports

const problems = [];
const passed = [];
const check = (ok, what) => (ok ? passed : problems).push(what);

let downloaded;
const server = await startServer({
  port: 0,
  root: snapshot,
  routes: (request, response, url) => {
    const send = (type, body, headers = {}) => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      response.end(body);
      return true;
    };
    if (url.pathname === '/studio-e2e/campaigns.json' && downloaded)
      return send('application/json', readFileSync(downloaded));
    if (url.pathname === '/studio-e2e/axe.min.js')
      return send('text/javascript', readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js')));
    if (url.pathname === '/studio-e2e/banner.html') {
      const date = url.searchParams.get('date') ?? '';
      return send(
        'text/html; charset=utf-8',
        `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Banner</title>
<script type="module" src="/dist/wellbeing-widgets.js"></script></head>
<body><main><wellbeing-campaign-banner src="/studio-e2e/campaigns.json" preview-date="${date.replace(/[^\d-]/g, '')}"></wellbeing-campaign-banner></main></body></html>`,
        { 'content-security-policy': STRICT_CSP },
      );
    }
    return false;
  },
});
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  locale: 'en-GB',
  timezoneId: 'Europe/London',
  acceptDownloads: true,
});
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
const page = await context.newPage();
// Listen for file choosers from the start: Playwright turns on their interception only once
// someone listens, and a chooser opened before that is missed.
const choosers = [];
page.on('filechooser', (chooser) => choosers.push(chooser));
const nextChooser = async () => {
  for (let i = 0; i < 100 && !choosers.length; i++) await page.waitForTimeout(100);
  if (!choosers.length) throw new Error('no file chooser opened');
  return choosers.shift();
};
const violations = [];
page.on(
  'console',
  (m) => /Content Security Policy|TrustedHTML|TrustedScript|Trusted Type/i.test(m.text()) && violations.push(m.text()),
);
page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));

// ---- keyboard helpers: the studio is driven with Tab, Enter, Space and typing only ----

/** The focused element, through shadow roots: its tag, id, text and value. */
const focused = () =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (el?.tagName === 'IFRAME') return { tag: 'iframe', id: '', text: '', label: el.title };
    return (
      el && {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        label: el.getAttribute('aria-label') ?? '',
        value: el.value ?? '',
      }
    );
  });

/** Presses Tab until the focused element matches, as a keyboard user would look for it. */
async function tabTo(what, matches, { max = 120, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused();
    if (now && matches(now)) return now;
  }
  throw new Error(`could not reach ${what} with Tab`);
}
const byText = (text) => (el) => el.text.startsWith(text);
const byId = (id) => (el) => el.id === id;

/** The text of the studio's open view (through its shadow roots). */
const viewText = () =>
  page.evaluate(() => {
    const app = document.querySelector('wellbeing-studio');
    const view = app.shadowRoot.querySelector('main > *');
    const root = view?.shadowRoot ?? app.shadowRoot;
    const texts = [root.textContent];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) texts.push(el.shadowRoot.textContent);
    return texts.join(' ').replace(/\s+/g, ' ');
  });

const settle = () => page.waitForTimeout(250);

/** Waits (up to 10 s) until the focused element matches: the studio moves focus after it renders. */
async function focusOn(matches) {
  for (let i = 0; i < 100; i++) {
    const now = await focused();
    if (now && matches(now)) return now;
    await page.waitForTimeout(100);
  }
  throw new Error(`focus did not arrive: ${JSON.stringify(await focused())}`);
}

try {
  // ---- 1. import the spreadsheet ------------------------------------------------------
  await page.goto(`${origin}/studio/`);
  await page.waitForFunction(() => document.querySelector('wellbeing-studio')?.shadowRoot?.querySelector('nav'));
  await tabTo('the Campaigns link', (el) => el.tag === 'a' && el.text === 'Campaigns');
  await page.keyboard.press('Enter');
  await focusOn((el) => el.tag === 'h1');
  check((await focused())?.text === 'Campaigns', 'the Campaigns view opens with focus on its heading');

  await tabTo('"Choose a file"', byText('Choose a file'));
  await page.keyboard.press('Enter');
  const chooser = await nextChooser();
  await chooser.setFiles(CSV);
  await focusOn((el) => el.tag === 'h3');
  check((await focused())?.text === 'Match your columns', 'the column step opens with focus on its heading');
  await tabTo('"Import 5 rows"', byText('Import 5 rows'));
  await page.keyboard.press('Enter');
  await focusOn((el) => el.tag === 'h3');
  let text = await viewText();
  check(text.includes('Added 3 campaigns from campaigns-excel.csv'), 'the 3 good rows are kept');
  check(text.includes('2 rows of campaigns-excel.csv could not be used'), 'the 2 bad rows are counted');
  check(
    text.includes('Row 5 (Impossible Day): First day: 2027-02-30 is not a real date'),
    'the impossible date is listed by row number and title, with the reason',
  );
  check(
    text.includes('Row 6 (Bad Link): Link address: expected an http(s), tel, sms or mailto link'),
    'the javascript: link is listed by row number and title, with the reason',
  );
  check((await focused())?.text.startsWith('2 rows of'), 'focus moves to the rows that could not be used');
  check(
    text.includes('Mental Health Awareness Week') && text.includes('10 May 2027 to 16 May 2027'),
    'the DD/MM/YYYY row is read as a UK date',
  );

  // ---- fix what the studio flags ------------------------------------------------------------
  await tabTo('"Add them to fix here"', byText('Add them to fix here'));
  await page.keyboard.press('Enter');
  await focusOn((el) => el.tag === 'h2');
  check(
    (await focused())?.text === '2 problems to fix before you download',
    'the rows to fix are listed as problems, with focus on them',
  );
  await tabTo('the impossible date', byText('Impossible Day: First day'));
  await page.keyboard.press('Enter');
  await focusOn((el) => el.tag === 'input');
  check((await focused())?.id === 'f-starts', 'a problem takes focus to its field');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('28/02/2027');
  await settle();
  text = await viewText();
  check(text.includes('1 problem to fix before you download'), 'fixing the date fixes its problem as you type');
  await tabTo('the problem list', byText('Bad Link: Link address'), { back: true });
  await page.keyboard.press('Enter');
  await focusOn((el) => el.tag === 'input');
  check((await focused())?.id === 'f-link-href', 'the link problem takes focus to the link field');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('https://intranet.example/scripts-explained');
  await settle();
  text = await viewText();
  check(!text.includes('to fix before you download'), 'no problems left');
  check(text.includes('Your campaigns (5)'), 'five campaigns in the draft');

  // ---- 2. download and validate with the CLI ---------------------------------------------------
  await tabTo('"Download campaigns.json"', byText('Download campaigns.json'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  downloaded = join(out, 'campaigns.json');
  await download.saveAs(downloaded);
  check(download.suggestedFilename() === 'campaigns.json', 'the file is called campaigns.json');
  const json = JSON.parse(readFileSync(downloaded, 'utf8'));
  check(
    Object.keys(json)[0] === '$schema' && json.campaigns.length === 5,
    'the file starts with $schema and holds the 5 campaigns',
  );
  check(
    JSON.stringify(Object.keys(json.campaigns[0])) ===
      JSON.stringify(['id', 'title', 'title_cy', 'message', 'starts', 'ends', 'link']),
    'keys are in the schema’s order',
  );
  let cli;
  try {
    cli = {
      code: 0,
      out: execFileSync(process.execPath, [join(snapshot, 'bin/wellbeing-widgets.mjs'), 'validate', downloaded], {
        encoding: 'utf8',
        env: { ...process.env, WELLBEING_TODAY: '2026-12-01' },
      }),
    };
  } catch (error) {
    cli = { code: error.status, out: `${error.stdout}${error.stderr}` };
  }
  check(
    cli.code === 0 && /campaigns: 5 entries/.test(cli.out) && /0 errors/.test(cli.out),
    `the CLI's validate accepts it (exit ${cli.code})`,
  );
  if (cli.code !== 0) problems.push(cli.out);
  text = await viewText();
  check(text.includes('Downloaded campaigns.json'), 'the studio says it was downloaded');
  check(
    await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      dispatchEvent(event);
      return !event.defaultPrevented;
    }),
    'no warning on leaving once everything is downloaded',
  );

  // ---- 3. the banner ------------------------------------------------------------------------
  await tabTo('"Or type a day"', byId('go-to'));
  await page.keyboard.type('04/02/2027');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  const frame = page
    .frames()
    .find(
      (f) =>
        f.url().includes('studio-preview.html') && f !== page.mainFrame() && f.parentFrame()?.url().includes('studio'),
    );
  const bannerTitles = async (target) =>
    target.evaluate(() =>
      [...document.querySelectorAll('wellbeing-campaign-banner')].map(
        (b) => b.shadowRoot?.querySelector('[part~=title]')?.textContent?.trim() ?? '',
      ),
    );
  const frames = page.frames().filter((f) => f.url().includes('studio-preview.html'));
  const titles = (await Promise.all(frames.map(bannerTitles))).flat();
  check(
    !!frame && titles.includes('Time to Talk Day'),
    `the studio's calendar shows the real banner on 4 February 2027 (${titles.join(', ') || 'nothing'})`,
  );

  const plain = await context.newPage();
  plain.on(
    'console',
    (m) => /Content Security Policy|Trusted/i.test(m.text()) && violations.push(`banner page: ${m.text()}`),
  );
  await plain.goto(`${origin}/studio-e2e/banner.html?date=2027-05-12`);
  await plain.waitForFunction(
    () => document.querySelector('wellbeing-campaign-banner')?.shadowRoot?.querySelector('[part~=title]'),
    null,
    { timeout: 10_000 },
  );
  check(
    (await bannerTitles(plain.mainFrame()))[0] === 'Mental Health Awareness Week',
    'the downloaded file shows in the banner on a plain page (12 May 2027)',
  );
  await plain.close();

  // ---- 4. a snippet ---------------------------------------------------------------------------------
  await page.goto(`${origin}/studio/#snippet`);
  await page.waitForFunction(() =>
    document.querySelector('wellbeing-studio')?.shadowRoot?.querySelector('wellbeing-studio-snippet'),
  );
  await tabTo('the Trust name', byId('wellbeing-provider-trust-name'));
  await page.keyboard.type('Wellford Valley NHS Trust');
  await tabTo('the campaign banner', byId('choose-wellbeing-campaign-banner'));
  await page.keyboard.press('Space');
  await tabTo('"Copy the code"', byText('Copy the code'));
  await page.keyboard.press('Enter');
  await settle();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  check(
    clip.includes('<script type="module" src="/wellbeing/wellbeing-widgets.js"></script>') &&
      clip.includes('<wellbeing-provider trust-name="Wellford Valley NHS Trust">') &&
      clip.includes('<wellbeing-campaign-banner></wellbeing-campaign-banner>'),
    'the snippet is copied with the Trust name and the chosen widgets',
  );
  if (keep) await page.screenshot({ path: join(out, 'snippet-1280.png'), fullPage: true });

  check(
    !violations.length,
    `no CSP or Trusted Types violation, no page error${violations.length ? `: ${violations.join(' | ')}` : ''}`,
  );

  // ---- axe on every view, at 320 and 1280 px (axe needs to add its own script, so this page has no CSP) ----
  const axeContext = await browser.newContext({ bypassCSP: true, locale: 'en-GB', timezoneId: 'Europe/London' });
  const axePage = await axeContext.newPage();
  // Canary: axe must see into the studio's shadow roots, or a clean result means nothing.
  await axePage.goto(`${origin}/studio/`);
  await axePage.addScriptTag({ url: '/studio-e2e/axe.min.js' });
  const canary = await axePage.evaluate(async () => {
    const app = document.querySelector('wellbeing-studio').shadowRoot;
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(document.createElement('button'));
    app.querySelector('main').append(host);
    const { violations } = await window.axe.run(document, { runOnly: { type: 'rule', values: ['button-name'] } });
    host.remove();
    return violations.map((v) => v.id);
  });
  check(canary.includes('button-name'), 'axe sees inside the studio’s shadow roots (canary)');
  for (const width of [320, 1280]) {
    await axePage.setViewportSize({ width, height: 900 });
    for (const view of ['', 'snippet', 'campaigns', 'services', 'contacts', 'finder']) {
      await axePage.goto(`${origin}/studio/#${view}`);
      await axePage.waitForTimeout(600);
      if (view === 'campaigns' && width === 320) {
        await axePage.evaluate(
          (file) => {
            const app = document.querySelector('wellbeing-studio');
            app.shadowRoot
              .querySelector('wellbeing-studio-data')
              .shadowRoot.querySelector('wellbeing-studio-import')
              .readText(file, 'campaigns.json');
          },
          readFileSync(downloaded, 'utf8'),
        );
        await axePage.waitForTimeout(600);
      }
      await axePage.addScriptTag({ url: '/studio-e2e/axe.min.js' });
      const found = await axePage.evaluate(async () => {
        const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
        return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.flat().join(' >>> ')).join(', ')}`);
      });
      check(
        !found.length,
        `axe: no violations on #${view || 'start'} at ${width}px${found.length ? `: ${found.join('; ')}` : ''}`,
      );
      const overflow = await axePage.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      check(overflow <= 0, `#${view || 'start'} at ${width}px has no sideways scrolling (${overflow}px)`);
      if (keep) await axePage.screenshot({ path: join(out, `${view || 'start'}-${width}.png`), fullPage: true });
    }
  }
  await axeContext.close();
} catch (error) {
  problems.push(`threw: ${error.stack ?? error}`);
  await page.screenshot({ path: join(out, 'failure.png'), fullPage: true }).catch(() => {});
  console.log(`Screenshot of the failure: ${join(out, 'failure.png')}`);
} finally {
  await browser.close();
  server.close();
  if (!keep && !problems.length) rmSync(out, { recursive: true, force: true });
  rmSync(snapshot, { recursive: true, force: true });
}

for (const line of passed) console.log(`  ✓ ${line}`);
for (const line of problems) console.log(`  ✗ ${line}`);
console.log(`\nStudio e2e: ${passed.length} passed, ${problems.length} failed.`);
process.exit(problems.length ? 1 : 0);
