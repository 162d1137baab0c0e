import { LEXICON } from './lexicon.js';

/** `{ "word": ["topic"] }`, the same shape as a data file's `synonyms`: English, then Welsh. */
function parse(): Array<Record<string, string[]>> {
  const maps: Array<Record<string, string[]>> = [{}, {}];
  for (const entry of LEXICON.split('|')) {
    const [topic, lists] = entry.split('=') as [string, string];
    lists.split(';').forEach((list, welsh) => {
      for (const word of list.split(',')) (maps[welsh]![word] ??= []).push(topic);
    });
  }
  return maps;
}

let parsed: [english: Record<string, string[]>, welsh: Record<string, string[]>] | undefined;

/**
 * The built-in synonyms, from the lexicon (./lexicon.ts): everyday words and
 * phrases staff type, and the topics they stand for. English first, matched as
 * typed; then Welsh, matched in every mutated form (as a Trust's own synonyms
 * are). A Trust adds its own with `synonyms` in its data file; its entry for
 * the same word replaces the built-in one. Read from the lexicon on the first
 * index build (in the page's idle time), not while the finder's file is
 * evaluated, which is before the finder can render at all.
 */
export const builtInSynonyms = () => (parsed ??= parse() as [Record<string, string[]>, Record<string, string[]>]);
