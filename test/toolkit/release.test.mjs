// @ts-check
// The release zip an editor downloads (after `npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';
import { integrityOf } from '../../scripts/release-zip.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

test('npm run release:zip writes a zip with the bundles, embed, samples, schemas, EDITORS.md and integrity values', () => {
  const out = mkdtempSync(join(tmpdir(), 'ww-release-'));
  try {
    const run = spawnSync(process.execPath, ['scripts/release-zip.mjs', '--out', out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const zip = unzipSync(readFileSync(join(out, `wellbeing-widgets-${version}.zip`)));
    const folder = `wellbeing-widgets-${version}/`;
    const names = Object.keys(zip).map((name) => name.slice(folder.length));
    for (const want of [
      'EDITORS.md',
      'LICENSE',
      'integrity.txt',
      'dist/wellbeing-widgets.js',
      'dist/wellbeing-widgets.iife.js',
      'dist/embed.html',
      'dist/embed.js',
      'dist/embed.css',
      'samples/help-contacts.json',
      'samples/services.json',
      'samples/campaigns.json',
      'schemas/help-contacts.schema.json',
      'schemas/services.schema.json',
      'schemas/campaigns.schema.json',
      'dist/studio.html',
      'dist/studio.js',
      'dist/studio.css',
      'dist/studio-preview.html',
      'dist/studio-preview.js',
      'wordpress.md',
      'studio.md',
    ])
      assert.ok(names.includes(want), `${want} is in the zip`);
    // The files are the built ones, and each script's integrity value is its own SHA-384.
    const integrity = strFromU8(zip[`${folder}integrity.txt`]);
    for (const script of ['dist/wellbeing-widgets.js', 'dist/wellbeing-widgets.iife.js', 'dist/embed.js']) {
      assert.deepEqual(zip[folder + script], new Uint8Array(readFileSync(script)), `${script} is the built file`);
      assert.match(
        integrity,
        new RegExp(
          `^${script.replace(/\./g, '\\.')}\\s+${integrityOf(readFileSync(script)).replace(/[+/]/g, '\\$&')}$`,
          'm',
        ),
      );
      assert.match(
        run.stdout,
        new RegExp(integrityOf(readFileSync(script)).replace(/[+/]/g, '\\$&')),
        'the hash is printed',
      );
    }
    assert.match(strFromU8(zip[`${folder}EDITORS.md`]), /^# /, 'EDITORS.md is the editors guide');
    // The WordPress plugin, as an administrator uploads it: a zip with the plugin folder and its bundle.
    const plugin = unzipSync(zip[`${folder}wordpress/wellbeing-widgets-wordpress-${version}.zip`]);
    for (const want of [
      'wellbeing-widgets/wellbeing-widgets.php',
      'wellbeing-widgets/assets/wellbeing-widgets.js',
      'wellbeing-widgets/includes/allowed-html.php',
    ])
      assert.ok(plugin[want], `the plugin zip has ${want}`);
    assert.deepEqual(
      plugin['wellbeing-widgets/assets/wellbeing-widgets.js'],
      new Uint8Array(readFileSync('dist/wellbeing-widgets.js')),
    );
    // Samples point at the schemas beside them in the zip.
    for (const sample of names.filter((n) => n.startsWith('samples/'))) {
      const { $schema } = JSON.parse(strFromU8(zip[folder + sample]));
      assert.ok(names.includes(`schemas/${$schema.split('/').pop()}`), `${sample}: ${$schema} is in the zip`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the release zip is the same for the same files', () => {
  const outs = [mkdtempSync(join(tmpdir(), 'ww-release-')), mkdtempSync(join(tmpdir(), 'ww-release-'))];
  try {
    const zips = outs.map((out) => {
      spawnSync(process.execPath, ['scripts/release-zip.mjs', '--out', out]);
      return readFileSync(join(out, `wellbeing-widgets-${version}.zip`));
    });
    assert.ok(zips[0].equals(zips[1]));
  } finally {
    for (const out of outs) rmSync(out, { recursive: true, force: true });
  }
});
