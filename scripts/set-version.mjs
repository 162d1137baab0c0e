// @ts-check
// `npm version` runs this (the "version" script): it writes package.json's new
// version into src/core/version.ts, which the bundle reports and define() names.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/core/version.ts', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = before.replace(/export const VERSION = '[^']*';/, `export const VERSION = '${version}';`);
if (!after.includes(`'${version}'`)) throw new Error('src/core/version.ts has no VERSION line to update');
writeFileSync(file, after);
