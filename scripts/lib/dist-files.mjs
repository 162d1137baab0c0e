// The files of the editors' bundle in dist/: the entry, and the files it loads when
// a widget's tag appears (their names carry a content hash, so a new release never
// meets an old copy in a browser's cache).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ENTRY = 'wellbeing-widgets.js';

/**
 * The files the entry loads, directly or through each other, found by following
 * their `import`s: a file left in dist/ by an earlier build is not among them.
 * @param {string} dist
 * @returns {string[]} their names, sorted
 */
export function lazyFiles(dist) {
  const found = new Set();
  const follow = (name) => {
    const code = readFileSync(join(dist, name), 'utf8');
    for (const [, file] of code.matchAll(/(?:import\(|from)\s*["']\.\/(wellbeing-[\w-]+\.js)["']/g)) {
      if (file === ENTRY || found.has(file)) continue;
      found.add(file);
      follow(file);
    }
  };
  follow(ENTRY);
  return [...found].sort();
}
