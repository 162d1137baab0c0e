// @ts-check
// The files of the editors' bundle in dist/: the entry, and the files it loads when
// a widget's tag appears (their names carry a content hash, so a new release never
// meets an old copy in a browser's cache).
import { readdirSync } from 'node:fs';

export const ENTRY = 'wellbeing-widgets.js';

/** @param {string} dist @returns {string[]} the lazily loaded files' names, sorted */
export const lazyFiles = (dist) =>
  readdirSync(dist)
    .filter((name) => /^wellbeing-[a-z-]+-[\w-]{8}\.js$/.test(name))
    .sort();
