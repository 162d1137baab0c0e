/**
 * Search that understands staff: pure functions, no DOM.
 *
 * Text becomes a list of stems: case, accents and punctuation are dropped,
 * short and common words are ignored, word endings are trimmed (worries →
 * wor, nights → night, harassment → harass, psychologist → psycholog, biliau
 * → bil, dyledion → dyled), British and American spellings meet
 * (counselling/counseling, behaviour/behavior, centre/center,
 * organise/organize) and doubled letters become single. Acronyms bring the
 * words they stand for (OH → occupational health), so two-letter ones count.
 *
 * Each query word then matches a stem exactly, as the start of a longer stem
 * (as you type), or with one typo in words of five letters or more; a word
 * that would match nothing is read as the word one typo away, or as a phrase
 * of the lexicon typed as one word ("selfharm"). Welsh words also match in
 * every mutated form: the Welsh text of the data is
 * indexed under each radical its words may have come from (gwsg → cwsg), and
 * a query word looks up each of its own (nghwnsela → cwnsela), so "fy nghefn"
 * finds "cefn" and "cwsg" finds "gwsg". Synonyms (words or phrases, English or
 * Welsh) match the services with their topic.
 *
 * Each match is worth its field (name 9, topic 3 or a little less for later
 * topics, summary 1) times how rare the word or topic is among the services,
 * so a word in many services counts less than one in a single summary. Words
 * of staff life that are in most queries ("work", "shift") count a tenth,
 * crisis words double, so the urgent help route comes near the top, and words
 * of how someone feels a little more. A death at work is a difficult event
 * rather than a bereavement. Ties go to the service with fewer topics, then
 * keep data order. `explain()` says why a service matched.
 *
 * The index is built once per data load, so a keystroke scans the distinct
 * stems (not the services) and adds scores in typed arrays: well within one
 * frame at 50,000 services.
 */
import { atOnce } from '../core/platform/tasks.js';
import {
  ACRONYMS,
  AT_WORK,
  FIRST_PERSON,
  NOT_TYPOS,
  OWN_PEOPLE,
  RELATED,
  SPELLINGS,
  STAFF_GROUPS,
  WHOLE,
} from './lexicon.js';

/**
 * Common words that say nothing about which service is needed (English and
 * Welsh). The last few are here because, read as words, they were read as
 * another: one typo or one mutation from a word of the data ("morning" as
 * mourn, "letter" as llety, lodging, "agent" as accent, "dysgu", learn, as
 * cysgu, sleep, "gall", may, as call, "rhy", too, as rhywiol, sexual, "loads"
 * as loans, "three" as threw, "good" as god, "aren't" as parents, "many" as
 * mannau, places, both "man" once stemmed), or as the start of one ("man" of
 * mannau, "only" of online, "fine" of financial, "few" of fewn), or said one
 * service's name where a query meant nothing by it ("rhoi", give, of "rhoi'r
 * gorau i ysmygu", in "rhoi terfyn ar fy mywyd").
 */
const STOP = new Set(
  'the and for with after about from have been this that what when how can cant get got feel feeling felt need want some your you are was were has had will would could should does did not any all too much lot really just very keep like know think going there where who why which our every better off right help support staff service services mae wedi ddim rwy dwi ydw ydych chi gyda angen iawn drwy trwy beth sut pam pwy cael gael sydd hefyd fel neu ond hyn cyn gyfer dan bit came make stop pan entitled siarad heno morning letter agent dysgu gall rhy rhoi man only saw seen few always another these fine three loads good arent theyre many'.split(
    ' ',
  ),
);

/** Words of staff life that are in most queries and much of the data: they count a tenth as much. */
const LIGHT = new Set(
  'work working worker workers hca shift shifts time advice advise adviser gwaith waith ngwaith shifft shifftiau amser cyngor gyngor chyngor nghyngor day days diwrnod dydd colli first night family'.split(
    ' ',
  ),
);

/** acronym → the words it stands for (a key in capitals matches only capitals); a word → related words it brings */
const EXPAND = new Map(`${ACRONYMS},${RELATED}`.split(',').map((entry) => entry.split('=') as [string, string]));

/** Dialect and text spellings → the word they stand for (isio → eisiau). */
const SAME = new Map(SPELLINGS.split(',').map((entry) => entry.split('=') as [string, string]));

/** Words the suffix rules would join with a word of another meaning (care with carer, racing with race): kept whole. */
const KEPT_WHOLE = new Set(WHOLE.split(','));

/** Suffix rules, each applied when at least three letters remain (English, then Welsh plurals). */
const RULES: Array<[RegExp, string]> = [
  [/(ness|ment|ful)$/, ''],
  [/ie[sd]$/, 'y'],
  [/([^isu])s$/, '$1'],
  [/i?au$|i?on$|oedd$|iaid$|(?<=.{5})ydd$/, ''], // Welsh -ydd (ffisiotherapydd, seicolegydd) when five letters remain
  [/(ing|ed|(?<!e)er|ive)$/, ''], // career, volunteer keep their -er
  [/(ical|ist|y)$/, ''],
  [/e$/, ''],
];

const stems = new Map<string, string>();

function stem(word: string): string {
  const known = stems.get(word);
  if (known) return known;
  const original = word;
  if (KEPT_WHOLE.has(word)) return word;
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

/**
 * Where a death at work happens, one's own people and words of oneself (see `AT_WORK`), as stems:
 * stemmed on the first search, not while the finder's file is evaluated, before anything on the page
 * has rendered.
 */
let whose: [workplace: Set<string>, own: Set<string>, mine: Set<string>] | undefined;
const whoseDeath = () =>
  (whose ??= [AT_WORK, OWN_PEOPLE, FIRST_PERSON].map(
    (list) => new Set(list.split(',').map((word) => stem(word))),
  ) as NonNullable<typeof whose>);

/** Each staff group's words (see `STAFF_GROUPS`) as stems, to the group's bit: stemmed when first needed. */
let groups: Map<string, number> | undefined;
/** The staff groups `tokens` name, one bit each. */
function groupsIn(tokens: Token[]): number {
  groups ??= new Map(
    STAFF_GROUPS.split('|').flatMap((words, group) =>
      words.split(',').map((word) => [stem(word), 1 << group] as const),
    ),
  );
  let named = 0;
  for (const token of tokens) for (const form of token.forms) named |= groups.get(form) ?? 0;
  return named;
}

/**
 * The staff groups a service's name says it is for, after "for" ("Support for doctors") or, in Welsh,
 * "i" ("Cymorth i feddygon").
 */
function audienceOf({ name, nameCy }: Doc): number {
  const after = (text: string | undefined, word: RegExp, welsh: boolean) => {
    const at = text?.search(word) ?? -1;
    return at < 0 ? 0 : groupsIn(tokenize(text!.slice(at), undefined, welsh));
  };
  return after(name, /\bfor\b/i, false) | after(nameCy, /\bi\b/i, true);
}

/**
 * Welsh mutations, undone: a word that starts with the first part may be the
 * mutated form of a word that starts with one of the others. Soft: b p, d t,
 * g c, f b m, dd d, l ll gl, r rh gr (and a vowel, g + vowel, below); nasal:
 * mh p, nh t, ngh c, ng g, m b, n d; aspirate: ph p, th t, ch c. ff, ll and
 * rh are never mutated forms.
 */
const MUTATED = 'ngh:c mh:p nh:t ng:g ph:p th:t ch:c dd:d ff ll rh b:p d:t g:c f:b:m l:ll:gl r:rh:gr m:b n:d'
  .split(' ')
  .map((rule) => rule.split(':'));

/**
 * The radical forms a Welsh word may be a mutation of, itself not included:
 * nghefn → cefn, gwsg → cwsg, brofedigaeth → profedigaeth, waith → gwaith,
 * hiechyd → iechyd (h-prothesis). Only the first letters change, and only
 * in words of four letters or more for a vowel or h (ill is not a form of hil).
 */
export function radicals(word: string): string[] {
  const [start, ...to] = MUTATED.find(([start]) => word.startsWith(start!)) ?? [];
  return start
    ? to.map((letters) => letters + word.slice(start.length))
    : /^h[aeiouwy]../.test(word)
      ? [word.slice(1)]
      : /^[aeiouwy].../.test(word)
        ? [`g${word}`]
        : [];
}

/** A word of a text: as typed (in lower case), its stem, and whether it is searched for. */
interface Token {
  readonly typed: string;
  readonly stem: string;
  /** the stem, then (Welsh text and queries only) the stems of its radicals */
  readonly forms: string[];
  /** not a common or short word */
  readonly content: boolean;
  /** a word of staff life (work, shift): counts a tenth as much */
  readonly light: boolean;
  /** the acronym it stands in for */
  readonly from?: string;
  /** the word as typed, when it matched nothing and is read as another (phsyio: physio; selfharm: self harm) */
  readonly spelt?: string;
}

/** True when a form of `token` is in `words`: a word of a list in any ending or mutated form. */
const formIn = (token: Token, words: Set<string>) => token.forms.some((form) => words.has(form));

/** True when a form of one of `tokens` is in `words`. */
const hasFormIn = (tokens: Token[], words: Set<string>) => tokens.some((token) => formIn(token, words));

/**
 * Each word's tokens (the word, then the words its acronym stands for), kept
 * across builds: a word is stemmed and de-mutated once, however many services
 * and loads repeat it, and the index build allocates nothing per word.
 */
const known = [0, 1, 2, 3].map(() => new Map<string, Token[]>());

/**
 * The words `word` brings (what an acronym stands for, related words): as
 * typed ("IT" in capitals), in the singular (immunisations), or from one of
 * the radicals a Welsh word may be a mutation of (gyfweliad, cyfweliad: an interview).
 */
function expansionOf(word: string, typed: string, radicals: string[]): string | undefined {
  const key = [word, typed, word.replace(/(?<=...)s$/, ''), ...radicals].find((k) => EXPAND.has(k));
  return key && EXPAND.get(key);
}

function wordTokens(typed: string, keep: Set<string> | undefined, welsh: boolean, from?: string): Token[] {
  // A Trust's short words (`keep`) have one or two letters.
  const kept = typed.length < 3 && !!keep?.has(typed.toLowerCase());
  // By whether the word is Welsh text and a Trust's short word; acronyms' words are kept with the acronym.
  const cache = known[(welsh ? 2 : 0) + (kept ? 1 : 0)]!;
  let tokens = from ? undefined : cache.get(typed);
  if (tokens) return tokens;
  const lower = typed.toLowerCase();
  const word = SAME.get(lower) ?? lower;
  const mutations = welsh ? radicals(word) : [];
  // The words an acronym or a word brings are not expanded again.
  const expansion = from ? undefined : expansionOf(word, typed, mutations);
  const base = stem(word);
  tokens = [
    {
      typed: word,
      stem: base,
      // A word kept whole keeps its radicals whole too: "manager" is not "banagement" de-mutated.
      forms: [base, ...(KEPT_WHOLE.has(word) ? mutations : mutations.map(stem))],
      content: (word.length > 2 || !!expansion || kept) && !STOP.has(word),
      light: LIGHT.has(word),
      from,
    },
  ];
  if (expansion) for (const part of expansion.split(' ')) tokens.push(...wordTokens(part, keep, welsh, typed));
  if (!from && cache.size < 50_000) cache.set(typed, tokens);
  return tokens;
}

/** The words of a text as typed: accents dropped, apostrophes, A&E and e.a.p joined, Welsh contractions split. */
function split(text: string): string[] {
  // Most text is plain ASCII without apostrophes or ampersands: skip the work it does not need.
  // eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose: "anything beyond ASCII"
  if (/[^\x00-\x7f]/.test(text)) text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (/['’&]/.test(text))
    text = text
      .replace(/['’](?=(r|n|i|u|w|ch|m|th)\b)/gi, ' ') // Welsh: talu'r, dwi'n, a'u are two words
      .replace(/['’]|\b(\w)\s*&\s*(\w)\b/g, '$1$2'); // can't → cant, A&E → AE
  if (/\b[a-z]\.[a-z]\b/i.test(text)) text = text.replace(/\b([a-z])\.(?=[a-z]\b)/gi, '$1'); // e.a.p → eap
  return text.split(/[^A-Za-z0-9]+/);
}

/**
 * Text → tokens, in order. Short words count only when they are acronyms or
 * in `keep` (a Trust's own short synonyms); an acronym is followed by the
 * words it stands for. `welsh`: also find the radicals each word may be a
 * mutation of.
 */
function tokenize(text: string, keep?: Set<string>, welsh = false): Token[] {
  const out: Token[] = [];
  for (const typed of split(text)) if (typed) out.push(...wordTokens(typed, keep, welsh));
  return out;
}

/** Text → stems, in order, without short and common words. */
export function words(text: string, keep?: Set<string>): string[] {
  return tokenize(text, keep)
    .filter((t) => t.content)
    .map((t) => t.stem);
}

/**
 * True when `a` and `b` differ by at most one insertion, deletion, substitution or swap. A first
 * letter put for another is a Welsh mutation or nothing (banic, panic; fentor, mentor): staff seldom
 * mistype a word's first letter, and English words a first letter apart are other words ("might" is
 * not "night", nor "dental" "mental", nor "packed" "sacked").
 */
export function oneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  const extra = a.length - b.length;
  let i = 0;
  while (a[i] === b[i] && i < b.length) i++;
  return (
    extra < 2 &&
    ((a.slice(i + 1) === b.slice(i + 1 - extra) &&
      (i + extra > 0 || radicals(a).includes(b) || radicals(b).includes(a))) ||
      (!extra && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)))
  );
}

/**
 * How close a stem of the data is to a query stem that is not in it (the
 * word may be unfinished or mistyped): 0.8 when the query is its start, or
 * when both are long and one typo apart; otherwise 0.
 */
function closeness(query: string, term: string): number {
  return (query.length > 2 && term.startsWith(query)) || (query.length > 4 && term.length > 4 && oneEdit(query, term))
    ? 0.8
    : 0;
}

/** A document to index: a service's name, its topics (most relevant first) and its summary, and its Welsh text. */
export interface Doc {
  name: string;
  topics: string[];
  /** ways to get in touch (phone, text…), matched like topics after the others */
  formats?: string[];
  summary: string;
  nameCy?: string;
  summaryCy?: string;
}

/** Pairs of document number and weight, in document order: `[doc, weight, doc, weight, …]`. */
type Postings = Float64Array;

/** No postings. */
const NONE: Postings = new Float64Array(0);

/** A synonym: its words, its topics, and whether it matches Welsh mutations. */
type Synonym = [words: Token[], topics: string[], welsh: boolean];

/** What matched, kept only when explaining: the query word (or the words typed and the synonym they matched, '' for a danger rule's), the stem or topic matched, and its weight. */
type Why = [what: Token | [typed: string, synonym: string], matched: string, weight: number];

export interface SearchIndex {
  /** stem → the documents with it, and the weight of its best field in each */
  terms: Map<string, Postings>;
  /** each form (stem or radical's stem) of the Welsh text's words → as in `terms` */
  cy: Map<string, Postings>;
  /** stems only Welsh has, of the Welsh text and synonyms (yn, fy, cwsg): a query with one is read as Welsh (see `isWelsh`) */
  cymraeg: Set<string>;
  /** stems only English has, of the English text and synonyms (night, home) */
  english: Set<string>;
  /** topic → the documents with it, and its weight in each */
  topics: Map<string, Postings>;
  synonyms: Synonym[];
  /** the synonyms by each form of their first word */
  first: Map<string, Synonym[]>;
  /** short words that count in a query: a Trust's own short synonyms */
  keep: Set<string>;
  /** every form of every synonym's words, and the words of `NOT_TYPOS`: a query word among them is not a typo */
  vocab: Set<string>;
  /** words that bring others (acronyms, related words) of five letters or more, and synonyms' phrases written as one word (selfharm) → how to read them */
  spellings: Map<string, string>;
  /** the data's own words of five letters or more, as written (in lower case) */
  written: Set<string>;
  /** each query word looked at: how it is read ('' as it is; see `respelled`) */
  respelt: Map<string, string>;
  /** each query stem not in the data looked at: the stems it may be the start of or one typo from (see `nearTerms`) */
  near: Map<string, Array<[term: string, closeness: number]>>;
  docs: Doc[];
  /** the services whose names say they are for some staff groups (see `STAFF_GROUPS`) → those groups, one bit each */
  audiences: Map<number, number>;
  describe: (topic: string) => string;
  /** each document's score, its best match so far and its bucket when ranked, reused by every keystroke (scores and matches all zero between searches) */
  scratch?: [scores: Float64Array, best: Float64Array, bucket: Int32Array];
}

/** The format of a service open day and night (see `indexServices`): a time of night in a query narrows to it. */
export const ANY_TIME = 'anytime';

/** How topics compare: `Sleep-And-Fatigue ` is `sleep-and-fatigue`. */
export const topicKey = (topic: string) => topic.trim().toLowerCase();

/** Services indexed between two chances to stop, when the index is built in slices: about a millisecond's work. */
const SLICE = 200;

/**
 * Items 0 to `length` handed to `work` `size` at a time, with a chance to stop after each: the loop
 * over the items stays in `work`, a plain function, because the same loop inside a generator runs
 * three to four times slower (a bare counting loop: 115–149 ms in a generator, 35 ms in a function,
 * Chromium 156).
 */
function* inChunks(length: number, size: number, work: (from: number, to: number) => void) {
  for (let from = 0; from < length; from += size) {
    work(from, Math.min(from + size, length));
    yield;
  }
}

/**
 * Builds the index once per data load. A match in the name weighs 9, in a
 * topic 3 (a little less for each later topic, and for each topic of a
 * service with many, so a dedicated service comes first), in the summary 1,
 * each times how rare it is. `describe` adds (Welsh) words for a topic.
 * `synonyms` maps everyday words or phrases to topics, in any mutated form;
 * `english` does the same for English words, as typed, unless `synonyms` has
 * the same word.
 */
export function buildIndex(
  docs: Doc[],
  synonyms: Record<string, string[]>,
  describe = (_topic: string) => '',
  english: Record<string, string[]> = {},
): SearchIndex {
  return atOnce(indexing(docs, synonyms, describe, english));
}

/**
 * `buildIndex` a slice at a time: each `next()` indexes a few hundred
 * services (about a millisecond), so a page can build the index of 50,000
 * services between frames; the last returns the index, the same as
 * `buildIndex` would.
 */
export function* indexing(
  docs: Doc[],
  synonyms: Record<string, string[]>,
  describe = (_topic: string) => '',
  english: Record<string, string[]> = {},
): Generator<undefined, SearchIndex, unknown> {
  const keep = shortWordsOf(synonyms);
  const index: SearchIndex = {
    terms: new Map(),
    cy: new Map(),
    cymraeg: new Set(),
    english: new Set(),
    topics: new Map(),
    synonyms: [],
    first: new Map(),
    keep,
    vocab: new Set(),
    spellings: new Map(),
    written: new Set(),
    respelt: new Map(),
    near: new Map(),
    docs,
    audiences: new Map(),
    describe,
  };
  // Two passes, so that no list grows a service at a time while the engine is still cold (a page
  // builds its index once, mostly before the code is optimised): first the lists each service's
  // words and topics go to, logged by number in service order; then each list, made once at its
  // own size. Each stem, form of the Welsh text's words, and topic (as in `index`): its list's number.
  const maps = [index.terms, index.cy, index.topics];
  const numbers = maps.map(() => new Map<string, number>());
  const lists: Array<[map: Map<string, Postings>, key: string]> = [];
  const listOf = (kind: number, key: string) => {
    let list = numbers[kind]!.get(key);
    if (list === undefined) {
      numbers[kind]!.set(key, (list = lists.length));
      lists.push([maps[kind]!, key]);
    }
    return list;
  };
  // Each language's words (their stems, not a radical's or an acronym's words): English text, then Welsh.
  const ownWords = [new Set<string>(), new Set<string>()];
  // The lists a word's tokens go to (for Welsh text, each form's too).
  const listsFor = (tokens: Token[], welsh: boolean) => {
    const found: number[] = [];
    for (const { stem, forms, content, from } of tokens) {
      if (!from) ownWords[welsh ? 1 : 0]!.add(stem);
      if (!content) continue;
      found.push(listOf(0, stem));
      if (welsh) for (const form of forms) found.push(listOf(1, form));
    }
    return found;
  };
  // The log: a list's number and its weight's number (in `weightOf`; few enough for a byte) for
  // each word and topic, service by service; service `doc`'s are from `starts[doc]` to `starts[doc + 1]`.
  const weightOf: number[] = [];
  const numberOf = new Map<number, number>();
  const weightNumber = (weight: number) => {
    let number = numberOf.get(weight);
    if (number === undefined) numberOf.set(weight, (number = weightOf.push(weight) - 1));
    return number;
  };
  let logged = new Int32Array(1024);
  let weights = new Uint8Array(1024);
  let size = 0;
  const starts = new Int32Array(docs.length + 1);
  const log = (list: number, weight: number) => {
    if (size === logged.length) {
      const more = new Int32Array(size * 2);
      more.set(logged);
      logged = more;
      const wider = new Uint8Array(size * 2);
      wider.set(weights);
      weights = wider;
    }
    logged[size] = list;
    weights[size++] = weight;
  };
  // Each distinct word's lists, found once: a word thousands of services repeat costs one lookup.
  const wordLists = [new Map<string, number[]>(), new Map<string, number[]>()]; // English text, Welsh text
  const add = (text: string | undefined, weight: number, welsh = false) => {
    if (!text) return;
    const known = wordLists[welsh ? 1 : 0]!;
    const typedWords = split(text);
    for (let w = 0; w < typedWords.length; w++) {
      const typed = typedWords[w]!;
      let found = known.get(typed);
      if (!found) {
        known.set(typed, (found = typed ? listsFor(wordTokens(typed, keep, welsh), welsh) : []));
        if (typed.length > 4) index.written.add(typed.toLowerCase());
      }
      for (let l = 0; l < found.length; l++) log(found[l]!, weight);
    }
  };
  // A topic is logged once per service; its words take its weight there when the lists are made.
  const topicList = new Map<string, number>();
  const wordsOf: number[][] = [];
  const addTopic = (topic: string, i: number, count: number) => {
    let list = topicList.get(topic);
    if (list === undefined) {
      const key = topicKey(topic);
      list = listOf(2, key);
      wordsOf[list] = [
        ...listsFor(tokenize(key.replace(/[-_]/g, ' ')), false),
        ...listsFor(tokenize(describe(key), keep, true), true),
      ];
      topicList.set(topic, list);
    }
    log(list, weightNumber(3 - Math.min(i, 9) / 10 - Math.min(count - 1, 9) / 100));
  };
  // A match in the name weighs 9, in the summary 1, in a topic about 3 (see `addTopic`): 112 weights at most.
  const nameWeight = weightNumber(9);
  const summaryWeight = weightNumber(1);
  // Services `from` to `to`.
  const addDocs = (from: number, to: number) => {
    for (let doc = from; doc < to; doc++) {
      starts[doc] = size;
      const { name, topics, formats, summary, nameCy, summaryCy } = docs[doc]!;
      add(name, nameWeight);
      add(nameCy, nameWeight, true);
      // Formats are matched like topics, after them.
      for (let i = 0; i < topics.length; i++) addTopic(topics[i]!, i, topics.length);
      if (formats) for (let i = 0; i < formats.length; i++) addTopic(formats[i]!, topics.length + i, topics.length);
      add(summary, summaryWeight);
      add(summaryCy, summaryWeight, true);
      const audience = audienceOf(docs[doc]!);
      if (audience) index.audiences.set(doc, audience);
    }
  };
  yield* inChunks(docs.length, SLICE, addDocs);
  starts[docs.length] = size;
  // Each list's documents, counted, then written in document order at the best weight each has
  // there, times how rare the list's word or topic is: rarer words and topics count for more.
  const count = new Int32Array(lists.length);
  const last = new Int32Array(lists.length).fill(-1);
  const filled = new Int32Array(lists.length);
  let made: Float64Array[] = [];
  let rarity: number[] = [];
  /** A list has `doc`, at `weight`: counted, or (`fill`) written. */
  const visit = (list: number, doc: number, weight: number, fill: boolean) => {
    if (!fill) {
      if (last[list] !== doc) {
        last[list] = doc;
        count[list]!++;
      }
      return;
    }
    const pairs = made[list]!;
    const at = filled[list]!;
    weight *= rarity[list]!;
    if (last[list] === doc) {
      if (weight > pairs[at - 1]!) pairs[at - 1] = weight;
      return;
    }
    last[list] = doc;
    pairs[at] = doc;
    pairs[at + 1] = weight;
    filled[list] = at + 2;
  };
  // Services `from` to `to`, counted or (`fill`) written.
  const pass = (from: number, to: number, fill: boolean) => {
    for (let doc = from; doc < to; doc++)
      for (let at = starts[doc]!; at < starts[doc + 1]!; at++) {
        const list = logged[at]!;
        const weight = weightOf[weights[at]!]!;
        visit(list, doc, weight, fill);
        const words = wordsOf[list];
        if (words) for (let w = 0; w < words.length; w++) visit(words[w]!, doc, weight, fill);
      }
  };
  for (const fill of [false, true]) {
    if (fill) {
      // Views of one buffer: a typed array of its own for each of thousands of lists costs three times as much.
      const all = new Float64Array(count.reduce((sum, n) => sum + n * 2, 0));
      let at = 0;
      made = lists.map((_, list) => all.subarray(at, (at += count[list]! * 2)));
      rarity = lists.map((_, list) => Math.log(1 + docs.length / count[list]!));
      last.fill(-1);
      yield;
    }
    yield* inChunks(docs.length, SLICE * 2, (from, to) => pass(from, to, fill));
  }
  lists.forEach(([map, key], list) => map.set(key, made[list]!));
  yield;
  const { own, ...lexicon } = yield* lexiconOf(synonyms, english, keep);
  // The words of one language, of the data or the synonyms, that the other has in neither ("staff" is both).
  const onlyIn = (language: number, into: Set<string>) => {
    for (const words of [ownWords[language]!, own[language]])
      for (const word of words) if (!ownWords[1 - language]!.has(word) && !own[1 - language].has(word)) into.add(word);
  };
  onlyIn(0, index.english);
  onlyIn(1, index.cymraeg);
  return Object.assign(index, lexicon);
}

/**
 * English words that stand for each other in a phrase, so one phrase has every person and every way of
 * saying no: "doesnt want to live" is "dont want to live", "took his own life" is "took her own life".
 * Their stems. Not Welsh "fy" and "ei": "ei" is also the passive ("cael ei daro", being hit).
 */
const ALIKE = new Map(
  ['my his her their your', 'dont doesnt didnt no not'].flatMap((list) => {
    const stems = list.split(' ').map((word) => stem(word));
    return stems.map((one) => [one, stems] as const);
  }),
);
const alikeOf = (word: Token): string[] => ALIKE.get(word.stem) ?? [];

/** Short words that count in a query: a Trust's own short synonyms. */
const shortWordsOf = (synonyms: Record<string, string[]>) =>
  new Set(
    Object.keys(synonyms)
      .filter((key) => /^[a-z0-9]{1,2}$/i.test(key))
      .map((key) => key.toLowerCase()),
  );

/** What an index knows of its synonyms, which depends on them alone (read-only once built). */
type Lexicon = Pick<SearchIndex, 'synonyms' | 'first' | 'vocab' | 'spellings'> & {
  /** the stems of the English synonyms' words, then of the others' (Welsh, and a Trust's) */
  own: [english: Set<string>, welsh: Set<string>];
};
const lexicons = new WeakMap<object, { english: object; lexicon: Lexicon }>();

/** Synonym phrases tokenised between two chances to stop: a few milliseconds' work on a slow PC. */
const PHRASES = 50;

/**
 * The synonyms' phrases, tokenised once per synonyms object, {@link PHRASES}
 * at a time: most of a small index's cost, and a page builds several (each
 * finder, the list while its data loads, then the data).
 */
function* lexiconOf(
  synonyms: Record<string, string[]>,
  english: Record<string, string[]>,
  keep: Set<string>,
): Generator<undefined, Lexicon, unknown> {
  const known = lexicons.get(synonyms);
  if (known?.english === english) return known.lexicon;
  const lexicon: Lexicon = {
    synonyms: [],
    first: new Map(),
    vocab: new Set(),
    spellings: new Map(),
    own: [new Set(), new Set()],
  };
  for (const word of EXPAND.keys()) if (word.length > 4) lexicon.spellings.set(word.toLowerCase(), word);
  for (const word of NOT_TYPOS.split(',')) lexicon.vocab.add(stem(word));
  // Phrases `from` to `to` of `entries`.
  const addPhrases = (entries: Array<[string, string[]]>, from: number, to: number, welsh: boolean) => {
    for (let i = from; i < to; i++) {
      const [phrase, topics] = entries[i]!;
      const words = tokenize(phrase, keep, welsh).filter((t) => !t.from || phrase.includes(' '));
      if (!words[0] || (!welsh && phrase in synonyms)) continue;
      const synonym: Synonym = [words, topics.map(topicKey), welsh];
      lexicon.synonyms.push(synonym);
      for (const form of [...words[0].forms, ...alikeOf(words[0])]) {
        const starting = lexicon.first.get(form);
        if (starting) starting.push(synonym);
        else lexicon.first.set(form, [synonym]);
      }
      for (const word of words) for (const form of word.forms) lexicon.vocab.add(form);
      for (const word of words) if (!word.from) lexicon.own[welsh ? 1 : 0].add(word.stem);
      const spelt = words.filter((word) => !word.from).map((word) => word.typed);
      if (spelt.length > 1) lexicon.spellings.set(spelt.join(''), spelt.join(' '));
    }
  };
  for (const [map, welsh] of [
    [synonyms, true],
    [english, false],
  ] as const) {
    const entries = Object.entries(map);
    yield* inChunks(entries.length, PHRASES, (from, to) => addPhrases(entries, from, to, welsh));
  }
  lexicons.set(synonyms, { english, lexicon });
  return lexicon;
}

/**
 * The stems of the data that a stem not in it may be the start of, or one
 * typo from, and how close each is: looked for once per index, as each
 * keystroke reads the whole query again.
 */
function nearTerms(index: SearchIndex, stem: string): Array<[term: string, closeness: number]> {
  let near = index.near.get(stem);
  if (!near) {
    near = [];
    for (const term of index.terms.keys()) {
      const c = closeness(stem, term);
      if (c) near.push([term, c]);
    }
    if (index.near.size < 1000) index.near.set(stem, near);
  }
  return near;
}

/** True when a query word is one typo from a synonym's word of five letters or more. */
const oneTypoApart = (token: Token, word: Token) =>
  word.typed.length > 4 &&
  ((token.stem.length > 4 && word.stem.length > 4 && oneEdit(token.stem, word.stem)) ||
    oneEdit(token.typed, word.typed));

/** True when `typed` is `word`, or its singular, with one typo. */
const oneTypoFrom = (typed: string, word: string) =>
  Math.abs(typed.length - word.length) < 3 &&
  (oneEdit(typed, word) || (word.endsWith('s') && oneEdit(typed, word.slice(0, -1))));

/**
 * The query's tokens, each word that would match nothing read instead as a
 * phrase of the lexicon written as one word ("selfharm"), or as the word one
 * typo away that brings others ("phsyio": physio) or that the data has
 * ("pensoin": pensions), or as the words typed without spaces ("backpain");
 * and two words as one typed with a space in it ("over whelmed"). A word that
 * starts a word of the data or is one typo from one, or from a one-word
 * synonym, is left as it is: it may still be being typed, and `rank` finds
 * those matches itself.
 */
function respelled(index: SearchIndex, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const joined = tokens[i + 1] && joinedWords(index, tokens[i]!, tokens[i + 1]!);
    if (joined) {
      out.push(joined);
      i++; // the second word is in it
    } else out.push(...respelledWord(index, tokens[i]!));
  }
  return out;
}

/**
 * A word typed with a space in it ("over whelmed", "anx iety", "bereave ment"): two words, one of them
 * no word of the data or the lexicon, that are one such word written together. Undefined otherwise.
 */
function joinedWords(index: SearchIndex, first: Token, second: Token): Token | undefined {
  if (
    !first.content ||
    !second.content ||
    first.from ||
    second.from ||
    first.typed.length < 3 ||
    (knowsAForm(index, first) && knowsAForm(index, second))
  )
    return undefined;
  const [word, more] = tokenize(first.typed + second.typed, index.keep, true);
  // Not the first word again with an ending ("night ive" is not "nightive", nor "nyrs oedd" "nyrsoedd").
  return word && !more && !first.typed.startsWith(word.stem) && knows(index, word.stem)
    ? { ...word, spelt: `${first.typed} ${second.typed}` }
    : undefined;
}

/** A word of the query, or the words to read it as (see `respelled`). */
function respelledWord(index: SearchIndex, token: Token): Token[] {
  const { typed } = token;
  if (!token.content || token.from || typed.length < 5 || EXPAND.has(typed)) return [token];
  // Each keystroke reads the whole query again: a word is looked at once per index.
  let fix = index.respelt.get(typed);
  if (fix === undefined) {
    fix = respelling(index, token);
    if (index.respelt.size < 1000) index.respelt.set(typed, fix);
  }
  return fix ? tokenize(fix, index.keep, true).map((t) => ({ ...t, spelt: typed })) : [token];
}

/** True when a word of the query is English alone (night, home) or has a letter Welsh does not (k, q, v, x, z). */
const isEnglish = (index: SearchIndex, tokens: Token[]) =>
  tokens.some(({ typed, stem }) => index.english.has(stem) || /[kqvxz]/.test(typed));

/**
 * True when a query may be Welsh, and its words are read in every mutated form: one of its words is
 * Welsh alone (fy, yn, cwsg); or, when none is English alone (`englishWord`, see `isEnglish`), one is
 * no word of the data but a mutated or radical form of a Welsh one ("nghefn" of cefn, "brofedigaeth"
 * of profedigaeth). Otherwise English words are not read as mutated Welsh ones: "contraceptive pill" is
 * not "bil" (a bill), "miles from home" not "biliau".
 */
const isWelsh = (index: SearchIndex, tokens: Token[], englishWord: boolean) =>
  tokens.some(({ stem }) => index.cymraeg.has(stem)) ||
  (!englishWord &&
    tokens.some(
      ({ stem, forms }) =>
        !index.terms.has(stem) && (index.cy.has(stem) || forms.some((form) => index.cymraeg.has(form))),
    ));

/** True when the data or the lexicon has the stem (a word of a service's text, or of a synonym). */
const knows = (index: SearchIndex, stem: string) => index.terms.has(stem) || index.vocab.has(stem);

/** True when the data (English or Welsh) or the lexicon has a form of the word. */
const knowsAForm = (index: SearchIndex, { forms }: Token) =>
  forms.some((form) => knows(index, form) || index.cy.has(form));

/** How to read a word of a query instead (see `respelled`), or '' to read it as it is. */
function respelling(index: SearchIndex, token: Token): string {
  const { typed } = token;
  if (knowsAForm(index, token)) return '';
  if (nearTerms(index, token.stem).length) return '';
  // A dropped g ("self harmin", "cuttin myself"): the -ing word, when the data or the lexicon has its stem.
  if (typed.endsWith('in')) {
    const ing = stem(`${typed}g`);
    if (knows(index, ing)) return `${typed}g`;
  }
  // One typo from a one-word synonym, it finds the synonym as it is.
  const oneWord = ([first, ...rest]: Token[]) => rest.every((word) => word.from) && oneTypoApart(token, first!);
  if (index.synonyms.some(([words]) => oneWord(words))) return '';
  for (const [word, read] of index.spellings) if (oneTypoFrom(typed, word)) return read;
  for (const word of index.written) if (oneTypoFrom(typed, word)) return word;
  return runTogether(index, typed);
}

/** Small words that may stand between words typed without the spaces ("needhelpwithdebt"). */
const JOINING = new Set('my to for and with'.split(' '));

/**
 * Words typed without the spaces between them ("BACKPAIN", "cantsleep", "NEEDHELPWITHDEBT"): up to
 * four, the fewest that make it up, each a word of four letters or more that the data or the lexicon
 * has, or between two such words a small word (`JOINING`); the first may be a "can't" or "don't".
 * '' when there are none.
 */
function runTogether(index: SearchIndex, typed: string): string {
  const isWord = (piece: string) => piece.length > 3 && knows(index, stem(piece));
  // fewest[end]: the fewest words that make up typed.slice(0, end)
  const fewest: Array<string[] | undefined> = [[]];
  for (let end = 1; end <= typed.length; end++)
    for (let start = 0; start < end; start++) {
      const before = fewest[start];
      const piece = typed.slice(start, end);
      const fits = start
        ? isWord(piece) || (JOINING.has(piece) && end < typed.length)
        : /^(cant|dont|wont)$/.test(piece) || isWord(piece);
      if (before && fits && (!fewest[end] || before.length + 1 < fewest[end]!.length)) fewest[end] = [...before, piece];
    }
  const words = fewest[typed.length];
  return words && words.length > 1 && words.length <= 4 ? words.join(' ') : '';
}

/**
 * Scores each document for `query`: the documents that match, in no order,
 * every document's score, and whether words of danger (a crisis synonym) were
 * typed. `why`, when given, collects what matched. Undefined: nothing to search for.
 */
function rank(
  index: SearchIndex,
  query: string,
  why?: Map<number, Why[]>,
): [matched: number[], scores: Float64Array, danger: boolean] | undefined {
  const all = respelled(index, tokenize(query, index.keep, true));
  const tokens = all.filter((t) => t.content);
  // An English query's words match the data and the synonyms as themselves, not as mutated Welsh words:
  // "pill" is not "bil" (a bill), nor "miles" "biliau". (Words of danger and of a death at work are read
  // in every form whatever the language: "dw i'n barod i farw" is danger without a word only Welsh has.)
  const englishWord = isEnglish(index, all);
  const welsh = isWelsh(index, all, englishWord);
  const english = !welsh && englishWord;
  // Typed arrays, not maps: a keystroke may score thousands of services. Made
  // once per index and zeroed after use, so typing leaves no garbage to collect.
  const size = index.docs.length;
  const [scores, best] = (index.scratch ??= [new Float64Array(size), new Float64Array(size), new Int32Array(size)]);
  const matched: number[] = [];
  const reasons = new Map<number, Why>();
  // One unit per query word and per synonym found; a document adds its best match in each unit.
  const score = (matches: Array<[Postings | undefined, number, Why[0] | undefined, string]>, allow?: Set<number>) => {
    const unit: number[] = [];
    for (const [postings = NONE, closeness, what, term] of matches) {
      for (let i = 0; i < postings.length; i += 2) {
        const doc = postings[i]!;
        if (allow && !allow.has(doc)) continue;
        const weight = postings[i + 1]! * closeness;
        if (weight > best[doc]!) {
          if (!best[doc]) unit.push(doc);
          best[doc] = weight;
          if (why) reasons.set(doc, [what!, term, weight]);
        }
      }
    }
    for (const doc of unit) {
      if (!scores[doc]) matched.push(doc);
      scores[doc] += best[doc]!;
      best[doc] = 0;
      why?.set(doc, [...(why.get(doc) ?? []), reasons.get(doc)!]);
    }
  };
  const known = (stem: string) => knows(index, stem);
  const find = (token: Token, stem = token.stem, exact = known(stem)) => {
    const matches: Array<[Postings, number, Token, string]> = [];
    const light = token.light ? 10 : 1;
    // A known word matches only itself; any other may be unfinished or mistyped.
    const same = index.terms.get(stem);
    if (exact) {
      if (same) matches.push([same, 1 / light, token, stem]);
    } else
      for (const [term, c] of nearTerms(index, stem))
        // An English word is not the start of a Welsh one, nor one typo from it ("dates" is not datblygiad).
        if (!english || !index.cymraeg.has(term)) matches.push([index.terms.get(term)!, c / light, token, term]);
    // Welsh: the word and its radicals against every form of the Welsh text's words.
    if (welsh)
      for (const form of token.forms) {
        const postings = index.cy.get(form);
        if (postings) matches.push([postings, token.light ? 0.1 : 1, token, form]);
      }
    return matches;
  };
  // Synonyms match word for word: a common word as typed; others by stem, in
  // any mutated form for a Welsh synonym, or one typo away from a word that is
  // not in the data or the synonyms ("killing myslef"; a phrase's first word
  // only when no synonym starts with the word as typed).
  const typo = (token: Token) => token.content && token.typed.length > 4 && !known(token.stem);
  const like = (token: Token | undefined, word: Token, mutates: boolean, typos: boolean) =>
    !!token &&
    (alikeOf(word).includes(token.stem) ||
      (!token.content
        ? token.typed === word.typed
        : token.stem === word.stem ||
          (mutates && welsh && token.forms.some((form) => word.forms.includes(form))) ||
          (typos && typo(token) && oneTypoApart(token, word))));
  const found = new Set<Synonym>();
  // Synonyms found, to score: their topics and what matched.
  const hits: Array<[topics: string[], what: Why[0] | undefined]> = [];
  // The topics of the phrases each word of the query is part of.
  const within: string[][] = [];
  // The words of a phrase found are taken: a shorter synonym within them for
  // other topics ("attack" in "panic attack") does not count, unless it is a
  // word of crisis; one for the same topics does ("covid" in "long covid").
  let taken = 0;
  let takenFor: string[] = [];
  // The query's words that say a time of night ("3am", "ganol nos"): they find no service by themselves.
  const whenWords = new Set<number>();
  // A death at work ("baby died on labour ward", "lost a patient") is a difficult event, for the debrief
  // and peer support, not a bereavement, unless it is one of your own ("my dad died on the ward").
  const [workplace, own, mine] = whoseDeath();
  const atWork = hasFormIn(all, workplace) && !hasFormIn(all, own);
  // A crisis word about someone else there ("a patient killed himself on the ward") is one too, and still
  // crisis; not one about oneself ("the ward is killing me"), which says nothing of a difficult event.
  const topicsOf = ([words, topics]: Synonym, at = -1) =>
    atWork && !hasFormIn(words, own)
      ? topics.flatMap((topic) =>
          topic === 'bereavement'
            ? ['difficult-events']
            : topic === 'crisis' && at >= 0 && !hasFormIn(all.slice(at, at + words.length), mine)
              ? ['crisis', 'difficult-events']
              : [topic],
        )
      : topics;
  const at = (i: number, synonyms: Synonym[], typos = false) => {
    const here = [...new Set(synonyms)].filter(
      (synonym) =>
        !found.has(synonym) &&
        !(
          i + synonym[0].length <= taken &&
          !topicsOf(synonym).some((topic) => topic === 'crisis' || takenFor.includes(topic))
        ) &&
        synonym[0].every((word, j) => like(all[i + j], word, synonym[2], typos)) &&
        // What an acronym stands for is not what was typed: "A&E" is not an emergency; nor is an
        // everyday phrase ("cutting corners"). (A phrase's own related words, "gym" after "running" in
        // "engine running", are its own.)
        !(
          synonym[1].includes('crisis') &&
          (synonym[0].some((word, j) => all[i + j]!.from && !word.from) || everydayAt(all, i))
        ),
    );
    // The longest phrase found here takes its words from shorter ones as well ("scared" in "scared for my life").
    const longest = here.reduce<Synonym | undefined>((a, b) => (a && a[0].length >= b[0].length ? a : b), undefined);
    const longestFor = longest ? topicsOf(longest) : [];
    let end = taken;
    let endFor = takenFor;
    for (const synonym of here) {
      const words = synonym[0];
      const topics = topicsOf(synonym, i);
      if (
        words.length < (longest?.[0].length ?? 0) &&
        !topics.some((topic) => topic === 'crisis' || longestFor.includes(topic))
      )
        continue;
      found.add(synonym);
      if (topics.includes(ANY_TIME)) for (let j = i; j < i + words.length; j++) whenWords.add(j);
      if (words.length > 1) {
        if (i + words.length > end) [end, endFor] = [i + words.length, topics];
        // A phrase, not one word with the words its acronym stands for ("hr": human resources).
        if (words.some((word, j) => j && !word.from))
          for (let j = i; j < i + words.length; j++) (within[j] ??= []).push(...topics);
      }
      hits.push([
        topics,
        why &&
          // As typed and as written, without the words a related word brought ("fitness", not "fitness gym").
          ([all.slice(i, i + words.length), words].map((list) =>
            list
              .filter((t, j) => !j || !t.from)
              .map((t) => t.typed)
              .join(' '),
          ) as [string, string]),
      ]);
    }
    [taken, takenFor] = [end, endFor];
    return here.length > 0;
  };
  all.forEach(
    (token, i) =>
      at(
        i,
        token.forms.flatMap((form) => index.first.get(form) ?? []),
        true,
      ) ||
      (typo(token) && at(i, index.synonyms, true)),
  );
  // Each query word. A word of a phrase found finds only the services with
  // one of the phrase's topics: "shouting" in "shouting at me" is not Shout.
  // (Stop words such as "stop" never score on their own, in a phrase or not.)
  let last = all.length - 1;
  while (last > 0 && !all[last]!.content) last--;
  all.forEach((token, i) => {
    if (!token.content || whenWords.has(i)) return;
    let matches = find(token);
    // Halfway through "worries" or "bullying" the stem is "wori" or "bulyin": try "wor", "bul".
    const stub = token.stem.replace(/[iy](e|in?)?$/, '');
    if (!matches.length && i === last && stub !== token.stem && stub.length > 2 && !known(token.stem))
      matches = find(token, stub, false);
    const topics = within[i];
    score(
      matches,
      topics && new Set(topics.flatMap((topic) => [...(index.topics.get(topic) ?? NONE)].filter((_, k) => !(k % 2)))),
    );
  });
  // Danger in words no phrase has (see `DANGER_RULES`): the urgent help route, as a crisis phrase would.
  // Once: a crisis phrase found already says it.
  const said = !hits.some(([topics]) => topics.includes('crisis')) && dangerInWords(all);
  if (said) hits.push([['crisis'], why && [said, '']]);
  // Each topic of a synonym counts on its own (a phrase may mean two things: "long covid" is work and health).
  // A time of night counts last, and only for what the rest of the query found, if it found anything:
  // "suicidal thoughts at 3am" puts Samaritans above a crisis service that is not open then, not the
  // pantry in; "help ganol nos" finds every service open day and night, not only those whose text says "nos".
  const scoreHit = ([topics, what]: (typeof hits)[number], allow?: Set<number>) => {
    for (const topic of topics) score([[index.topics.get(topic), TOPIC_WEIGHT[topic] ?? 1, what, topic]], allow);
  };
  const late = hits.filter(([topics]) => topics.includes(ANY_TIME));
  for (const hit of hits) if (!late.includes(hit)) scoreHit(hit);
  const foundByTheRest = matched.length ? new Set(matched) : undefined;
  for (const hit of late) scoreHit(hit, foundByTheRest);
  const danger = hits.some(([topics]) => topics.includes('crisis'));
  // A service for some staff groups counts less for a query that names none of them and none of the few
  // services' words it has: "bipolar at work" is not for the doctors' support service; "F2, stressed" and
  // "failed my exams" (its summary says exams, as few others do) are.
  if (index.audiences.size) {
    const named = groupsIn(all);
    const rare = tokens.flatMap((token) =>
      [index.terms.get(token.stem), ...(welsh ? token.forms.map((form) => index.cy.get(form)) : [])].filter(
        (postings): postings is Postings => !!postings && postings.length <= 2 * FEW_SERVICES,
      ),
    );
    const says = (doc: number) => rare.some((postings) => postings.some((d, k) => !(k % 2) && d === doc));
    for (const [doc, audience] of index.audiences) if (!(audience & named) && !says(doc)) scores[doc] *= NOT_FOR_YOU;
  }
  // Asking for help or support, and nothing found ("help", "I don't know what support I need"): where to start.
  if (!matched.length && !found.size && /\b(help|support)\b/i.test(query)) return rank(index, 'what support', why);
  return tokens.length || found.size ? [matched, scores, danger] : undefined;
}

/**
 * Danger said in words no phrase has: word classes in order, each within four words of the one
 * before (`|` between rules, `>` between classes). A wish to die ("want tae be deid", "barod i farw",
 * "should be the one dead"); pills taken in a quantity ("took a load of paracetamol", "wedi cymryd
 * llawer o dabledi"); not wanting to be here ("i dont wanna be here no more"); hitting oneself; a
 * threat by someone ("he said he would hurt me", "bydd e'n lladd fi"; not "will the jab hurt me", and
 * not "bydd e'n brifo", it will hurt; "neith o fy lladd i" and "bydd yn fy lladd", he'll kill me, but
 * not "ma'r audit yn fy lladd i", the audit is killing me); an ex waiting outside; asking how many
 * tablets it would take; cuts on arms or legs, deep, or again ("i cut again", "the urge to cut"); an
 * emergency now or tonight (not an emergency grant, nor the adran frys, A&E). Not "died" or "death":
 * those are mostly someone else's. Past tense for pills: "I take lots of tablets" is not an overdose.
 * A word written "=od" matches only as typed: "took an OD" is danger, "had an odd shift" (stem "od")
 * is not.
 */
/** Words for tablets, in two of the rules below. */
const TABLETS = 'tablets pills paracetamol meds tabs codamol painkillers tabledi';
const DANGER_RULES =
  'want wanna wish rather ready should hope eisiau moyn barod gwell hoffwn>die dying dead deid deed marw|' +
  `took taken swallowed necked cymryd llyncu>load loads lot lots many whole all box packet llwyth llawer gormod>${TABLETS}|` +
  'took taken had done taking>=od|' +
  'dont not never ddim dim>want wanna eisiau moyn>be bod>here around alive yma|' +
  'hit hitting punch punching bang banging scratch scratching starve starving taro>myself meself hun hunan|' +
  'he she they partner husband wife ex boyfriend girlfriend>would will gonna going threatened>hurt kill stab>me|' +
  'bydd>e fe nhw>lladd>fi|' +
  'neith wneith bydd>fy>lladd|' +
  'ex cyn>outside allan waiting aros|' +
  'cuts>arms arm wrists wrist legs leg thighs deep deeper|' +
  'urge urges tempted relapsed i>cut>again myself deep deeper|' +
  'emergency urgent urgently argyfwng brys>now tonight rwan heno nawr|' +
  `how>many much>${TABLETS}>would>take`;

/**
 * A crisis phrase in an everyday one, in the rules' form, each class within two words of the one before:
 * "cutting corners", "cutting back on drinking" and "cutting my hours" are not self-harm ("cutting my
 * arms", "cutting again after shifts" and "cutting" on its own still are); nor are an overdose of coffee,
 * saying goodbye to the team, knife crime, being tired of living in hospital accommodation, wanting to
 * disappear to the beach, or no future in band 5. Never a query that says suicide or self-harm: it must
 * offer the urgent help route ("suicide obs" may be a nurse's, "my self harm wounds" are danger).
 */
const EVERYDAY_RULES =
  'cutting>corners costs cost hours budget budgets|' +
  'cutting>back down>on|' +
  'overdose overdosed>coffee caffeine emails email chocolate sugar|' +
  'goodbye ffarwelio>card retirement leaving party cerdyn ymddeol parti|' +
  'goodbye ffarwelio>to the my our â r>team ward colleagues tim|' +
  'knife>crime|' +
  'tired>living>in>accommodation hospital flat house halls|' +
  'disappear diflannu>to i>beach holiday holidays spain traeth gwyliau sbaen|' +
  'no dim>future dyfodol>band career promotion progression gyrfa dyrchafiad';

type Rule = Array<Set<string>>;
/** Rules' word classes, as stems: read on the first search, not while the finder's file is evaluated. */
const rulesOf = (rules: string): Rule[] =>
  rules
    .split('|')
    .map((rule) =>
      rule.split('>').map((words) => new Set(words.split(' ').map((word) => (word[0] === '=' ? word : stem(word))))),
    );
let dangerRules: Rule[] | undefined;
let everydayRules: Rule[] | undefined;

/** Whether the `k`th token is one of a rule's words (see `wordsOf`). */
type Has = (k: number, words: Set<string>) => boolean;

/** A rule's words in `tokens`: a form of the word, or the word as typed for a rule's "=" words. */
function wordsOf(tokens: Token[]): Has {
  // Each word as typed made once, not for every word of every rule.
  const typed = tokens.map((token) => `=${token.typed}`);
  return (k, words) => formIn(tokens[k]!, words) || words.has(typed[k]!);
}

/** Where `rule` ends when it starts at the `i`th of `count` tokens, each class within `reach` words of the one before, or -1. */
function ruleEnd(rule: Rule, has: Has, count: number, i: number, reach: number): number {
  if (!has(i, rule[0]!)) return -1;
  let at = i;
  for (let c = 1; c < rule.length; c++) {
    const last = Math.min(count - 1, at + reach);
    let next = at + 1;
    while (next <= last && !has(next, rule[c]!)) next++;
    if (next > last) return -1;
    at = next;
  }
  return at;
}

/** The words typed that a danger rule found, or undefined. */
function dangerInWords(tokens: Token[]): string | undefined {
  dangerRules ??= rulesOf(DANGER_RULES);
  const has = wordsOf(tokens);
  for (const rule of dangerRules)
    for (let i = 0; i < tokens.length; i++) {
      const end = ruleEnd(rule, has, tokens.length, i, 4);
      if (end >= 0)
        return tokens
          .slice(i, end + 1)
          .map((token) => token.typed)
          .join(' ');
    }
  return undefined;
}

/** True when the `i`th token starts an everyday phrase (see `EVERYDAY_RULES`). */
function everydayAt(tokens: Token[], i: number): boolean {
  everydayRules ??= rulesOf(EVERYDAY_RULES);
  const has = wordsOf(tokens);
  return everydayRules.some((rule) => ruleEnd(rule, has, tokens.length, i, 2) >= 0);
}

/**
 * Synonym topics that count more: words of crisis double, so the urgent help
 * route comes near the top; words of how someone feels (mental health) a
 * little, as they are in most services' topics and so count as common, yet say
 * more than a word of where or what ("OCD getting worse since covid" finds
 * psychological support beside the vaccination clinic).
 */
const TOPIC_WEIGHT: Record<string, number> = { crisis: 2, 'mental-health': 1.3 };

/** How much a service for other staff groups counts (see `audienceOf`). */
const NOT_FOR_YOU = 0.5;
/** A word in this many services or fewer says which they are. */
const FEW_SERVICES = 3;

/** Above this many distinct scores, a plain sort is as quick as counting. */
const FEW = 64;

/**
 * The matched documents best first, ties in data order, each score back to
 * zero for the next search. Scores take few distinct values (field weights
 * times rarities, added up), so the documents are counted into one bucket
 * per score and only the distinct scores are compared: sorting thousands of
 * documents with a comparator was most of a keystroke at 50,000 services.
 * `bucketOf` is scratch space, one slot per document.
 */
function bestFirst(matched: number[], scores: Float64Array, bucketOf: Int32Array): number[] {
  const values: number[] = []; // each bucket's score
  const sizes: number[] = []; // how many documents each bucket has
  for (const doc of matched) {
    // A few buckets: looking along them is quicker than a Map of numbers.
    let bucket = values.indexOf(scores[doc]!);
    if (bucket < 0) {
      if (values.length > FEW) break;
      bucket = values.push(scores[doc]!) - 1;
      sizes.push(0);
    }
    sizes[bucket]!++;
    bucketOf[doc] = bucket;
  }
  if (values.length > FEW) {
    matched.sort((a, b) => scores[b]! - scores[a]! || a - b);
    for (const doc of matched) scores[doc] = 0;
    return matched;
  }
  // Each bucket starts after the documents with a higher score; in data order within it.
  const next = values.map((score) =>
    values.reduce((place, other, i) => (other > score ? place + sizes[i]! : place), 0),
  );
  const ranked = new Array<number>(matched.length);
  for (let doc = 0; doc < scores.length; doc++)
    if (scores[doc]) {
      ranked[next[bucketOf[doc]!]!++] = doc;
      scores[doc] = 0;
    }
  return ranked;
}

/**
 * Document numbers that match `query`, best first (ties in data order), or
 * `undefined` when the query has no meaningful words (show everything).
 */
export function search(index: SearchIndex, query: string): number[] | undefined {
  const ranked = rank(index, query);
  if (!ranked) return;
  const [found, scores, danger] = ranked;
  const matched = bestFirst(found, scores, index.scratch![2]);
  // The urgent help route needs one place in the top three, two at most: when
  // crisis services would fill all three, the best other match takes the third
  // ("emergency grant" still shows the hardship fund); when words of danger were
  // typed among words of something else ("after the baby died in resus I drove
  // to the bridge") and none is there, the best crisis service takes it.
  const crisis = index.topics.get('crisis') ?? NONE;
  const urgent = (doc: number) => crisis.some((d, k) => !(k % 2) && d === doc);
  const top = matched.slice(0, 3);
  const third = top.every(urgent)
    ? matched.findIndex((doc, i) => i > 2 && !urgent(doc))
    : danger && !top.some(urgent)
      ? matched.findIndex(urgent)
      : -1;
  if (third > 2) matched.splice(2, 0, ...matched.splice(third, 1));
  return matched;
}

/**
 * The query as the search read it, when it read a word as another ("phsyio"
 * as "physio", "selfharm" as "self harm"), so the finder can say so; otherwise
 * `undefined`. In lower case, without punctuation.
 */
export function readAs(index: SearchIndex, query: string): string | undefined {
  const read = respelled(index, tokenize(query, index.keep, true));
  if (!read.some((token) => token.spelt)) return undefined;
  return read
    .filter((token) => !token.from)
    .map((token) => token.typed)
    .join(' ');
}

/** One reason a service matched a query. */
export interface Reason {
  /** what was typed (in lower case, an acronym as typed): a word, an acronym ("OH"), or the words that matched a synonym */
  query: string;
  /**
   * `word`: the same word (or another form of it: worries, worried);
   * `start`: the start of a longer word, as you type; `typo`: one letter off;
   * `mutation`: a Welsh mutated form (nghefn, cefn); `acronym`: a word the
   * acronym stands for; `related`: a word the lexicon relates to the word
   * typed (meditation → mindfulness); `synonym`: an everyday word or phrase
   * for the topic; `danger`: words of danger in an order no phrase has
   * (see `DANGER_RULES`), for the crisis topic.
   */
  how: 'word' | 'start' | 'typo' | 'mutation' | 'acronym' | 'related' | 'synonym' | 'danger';
  /** the word in the service's text (in lower case), or the topic */
  matched: string;
  /** for a synonym: the word or phrase of the lexicon (or of the Trust's synonyms) that matched */
  synonym?: string;
  /** where the service has it */
  field: 'name' | 'topic' | 'summary';
}

/**
 * Why document `doc` matched `query`, strongest reason first: one reason per
 * query word or synonym that found it. Empty when it did not match. For
 * people checking their data (a studio, a test), not for each keystroke.
 */
export function explain(index: SearchIndex, query: string, doc: number): Reason[] {
  const why = new Map<number, Why[]>();
  const [matched, scores] = rank(index, query, why) ?? [[]];
  for (const doc of matched) scores![doc] = 0;
  const { name = '', topics = [], formats = [], summary = '', nameCy = '', summaryCy = '' } = index.docs[doc] ?? {};
  const fields: Array<[Reason['field'], Token[]]> = [
    ['name', tokenize(`${name} ${nameCy}`, index.keep, true)],
    [
      'topic',
      tokenize(
        [...topics, ...formats].map((t) => `${t.replace(/[-_]/g, ' ')} ${index.describe(topicKey(t))}`).join(' '),
        index.keep,
        true,
      ),
    ],
    ['summary', tokenize(`${summary} ${summaryCy}`, index.keep, true)],
  ];
  return (why.get(doc) ?? [])
    .sort((a, b) => b[2] - a[2])
    .map(([what, matched]): Reason => {
      if (Array.isArray(what))
        return what[1]
          ? { query: what[0], how: 'synonym', matched, field: 'topic', synonym: what[1] }
          : { query: what[0], how: 'danger', matched, field: 'topic' };
      // The first field with a word of that stem (or radical), as written there.
      for (const [field, tokens] of fields) {
        const word = tokens.find((t) => t.content && (t.stem === matched || t.forms.includes(matched)));
        if (word) {
          const how = what.spelt
            ? 'typo'
            : what.from
              ? `,${RELATED}`.includes(`,${what.from.toLowerCase()}=`)
                ? 'related'
                : 'acronym'
              : word.stem === what.stem
                ? 'word'
                : what.forms.some((form) => word.forms.includes(form))
                  ? 'mutation'
                  : word.stem.startsWith(what.stem.replace(/[iy](e|in?)?$/, ''))
                    ? 'start'
                    : 'typo';
          return {
            query: what.spelt ?? what.from ?? what.typed,
            how,
            matched: word.typed,
            field,
          };
        }
      }
      return { query: what.typed, how: 'word', matched, field: 'summary' };
    });
}
