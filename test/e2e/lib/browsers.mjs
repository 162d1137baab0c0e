// @ts-check
// One small page API over playwright-core (Chromium) and puppeteer-core
// (Firefox over WebDriver BiDi), so most checks run unchanged in both.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

export const BROWSERS = {
  chromium: { binary: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  firefox: { binary: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' },
};

function watch(page, log) {
  page.on('console', (message) => log.console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => log.errors.push(String(error?.message ?? error)));
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
}

export class Page {
  constructor(kind, raw, context) {
    this.kind = kind;
    this.raw = raw;
    this.context = context;
    this.log = { console: [], errors: [], requests: [], dialogs: [] };
    watch(raw, this.log);
  }
  goto(url) {
    return this.raw.goto(url, { waitUntil: 'load' });
  }
  /** Runs `fn(arg)` in the page (one serialisable argument). */
  evaluate(fn, arg) {
    return this.raw.evaluate(fn, arg);
  }
  evaluateHandle(fn, arg) {
    return this.raw.evaluateHandle(fn, arg);
  }
  press(key) {
    return this.raw.keyboard.press(key);
  }
  type(text) {
    return this.raw.keyboard.type(text);
  }
  async setViewport(width, height) {
    if (this.kind === 'chromium') await this.raw.setViewportSize({ width, height });
    else await this.raw.setViewport({ width, height });
  }
  /** Console lines of a type ('error', 'warn'/'warning', 'info', 'log'). */
  consoleOf(type) {
    const names = type === 'warn' ? ['warn', 'warning'] : [type];
    return this.log.console.filter((m) => names.includes(m.type)).map((m) => m.text);
  }
  close() {
    return this.context ? this.context.close() : this.raw.close();
  }
}

export async function launch(kind) {
  if (kind === 'chromium') {
    const browser = await chromium.launch({
      executablePath: BROWSERS.chromium.binary,
      args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
    });
    return {
      kind,
      version: browser.version(),
      /**
       * A fresh context per page: no storage, cache or cookies shared between checks.
       * @param {{ width?: number, height?: number, clock?: number | string | Date }} [options]
       */
      async newPage({ width = 1280, height = 900, clock } = {}) {
        const context = await browser.newContext({
          viewport: { width, height },
          locale: 'en-GB',
          timezoneId: 'Europe/London',
        });
        const raw = await context.newPage();
        if (clock) await raw.clock.install({ time: clock });
        return new Page(kind, raw, context);
      },
      close: () => browser.close(),
    };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSERS.firefox.binary,
    headless: true,
    extraPrefsFirefox: { 'dom.disable_open_during_load': true },
  });
  return {
    kind,
    version: await browser.version(),
    async newPage({ width = 1280, height = 900 } = {}) {
      const context = await browser.createBrowserContext();
      const raw = await context.newPage();
      await raw.setViewport({ width, height });
      return new Page(kind, raw, context);
    },
    close: () => browser.close(),
  };
}
