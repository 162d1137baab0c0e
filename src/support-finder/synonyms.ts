import { atOnce } from '../core/platform/tasks.js';
import { LEXICON } from './lexicon.js';

type Synonyms = [english: Record<string, string[]>, welsh: Record<string, string[]>];

let parsed: Synonyms | undefined;

/**
 * The built-in synonyms, from the lexicon (./lexicon.ts): everyday words and
 * phrases staff type, and the topics they stand for. English first, matched as
 * typed; then Welsh, matched in every mutated form (as a Trust's own synonyms
 * are). A Trust adds its own with `synonyms` in its data file; its entry for
 * the same word replaces the built-in one. Read from the lexicon on the first
 * index build (in the page's idle time), a topic at a time, with a chance to
 * stop after each (see `indexing`), not while the finder's file is evaluated,
 * which is before the finder can render at all.
 */
export function* readingSynonyms(): Generator<undefined, Synonyms, unknown> {
  if (parsed) return parsed;
  const maps: Synonyms = [{}, {}];
  for (const entry of LEXICON.split('|')) {
    const [topic, lists] = entry.split('=') as [string, string];
    lists.split(';').forEach((list, welsh) => {
      for (const word of list.split(',')) (maps[welsh as 0 | 1][word] ??= []).push(topic);
    });
    yield;
  }
  return (parsed ??= maps);
}

/** The built-in synonyms at once (see `readingSynonyms`). */
export const builtInSynonyms = (): Synonyms => atOnce(readingSynonyms());
