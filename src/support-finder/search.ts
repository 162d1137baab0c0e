/**
 * Search that understands staff: pure functions, no DOM.
 *
 * Text becomes a list of stems: case, accents and punctuation are dropped,
 * short and common words are ignored, word endings are trimmed (worries →
 * wor, nights → night, harassment → harass, psychologist → psycholog, biliau
 * → bil), British and American spellings meet (counselling/counseling,
 * behaviour/behavior, centre/center, organise/organize) and doubled letters
 * become single. Each
 * query word then matches a stem exactly, as the start of a longer stem (as
 * you type), or with one typo in words of five letters or more. Synonyms
 * (words or phrases, English or Welsh) match the services with their topic.
 * A match in the name beats a topic, which beats the summary; ties keep data order.
 *
 * The index is built once per data load, so a keystroke scans the distinct
 * stems (not the services): well within one frame at 5,000 services.
 */

/** Common words that say nothing about which service is needed (English and Welsh). */
const STOP = new Set(
  'the and for with after about from have been this that what when how can cant get got feel feeling need want some your help support staff service services really just very mae wedi ddim rwy ydw gyda angen eisiau'.split(
    ' ',
  ),
);

/** Suffix rules, each applied when at least three letters remain. */
const RULES: Array<[RegExp, string]> = [
  [/(ness|ment|ful|less)$/, ''],
  [/ie[sd]$/, 'y'],
  [/([^isu])s$/, '$1'],
  [/i?au$/, ''],
  [/(ing|ed|er)$/, ''],
  [/(ical|ist|y)$/, ''],
  [/e$/, ''],
];

const stems = new Map<string, string>();

function stem(word: string): string {
  const known = stems.get(word);
  if (known) return known;
  const original = word;
  word = word.replace(/(..)tre(s?)$/, '$1ter$2');
  for (const [rule, to] of RULES) {
    const next = word.replace(rule, to);
    if (next.length > 2) word = next;
  }
  word = word
    .replace(/our/g, 'or')
    .replace(/is$/, 'iz')
    .replace(/(.)\1+/g, '$1');
  if (stems.size < 50_000) stems.set(original, word);
  return word;
}

/** Text → stems, in order, without short and common words. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map(stem);
}

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or swap. */
export function oneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  const extra = a.length - b.length;
  let i = 0;
  while (a[i] === b[i] && i < b.length) i++;
  return (
    extra < 2 &&
    (a.slice(i + 1) === b.slice(i + 1 - extra) ||
      (!extra && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)))
  );
}

/**
 * How well a query stem matches an indexed stem: 1 for the same stem. A word
 * that is not in the data at all may be unfinished or mistyped, so it also
 * matches, at 0.8, the start of a longer stem or a long stem one typo away.
 */
function closeness(query: string, term: string, known: boolean): number {
  return query === term
    ? 1
    : !known && ((query.length > 2 && term.startsWith(query)) || (query.length > 4 && term.length > 4 && oneEdit(query, term)))
      ? 0.8
      : 0;
}

/** A document to index: a service's name, its topics (most relevant first) and its summary. */
export interface Doc {
  name: string;
  topics: string[];
  summary: string;
}

/** Pairs of document number and weight, in document order: `[doc, weight, doc, weight, …]`. */
type Postings = number[];

export interface SearchIndex {
  /** stem → the documents with it, and the weight of its best field in each */
  terms: Map<string, Postings>;
  /** topic → the documents with it, and its weight in each */
  topics: Map<string, Postings>;
  /** the stems of each synonym, and its topics */
  synonyms: Array<[string[], string[]]>;
}

/** How topics compare: `Sleep-And-Fatigue ` is `sleep-and-fatigue`. */
export const topicKey = (topic: string) => topic.trim().toLowerCase();

function post(map: Map<string, Postings>, key: string, doc: number, weight: number) {
  let postings = map.get(key);
  if (!postings) map.set(key, (postings = []));
  const last = postings.length - 1;
  if (postings[last - 1] === doc) postings[last] = Math.max(postings[last]!, weight);
  else postings.push(doc, weight);
}

/**
 * Builds the index once per data load. A match in the name weighs 9, in a
 * topic 3 (a little less for each later topic, so the first is the main
 * one), in the summary 1. `describe` adds words for a topic, such as its
 * label in another language. `synonyms` maps everyday words or phrases to topics.
 */
export function buildIndex(docs: Doc[], synonyms: Record<string, string[]>, describe = (_topic: string) => ''): SearchIndex {
  const index: SearchIndex = { terms: new Map(), topics: new Map(), synonyms: [] };
  docs.forEach(({ name, topics, summary }, doc) => {
    for (const term of words(name)) post(index.terms, term, doc, 9);
    topics.forEach((topic, i) => {
      const key = topicKey(topic);
      const weight = 3 - Math.min(i, 9) / 10;
      post(index.topics, key, doc, weight);
      for (const term of words(`${key.replace(/[-_]/g, ' ')} ${describe(key)}`)) post(index.terms, term, doc, weight);
    });
    for (const term of words(summary)) post(index.terms, term, doc, 1);
  });
  for (const [phrase, topics] of Object.entries(synonyms)) {
    const key = words(phrase);
    if (key.length) index.synonyms.push([key, topics.map(topicKey)]);
  }
  return index;
}

/**
 * Document numbers that match `query`, best first (ties in data order), or
 * `undefined` when the query has no meaningful words (show everything).
 */
export function search(index: SearchIndex, query: string): number[] | undefined {
  const tokens = words(query);
  const scores = new Map<number, number>();
  // One unit per query word and per synonym found; a document adds its best match in each unit.
  const score = (matches: Array<[Postings | undefined, number]>) => {
    const best = new Map<number, number>();
    for (const [postings = [], closeness] of matches) {
      for (let i = 0; i < postings.length; i += 2) {
        const doc = postings[i]!;
        best.set(doc, Math.max(best.get(doc) ?? 0, postings[i + 1]! * closeness));
      }
    }
    for (const [doc, value] of best) scores.set(doc, (scores.get(doc) ?? 0) + value);
  };
  const find = (token: string, known = index.terms.has(token)) => {
    const matches: Array<[Postings, number]> = [];
    for (const [term, postings] of index.terms) {
      const c = closeness(token, term, known);
      if (c) matches.push([postings, c]);
    }
    return matches;
  };
  tokens.forEach((token, i) => {
    let matches = find(token);
    // Halfway through "worries" or "bullying" the stem is "wori" or "bulyin": try "wor", "bul".
    const stub = token.replace(/[iy](e|in?)?$/, '');
    if (!matches.length && i === tokens.length - 1 && stub.length > 2) matches = find(stub, false);
    score(matches);
  });
  // Synonyms match whole words: exactly, or one typo away when the word typed is not in the data.
  const like = (token = '', word: string) =>
    token === word || (token.length > 4 && word.length > 4 && !index.terms.has(token) && oneEdit(token, word));
  for (const [key, topics] of index.synonyms) {
    if (tokens.some((_, i) => key.every((word, j) => like(tokens[i + j], word)))) {
      score(topics.map((topic) => [index.topics.get(topic), 1]));
    }
  }
  return tokens.length ? [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc) : undefined;
}
