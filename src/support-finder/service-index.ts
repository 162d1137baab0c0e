import type { Service } from '../core/data/schemas.js';
import { ANY_TIME, buildIndex, indexing, type Doc, type SearchIndex } from './search.js';
import { TOPICS } from './strings.js';
import { builtInSynonyms } from './synonyms.js';

/**
 * What the index reads of a service: English and Welsh names and summaries, topics and formats, and
 * `ANY_TIME` when it is open day and night, matched like a format, so "who can I ring at 3am" and
 * "help ganol nos" find what is open then.
 */
const doc = (s: Service): Doc => ({
  name: s.name,
  nameCy: s.name_cy,
  topics: s.topics,
  formats: s.hours === '24/7' ? [...(s.formats ?? []), ANY_TIME] : s.formats,
  summary: s.summary,
  summaryCy: s.summary_cy,
});

/**
 * The built-in synonyms with a Trust's own on top, one object for each Trust's
 * synonyms, so the index tokenises their phrases once however often it is built.
 */
const merged = new WeakMap<object, Record<string, string[]>>();
function withBuiltIn(welsh: Record<string, string[]>, synonyms?: Record<string, string[]>) {
  if (!synonyms) return welsh;
  let all = merged.get(synonyms);
  if (!all) merged.set(synonyms, (all = { ...welsh, ...synonyms }));
  return all;
}

/** The index's arguments for a list of services. */
const args = (services: Service[], synonyms?: Record<string, string[]>) => {
  const [english, welsh] = builtInSynonyms();
  return [services.map(doc), withBuiltIn(welsh, synonyms), (topic: string) => TOPICS[topic] ?? '', english] as const;
};

/**
 * The finder's search index for a list of services, built once per data load:
 * English and Welsh names and summaries; topics with their Welsh labels, and
 * formats (so "text someone" finds text services); the built-in synonyms with
 * the Trust's own on top (a Trust entry for the same word replaces the built-in one).
 */
export function indexServices(services: Service[], synonyms?: Record<string, string[]>): SearchIndex {
  return buildIndex(...args(services, synonyms));
}

/**
 * The same index a slice at a time (see `indexing`), so a page of 50,000 services never waits on one
 * long task. Nothing is done until the first slice: the lexicon is read and merged with the Trust's
 * synonyms in the page's idle time, not when the data arrives, before the finder has rendered it.
 */
export function* indexServicesInSlices(
  services: Service[],
  synonyms?: Record<string, string[]>,
): Generator<undefined, SearchIndex, unknown> {
  return yield* indexing(...args(services, synonyms));
}
