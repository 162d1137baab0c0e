// @ts-check
// The import rules of ARCHITECTURE.md, checked on every source file: widgets never
// import each other, core/ imports no widget, styles are leaves, and each kind of
// core code leans only on the kinds below it (platform and i18n at the bottom).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');
const WIDGETS = ['help-now', 'support-finder', 'break-reminder', 'campaign-banner', 'provider'];

/** Folder (relative to src/) → the src/ folders its files may import from, besides packages. */
const MAY_IMPORT = {
  'core/platform': ['core/platform'],
  'core/i18n': ['core/i18n'],
  'core/data': ['core/data', 'core/platform'],
  'core/contacts': ['core/contacts', 'core/data', 'core/platform', 'core/i18n'],
  'core/lit': ['core/lit', 'core/data', 'core/platform', 'core/i18n', 'core'],
  styles: [],
  ...Object.fromEntries(
    WIDGETS.map((widget) => [
      widget,
      [widget, 'core/lit', 'core/data', 'core/platform', 'core/i18n', 'core/contacts', 'core', 'styles'],
    ]),
  ),
};

const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

/** Every relative import (static, dynamic and type-only) of a file, as folders relative to `src`. */
const importedFolders = (src, file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(([, specifier]) =>
    relative(src, dirname(join(dirname(file), specifier))),
  );

/** The broken rules under a source folder, and how many files were checked. */
function check(src) {
  const broken = [];
  let checked = 0;
  for (const file of sourceFiles(src)) {
    const allowed = MAY_IMPORT[relative(src, dirname(file))];
    if (!allowed) continue; // entry points, the embed and the studio sit on top
    checked++;
    for (const imported of importedFolders(src, file))
      if (!allowed.includes(imported)) broken.push(`${relative(src, file)} imports from ${imported}/`);
  }
  return { broken, checked };
}

test('each folder of src/ imports only from the folders ARCHITECTURE.md allows', () => {
  const { broken, checked } = check(SRC);
  assert.ok(checked > 40, `only ${checked} files checked: has src/ moved?`);
  assert.deepEqual(broken, []);
});

test('the checker catches a widget importing another, core importing a widget, and platform importing data', () => {
  const src = mkdtempSync(join(tmpdir(), 'ww-architecture-'));
  const write = (path, text) => {
    mkdirSync(dirname(join(src, path)), { recursive: true });
    writeFileSync(join(src, path), text);
  };
  write(
    'support-finder/support-finder.ts',
    "import { x } from '../help-now/help-now.js';\nimport '../core/lit/element.js';",
  );
  write('core/lit/element.ts', "const lazy = () => import('../../campaign-banner/define.js');");
  write('core/platform/clock.ts', "import type { Hours } from '../data/schemas.js';");
  try {
    assert.deepEqual(check(src).broken.sort(), [
      'core/lit/element.ts imports from campaign-banner/',
      'core/platform/clock.ts imports from core/data/',
      'support-finder/support-finder.ts imports from help-now/',
    ]);
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
});
