import type { Service } from '../core/data/schemas.js';
import { buildIndex, type SearchIndex } from './search.js';
import { TOPICS } from './strings.js';
import { SYNONYMS, SYNONYMS_CY } from './synonyms.js';

/**
 * The finder's search index for a list of services, built once per data load:
 * English and Welsh names and summaries; topics with their Welsh labels, and
 * formats (so "text someone" finds text services); the built-in synonyms with
 * the Trust's own on top (a Trust entry for the same word replaces the built-in one).
 */
export function indexServices(services: Service[], synonyms?: Record<string, string[]>): SearchIndex {
  return buildIndex(
    services.map((s) => ({
      name: s.name,
      nameCy: s.name_cy,
      topics: s.topics,
      formats: s.formats,
      summary: s.summary,
      summaryCy: s.summary_cy,
    })),
    { ...SYNONYMS_CY, ...synonyms },
    (topic) => TOPICS[topic] ?? '',
    SYNONYMS,
  );
}
