// @ts-check
// The stories-as-fixtures check (test/toolkit/stories.test.ts, run in the
// browsers) imports every stories module by name. This fails when a stories
// file is added without being listed there, so no story escapes axe.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

test('test/toolkit/stories.test.ts imports every stories/*.stories.ts', () => {
  const files = readdirSync('stories')
    .filter((f) => f.endsWith('.stories.ts'))
    .map((f) => f.replace(/\.stories\.ts$/, ''))
    .sort();
  const source = readFileSync('test/toolkit/stories.test.ts', 'utf8');
  const imported = [...source.matchAll(/^import \* as (\w+) from '\.\.\/\.\.\/stories\/([\w-]+)\.stories\.js';$/gm)];
  assert.deepEqual(imported.map((m) => m[2]).sort(), files);
  const listed = [...source.matchAll(/^ {2}'([\w-]+)': (\w+),$/gm)];
  assert.deepEqual(listed.map((m) => m[1]).sort(), files, 'and lists each one in MODULES');
  for (const [, file, name] of listed)
    assert.equal(imported.find((m) => m[2] === file)?.[1], name, `${file} maps to its import`);
});

test('Storybook loads the same stories folder and the docs pages', () => {
  const main = readFileSync('.storybook/main.ts', 'utf8');
  assert.match(main, /'\.\.\/stories\/\*\.stories\.ts'/);
  assert.match(main, /'\.\.\/stories\/docs\/\*\.mdx'/);
  const docs = readdirSync('stories/docs').filter((f) => f.endsWith('.mdx'));
  assert.ok(docs.length >= 6, `docs pages: ${docs.join(', ')}`);
});
