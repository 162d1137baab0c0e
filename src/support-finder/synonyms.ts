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

/**
 * The built-in synonyms, from the lexicon (./lexicon.ts): everyday words and
 * phrases staff type, and the topics they stand for. `SYNONYMS` is English,
 * matched as typed; `SYNONYMS_CY` is Welsh, matched in every mutated form (as
 * a Trust's own synonyms are). A Trust adds its own with `synonyms` in its
 * data file; its entry for the same word replaces the built-in one.
 */
export const [SYNONYMS, SYNONYMS_CY] = parse() as [Record<string, string[]>, Record<string, string[]>];
