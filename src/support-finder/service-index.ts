import type { Service } from '../core/data/schemas.js';
import { buildIndex, indexing, type Doc, type SearchIndex } from './search.js';
import { TOPICS } from './strings.js';
import { SYNONYMS, SYNONYMS_CY } from './synonyms.js';

/** What the index reads of a service: English and Welsh names and summaries, topics and formats. */
const doc = (s: Service): Doc => ({
  name: s.name,
  nameCy: s.name_cy,
  topics: s.topics,
  formats: s.formats,
  summary: s.summary,
  summaryCy: s.summary_cy,
});

/** The index's arguments for a list of services: the built-in synonyms with the Trust's own on top. */
const args = (services: Service[], synonyms?: Record<string, string[]>) =>
  [services.map(doc), { ...SYNONYMS_CY, ...synonyms }, (topic: string) => TOPICS[topic] ?? '', SYNONYMS] as const;

/**
 * The finder's search index for a list of services, built once per data load:
 * English and Welsh names and summaries; topics with their Welsh labels, and
 * formats (so "text someone" finds text services); the built-in synonyms with
 * the Trust's own on top (a Trust entry for the same word replaces the built-in one).
 */
export function indexServices(services: Service[], synonyms?: Record<string, string[]>): SearchIndex {
  return buildIndex(...args(services, synonyms));
}

/** The same index a slice at a time (see `indexing`), so a page of 50,000 services never waits on one long task. */
export function indexServicesInSlices(
  services: Service[],
  synonyms?: Record<string, string[]>,
): Generator<undefined, SearchIndex, unknown> {
  return indexing(...args(services, synonyms));
}
