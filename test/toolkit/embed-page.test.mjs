// @ts-check
// The iframe embed page must work under the strict policy in scripts/serve.mjs:
// no inline script or style, one external module next to it. The browser test
// (test/toolkit/embed.test.ts) renders it in an iframe.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { STRICT_CSP } from '../../scripts/serve.mjs';

const policy = (text) =>
  new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...v]) => [name, v.join(' ')]),
  );

for (const file of ['src/embed/embed.html', 'dist/embed.html']) {
  test(`${file} has no inline script or style and carries the strict policy`, () => {
    assert.ok(existsSync(file), `${file} exists (run npm run build)`);
    const html = readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.deepEqual(
      scripts.map((m) => m[1].trim()),
      ['type="module" src="./embed.js"'],
    );
    assert.ok(
      scripts.every((m) => m[2].trim() === ''),
      'no inline script',
    );
    assert.doesNotMatch(html, /<style\b|\sstyle=|\son\w+=/i, 'no inline style or event handler');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    assert.ok(meta, 'has its own Content-Security-Policy');
    const own = policy(meta[1]);
    const strict = policy(STRICT_CSP);
    // The same policy as the server's, minus frame-ancestors (not allowed in <meta>).
    strict.delete('frame-ancestors');
    assert.deepEqual(own, strict);
  });
}

test('dist/embed.js imports the bundle next to it instead of copying it', () => {
  const js = readFileSync('dist/embed.js', 'utf8');
  assert.match(js, /^import"\.\/wellbeing-widgets\.js";/);
  assert.ok(js.length < 4000, `embed.js is ${js.length} bytes`);
  assert.ok(existsSync('dist/embed.css'));
});
