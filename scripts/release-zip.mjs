// @ts-check
// Writes release/wellbeing-widgets-<version>.zip: everything an intranet editor
// uploads (both bundles, the iframe embed), the editors' studio, the WordPress
// plugin's zip, the sample data and schemas, a short EDITORS.md, the licence, and
// integrity.txt with a SHA-384 value per script for `<script integrity>`.
// Run through `npm run release:zip`, which builds dist/ first.
// `--out DIR` writes elsewhere (the tests use a temporary folder).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildWordPressPlugin } from './build-wordpress.mjs';
import { lazyFiles } from './lib/dist-files.mjs';
import { reproducibleZip } from './lib/zip.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The scripts a page loads, each with an integrity value. */
export const SCRIPTS = ['dist/wellbeing-widgets.js', 'dist/wellbeing-widgets.iife.js', 'dist/embed.js'];

/** Zip path → repository path, for every file the release holds besides integrity.txt. */
export function releaseFiles() {
  const listed = (dir, pattern) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => pattern.test(name))
      .sort()
      .map((name) => `${dir}/${name}`);
  const files = {
    'EDITORS.md': 'docs/editors.md',
    LICENSE: 'LICENSE',
    'CHANGELOG.md': 'CHANGELOG.md',
  };
  // The widgets' lazily loaded files go beside the entry, which fetches them from there.
  const lazy = lazyFiles(join(ROOT, 'dist')).map((name) => `dist/${name}`);
  const pages = ['dist/embed.html', 'dist/embed.css', ...lazy, ...listed('dist', /^studio/)];
  for (const path of [...SCRIPTS, ...pages, ...listed('samples', /\.json$/), ...listed('schemas', /\.json$/)])
    files[path] = path;
  // EDITORS.md links to these by their names.
  files['wordpress.md'] = 'docs/wordpress.md';
  files['studio.md'] = 'docs/studio.md';
  return files;
}

/** `sha384-…`, the form `<script integrity>` takes. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

export function buildRelease() {
  const folder = `wellbeing-widgets-${version}`;
  const entries = {};
  for (const [inZip, path] of Object.entries(releaseFiles()))
    entries[`${folder}/${inZip}`] = readFileSync(join(ROOT, path));
  const hashes = SCRIPTS.map((path) => [path, integrityOf(entries[`${folder}/${path}`])]);
  const width = Math.max(...SCRIPTS.map((path) => path.length));
  const integrity = [
    `Wellbeing Widgets ${version}: Subresource Integrity values for <script integrity="…" crossorigin="anonymous">.`,
    'Each belongs to the file of the same name in dist/; upload the files unchanged.',
    '',
    ...hashes.map(([path, hash]) => `${path.padEnd(width)}  ${hash}`),
    '',
  ].join('\n');
  entries[`${folder}/integrity.txt`] = new TextEncoder().encode(integrity);
  const wordpress = buildWordPressPlugin({ out: mkdtempSync(join(tmpdir(), 'ww-wordpress-')) });
  rmSync(dirname(wordpress.folder), { recursive: true, force: true });
  entries[`${folder}/wordpress/${wordpress.name}`] = [wordpress.zip, { level: 0 }]; // a zip: store, don't recompress
  const zip = reproducibleZip(entries);
  return { name: `${folder}.zip`, zip, hashes, files: Object.keys(entries) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: join(ROOT, 'release') } } });
  const { name, zip, hashes, files } = buildRelease();
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, name), zip);
  console.log(`${join(values.out, name)} (${(zip.length / 1024).toFixed(0)} KB, ${files.length} files)\n`);
  for (const file of files) console.log(`  ${file}`);
  console.log('\nFor <script integrity="…" crossorigin="anonymous">:');
  const width = Math.max(...hashes.map(([path]) => path.length));
  for (const [path, hash] of hashes) console.log(`  ${path.padEnd(width)}  ${hash}`);
}
