// @ts-check
// Runs the component tests in every browser engine found on this machine and
// says which ran and which are missing. CI (CI=true) requires all three.
// Extra arguments go to web-test-runner, e.g. `--files test/help-now/**/*.test.ts`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ENGINES = [
  { name: 'chromium', binary: process.env.CHROME_PATH ?? '/usr/bin/chromium', install: 'chromium' },
  { name: 'firefox', binary: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', install: 'firefox-esr' },
  { name: 'webkit', binary: '/usr/bin/WebKitWebDriver', install: 'webkit2gtk-driver xvfb' },
];
const args = process.argv.slice(2);
const only = process.env.WW_ENGINES?.split(',');
const wanted = ENGINES.filter((e) => !only || only.includes(e.name));
const found = wanted.filter((e) => existsSync(e.binary) && (e.name !== 'webkit' || hasXvfb()));
const missing = wanted.filter((e) => !found.includes(e));

function hasXvfb() {
  return !!process.env.DISPLAY || spawnSync('which', ['xvfb-run']).status === 0;
}

for (const e of missing) console.log(`Missing ${e.name}: install it with \`apt-get install -y ${e.install}\`.`);
if (!found.length) {
  console.error('No browser engine found: install at least chromium.');
  process.exit(1);
}
if (process.env.CI && missing.length && !only) {
  console.error('CI needs all three engines.');
  process.exit(1);
}

/** What the engine's run printed, so its failures can be repeated at the end (CI shows only the tail of a log). */
let printed = '';

function run(command, commandArgs, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      printed += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      printed += chunk;
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/**
 * Each failed test as web-test-runner reported it: its ❌ line and the
 * message under it, up to the first blank line, once each (a WebKit run
 * under a virtual display prints its report twice).
 */
function failures(text) {
  // eslint-disable-next-line no-control-regex -- the runner's progress bar is drawn with escape codes
  const lines = text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split('\n');
  const found = new Set();
  lines.forEach((line, i) => {
    if (!line.includes('❌')) return;
    const end = lines.findIndex((next, j) => j > i && !next.trim());
    found.add(lines.slice(i, end < 0 ? undefined : Math.min(end, i + 6)).join('\n'));
  });
  return [...found];
}

async function withWebKitDriver(task) {
  if (!process.env.DISPLAY) {
    // Re-run this step under a virtual display: MiniBrowser has no headless mode.
    return run('xvfb-run', ['-a', '--server-args=-screen 0 1280x1024x24', process.execPath, ...process.argv.slice(1)], {
      WW_ENGINES: 'webkit',
    });
  }
  const port = String(4445 + Math.floor(Math.random() * 500));
  const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  await driverListening(port);
  try {
    return await task({ WEBKIT_DRIVER_PORT: port });
  } finally {
    driver.kill();
  }
}

/** Waits until the driver answers on its port (a fixed sleep raced a slow start). */
async function driverListening(port, timeoutMs = 30_000) {
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`WebKitWebDriver did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const results = [];
for (const { name } of found) {
  const started = Date.now();
  console.log(`\n── ${name} ──`);
  const wtr = (env = {}) =>
    run(
      process.execPath,
      ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...args],
      {
        WW_ENGINE: name,
        ...env,
      },
    );
  printed = '';
  const code = name === 'webkit' ? await withWebKitDriver(wtr) : await wtr();
  results.push({ name, code, seconds: ((Date.now() - started) / 1000).toFixed(1), failed: failures(printed) });
}

console.log('\nEngines:');
for (const r of results) console.log(`  ${r.code === 0 ? 'passed' : 'FAILED'}  ${r.name} (${r.seconds}s)`);
for (const e of missing) console.log(`  missing ${e.name}`);
for (const { name, failed } of results)
  if (failed.length) console.log(`\nFailed in ${name} (repeated from above):\n${failed.join('\n')}`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
