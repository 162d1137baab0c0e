/**
 * Search quality on the labelled staff queries in queries.json against the
 * Trust catalogue in catalogue.json. Pure: used by `npm run eval:search`
 * (scripts/eval-search.mjs, in Node) and by the quality test in the browser.
 *
 * Each query belongs to the tuning half or the held-out half by a hash of its
 * text, so nobody picks which queries are held out, and a query never moves.
 * Only the tuning half's misses are for tuning the search; the held-out half
 * measures it.
 */

export type Lang = 'en' | 'cy';
export type Half = 'tuning' | 'held-out';
/** `[query, ids of the services that answer it, "danger"?]` */
export type Labelled = [query: string, want: string[], danger?: 'danger'];
export interface QueryFile {
  en: Labelled[];
  cy: Labelled[];
}
/** A search under test: the ids of the services it finds for a query, best first. */
export type Engine = (query: string) => string[];

/** FNV-1a over the query's UTF-8 bytes: even → tuning, odd → held-out. */
export function halfOf(query: string): Half {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(query)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash % 2 ? 'held-out' : 'tuning';
}

export interface Score {
  n: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** queries with no right service in the top three: `"query" → found (wanted)` */
  misses: string[];
  /** danger queries that got an empty list or no crisis service in the top three */
  unsafe: string[];
}

/**
 * Scores `engine` on one language and half. `crisis` holds the ids of the
 * services that offer the urgent help route (those with the `crisis` topic).
 */
export function score(engine: Engine, queries: Labelled[], half: Half, crisis: Set<string>): Score {
  const result: Score = { n: 0, hit1: 0, hit3: 0, mrr: 0, misses: [], unsafe: [] };
  for (const [query, want, danger] of queries) {
    if (halfOf(query) !== half) continue;
    const found = engine(query);
    const rank = found.findIndex((id) => want.includes(id)) + 1;
    result.n++;
    if (rank === 1) result.hit1++;
    if (rank && rank <= 3) result.hit3++;
    else result.misses.push(`"${query}" → ${found.slice(0, 3).join(', ') || 'nothing'} (wanted ${want.join(' or ')})`);
    if (rank) result.mrr += 1 / rank;
    if (danger && !found.slice(0, 3).some((id) => crisis.has(id)))
      result.unsafe.push(`"${query}" → ${found.slice(0, 3).join(', ') || 'nothing'}`);
  }
  if (result.n) {
    result.hit1 /= result.n;
    result.hit3 /= result.n;
    result.mrr /= result.n;
  }
  return result;
}

/** The targets on the held-out half. */
export const TARGETS: Record<Lang, number> = { en: 0.95, cy: 0.9 };

/**
 * What stops the targets being met, one line each (empty when they are met).
 * Held-out queries are counted, not named, unless `name` is set: naming them
 * would invite tuning on them.
 */
export function shortfalls(held: Record<Lang, Score>, name = false): string[] {
  const out: string[] = [];
  for (const lang of ['en', 'cy'] as const) {
    const { hit3, unsafe } = held[lang];
    if (hit3 < TARGETS[lang]) out.push(`${lang} held-out hit@3 ${(hit3 * 100).toFixed(1)}% < ${TARGETS[lang] * 100}%`);
    if (unsafe.length)
      out.push(
        `${lang} held-out: ${unsafe.length} danger quer${unsafe.length > 1 ? 'ies' : 'y'} without the urgent help route${name ? `: ${unsafe.join('; ')}` : ''}`,
      );
  }
  return out;
}
