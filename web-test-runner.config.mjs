// Component tests in real browsers. scripts/test-browsers.mjs picks the
// engine through WW_ENGINE and runs each engine it finds in turn.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';

// Two test files run at once. Each page gets a window of its own: as a second
// tab in one window it would be a hidden background tab, with no animation
// frames and (in Firefox) timers throttled to one a second, so tests (axe above
// all) ran out of time at random. test/harness/visible.test.ts guards this.
const pageInItsOwnWindow = ({ context }) => context.newPage({ type: 'window' });

export const engines = {
  chromium: () =>
    chromeLauncher({
      createPage: pageInItsOwnWindow,
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-component-update', '--disable-sync'],
      },
    }),
  // Firefox over WebDriver BiDi through puppeteer-core, the same launcher that
  // @web/test-runner-puppeteer wraps, without full puppeteer's browser download.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      createPage: pageInItsOwnWindow,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4445),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

const engine = process.env.WW_ENGINE ?? 'chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers: [engines[engine]()],
  // Two files at once in Chromium only. WebDriver's keyboard actions (WebKit) need
  // one at a time, and so does Firefox: only one of its windows can have focus,
  // so focus tests in the other window failed at random.
  concurrency: engine === 'chromium' ? 2 : 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
