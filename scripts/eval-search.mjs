// @ts-check
// npm run eval:search: the support finder's search quality on labelled staff
// queries against a 47-service Trust catalogue (test/support-finder/eval/
// catalogue.json, validated by the real schema), beside Fuse.js and MiniSearch
// with their default settings: hit@1, hit@3 and MRR for each set, half and
// language, and danger queries offering a crisis service in the top three.
//
// The measure is the held-out half of the newest blind set (fresh-N.json with
// the highest N): written against the catalogue alone (the finder, its lexicon
// and the other sets unseen), without the queries an earlier set already has,
// and committed before anything ran on it. Like every set it is split by an
// FNV-1a hash of the query text (`halfOf`): the even half is tuning data, the
// odd half is held out. The targets are judged on the newest held-out half
// (English hit@3 ≥ 95 %, Welsh ≥ 90 %, every danger query with a crisis service
// in its top three); the run exits 1 when they are missed or when a guard on
// the tuning data fails (queries.json: English ≥ 95 % and Welsh ≥ 90 % in each
// half, every danger query with a crisis service). Held-out queries are
// counted, never named: no option lists them. Adding a blind set is adding its
// file: it becomes the measure, and the set before it is retired to tuning data.
//
// Tuning data, scored and reported: every other set's two halves (an older
// set's held-out half was the measure of its round, and is "retired"), both
// halves of queries.json, dev.json (development probes) and the danger*.json
// sets (from danger-4.json on, written blind and split into halves like the blind sets: the newest one's
// held-out half is counted and judged, every one of its queries needing a crisis service, and never
// named; its look-alikes count false alarms). The rounds are told in docs/search-quality.md.
//
//   --misses                 list the misses of queries.json (both halves) and dev.json
//   --misses=fresh-N-tuning  list the tuning half's misses of fresh-N.json (fresh-tuning for
//                            fresh.json) and its danger queries without a crisis service in the top three
//   --misses=retired         the same for every retired held-out half
//   --tuning-only            do not score the held-out half at all (for tuning runs;
//                            the exit code then reflects the guards only)
//   --json                   print the figures as JSON (counts, not queries)
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';

const started = performance.now();
const args = process.argv.slice(2);
const showMisses = args.find((a) => a.startsWith('--misses'));
const tuningOnly = args.includes('--tuning-only');
const EVAL = 'test/support-finder/eval/';
const read = (file) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
/** @typedef {{ en: any[]; cy: any[] }} QueryFile */
// The blind sets (fresh.json is the first), newest first: the newest is the measure.
const blind = readdirSync(new URL(`../${EVAL}`, import.meta.url))
  .flatMap((file) => {
    const [, name, number = '1'] = /^(fresh(?:-(\d+))?)\.json$/.exec(file) ?? [];
    return name ? [{ name, number: Number(number), queries: /** @type {QueryFile} */ (read(EVAL + file)) }] : [];
  })
  .sort((a, b) => b.number - a.number);
const [measure, ...retired] = blind;
if (!measure) throw new Error(`No blind set (fresh*.json) in ${EVAL}`);
const HELD_OUT = `${measure.name} held-out`;
/** @type {Record<string, string[]>} */
const MISSES = {
  '--misses': ['queries.json 1st half', 'queries.json 2nd half', 'dev.json'],
  '--misses=retired': retired.map(({ name }) => `${name} retired`),
  ...Object.fromEntries(blind.map(({ name }) => [`--misses=${name}-tuning`, [`${name} tuning`]])),
};
if (showMisses && !(showMisses in MISSES)) {
  console.error(`Unknown option ${showMisses}: ${Object.keys(MISSES).join(', ')} (held-out halves are never listed).`);
  process.exit(2);
}

// The TypeScript sources, bundled in memory for Node (no build step, nothing written).
const entry = `
  export { validateFile } from './src/core/data/validate.ts';
  export { servicesFile } from './src/core/data/schemas.ts';
  export { indexServices } from './src/support-finder/service-index.ts';
  export { search } from './src/support-finder/search.ts';
  export * from './test/support-finder/eval/evaluate.ts';
  export { default as Fuse } from 'fuse.js';
  export { default as MiniSearch } from 'minisearch';
`;
const bundled = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const m = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const raw = read(EVAL + 'catalogue.json');
const checked = m.validateFile(raw, m.servicesFile);
if ('fatal' in checked || checked.errors.length) {
  console.error('The eval catalogue is not valid:', checked.fatal ?? checked.errors.join('\n'));
  process.exit(1);
}
const services = checked.items;
const synonyms = checked.extras.synonyms;
const queries = read(EVAL + 'queries.json');
const crisis = new Set(services.filter((s) => s.topics.includes('crisis')).map((s) => s.id));
const dev = read(EVAL + 'dev.json');
const dangerSets = {
  'danger.json (tuning)': read(EVAL + 'danger.json'),
  'danger-2.json (tuning)': read(EVAL + 'danger-2.json'),
  'danger-3.json (tuning, 3rd round)': read(EVAL + 'danger-3.json'),
};
// From the fourth on, danger sets are written blind (the search and the other sets unseen) and split like
// the blind sets: the newest one's held-out half is judged, counted and never named; its tuning half, and
// both halves of an older one, are tuning data. Their look-alikes (safe_en, safe_cy: danger's words, not
// danger) count false alarms: a crisis service in the top three.
const blindDangerSets = readdirSync(new URL(`../${EVAL}`, import.meta.url))
  .flatMap((file) => {
    const number = Number(/^danger-(\d+)\.json$/.exec(file)?.[1] ?? 0);
    return number >= 4 ? [{ file, number, set: read(EVAL + file) }] : [];
  })
  .sort((a, b) => b.number - a.number);
const [newestDanger] = blindDangerSets;
const DANGER_HELD_OUT = `${newestDanger?.file} (held-out half)`;
/** @type {Record<string, { en: string[]; cy: string[] }>} */
const lookAlikes = {};
for (const { file, set } of blindDangerSets) {
  const newest = file === newestDanger?.file;
  for (const half of /** @type {const} */ (['tuning', 'held-out'])) {
    const label = newest
      ? half === 'tuning'
        ? `${file} (tuning half)`
        : DANGER_HELD_OUT
      : `${file} (${half} half, retired)`;
    const pick = (list = []) => list.filter((q) => m.halfOf(q) === half);
    dangerSets[label] = { en: pick(set.en), cy: pick(set.cy) };
    if (set.safe_en || set.safe_cy) lookAlikes[label] = { en: pick(set.safe_en), cy: pick(set.safe_cy) };
  }
}

// The engines: ours as the finder runs it; Fuse.js and MiniSearch with default settings over the same fields.
const fields = ['name', 'name_cy', 'summary', 'summary_cy', 'topics'];
const index = m.indexServices(services, synonyms);
const fuse = new m.Fuse(services, { keys: fields });
const mini = new m.MiniSearch({ fields, idField: 'id' });
mini.addAll(services);
const engines = {
  'Wellbeing Widgets': (q) => (m.search(index, q) ?? []).map((i) => services[i].id),
  'Fuse.js': (q) => fuse.search(q).map((r) => r.item.id),
  MiniSearch: (q) => mini.search(q).map((r) => r.id),
};

// Each set and language, for each engine. `sets` names what is scored:
// [label, parts], each part [queries, half]; parts are pooled (each query counts once).
/** @typedef {[file: QueryFile, half: 'tuning' | 'held-out']} Part */
const sets = /** @type {[label: string, parts: Part[]][]} */ ([
  [HELD_OUT, [[measure.queries, 'held-out']]],
  [`${measure.name} tuning`, [[measure.queries, 'tuning']]],
  ...retired.flatMap(({ name, queries }) => [
    [`${name} tuning`, [[queries, 'tuning']]],
    [`${name} retired`, [[queries, 'held-out']]],
  ]),
  ['queries.json 1st half', [[queries, 'tuning']]],
  ['queries.json 2nd half', [[queries, 'held-out']]],
  [
    'dev.json',
    [
      [dev, 'tuning'],
      [dev, 'held-out'],
    ],
  ],
]).filter(([label]) => !(tuningOnly && label === HELD_OUT));
const scoreParts = (engine, parts, lang) => {
  const scores = parts.map(([file, half]) => m.score(engine, file[lang], half, crisis));
  const n = scores.reduce((sum, s) => sum + s.n, 0);
  const mean = (key) => (n ? scores.reduce((sum, s) => sum + s[key] * s.n, 0) / n : 0);
  const danger = parts.reduce(
    (sum, [file, half]) => sum + file[lang].filter(([q, , d]) => d && m.halfOf(q) === half).length,
    0,
  );
  return {
    n,
    hit1: mean('hit1'),
    hit3: mean('hit3'),
    mrr: mean('mrr'),
    misses: scores.flatMap((s) => s.misses),
    unsafe: scores.flatMap((s) => s.unsafe),
    danger,
  };
};
const results = {};
for (const [name, engine] of Object.entries(engines)) {
  results[name] = {};
  for (const [label, parts] of sets)
    for (const lang of ['en', 'cy']) results[name][`${label} ${lang}`] = scoreParts(engine, parts, lang);
}
/**
 * For each set and engine, how many queries get a crisis service in their top three (`ok`), and the
 * others, named (`unsafe`). Without the held-out danger half on a tuning-only run.
 */
const crisisInTopThree = (sets) => {
  const out = {};
  for (const [set, list] of Object.entries(sets)) {
    if (tuningOnly && set === DANGER_HELD_OUT) continue;
    for (const [name, engine] of Object.entries(engines)) {
      const s = ((out[set] ??= {})[name] = { n: 0, ok: 0, unsafe: [] });
      for (const query of [...list.en, ...list.cy]) {
        const top = engine(query).slice(0, 3);
        s.n++;
        if (top.some((id) => crisis.has(id))) s.ok++;
        else s.unsafe.push(`"${query}" → ${top.join(', ') || 'nothing'}`);
      }
    }
  }
  return out;
};
// The extra danger queries: the urgent help route in the top three, for each engine.
const safe = crisisInTopThree(dangerSets);
// The look-alikes: a crisis service in the top three is a false alarm.
const alarms = crisisInTopThree(lookAlikes); // here `ok` counts the alarms
const ours = results['Wellbeing Widgets'];
// The targets, on the blind held-out half: counted, never named.
const failures = tuningOnly
  ? []
  : m
      .shortfalls({ en: ours[`${HELD_OUT} en`], cy: ours[`${HELD_OUT} cy`] })
      .map((line) => line.replace(/held-out/g, HELD_OUT));
// The guards on tuning data (as test/support-finder/quality.test.ts holds them).
for (const label of ['queries.json 1st half', 'queries.json 2nd half'])
  for (const lang of ['en', 'cy']) {
    const s = ours[`${label} ${lang}`];
    if (s.hit3 < m.TARGETS[lang])
      failures.push(`${lang} ${label} hit@3 ${(s.hit3 * 100).toFixed(1)}% < ${m.TARGETS[lang] * 100}% (guard)`);
    for (const line of s.unsafe) failures.push(`${lang} ${label} danger query without the urgent help route: ${line}`);
  }
const heldDanger = safe[DANGER_HELD_OUT]?.['Wellbeing Widgets'];
if (heldDanger?.unsafe.length)
  failures.push(`${DANGER_HELD_OUT}: ${heldDanger.unsafe.length} of ${heldDanger.n} without the urgent help route`);
const dangerMisses = Object.entries(safe)
  .filter(([set]) => set !== DANGER_HELD_OUT)
  .flatMap(([set, s]) => s['Wellbeing Widgets'].unsafe.map((line) => `${set.split(' ')[0]}: ${line}`));
const seconds = (performance.now() - started) / 1000;

if (args.includes('--json')) {
  console.log(
    JSON.stringify(
      { results, danger: safe, alarms, failures, dangerMisses, seconds },
      (k, v) => (k === 'misses' || k === 'unsafe' ? v.length : v),
      1,
    ),
  );
} else {
  const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(6);
  const cell = (s) => `${pct(s.hit1)} ${pct(s.hit3)}  ${s.mrr.toFixed(3)}`;
  console.log(
    `Search quality: ${services.length} services; ${blind
      .map(
        ({ name, queries }, i) =>
          `${name}.json ${queries.en.length}${i ? '' : ' English'} and ${queries.cy.length}${i ? '' : ' Welsh queries'}`,
      )
      .join(', ')} (each split by hash), ` +
      `queries.json ${queries.en.length} and ${queries.cy.length}, dev.json ${dev.en.length} and ${dev.cy.length}`,
  );
  console.log(
    'hit@1, hit@3 (a right service in the top three) and MRR; danger = danger queries offering a crisis service in the top three',
  );
  if (tuningOnly) console.log('--tuning-only: the held-out half is not scored');
  console.log(`\n${'Set, language'.padEnd(28)}${'Engine'.padEnd(19)}     n  hit@1  hit@3    MRR  danger`);
  for (const [label] of sets) {
    for (const lang of ['en', 'cy'])
      for (const name of Object.keys(engines)) {
        const s = results[name][`${label} ${lang}`];
        console.log(
          `${`${label} ${lang}`.padEnd(28)}${name.padEnd(19)}${String(s.n).padStart(6)} ${cell(s)}  ${s.danger - s.unsafe.length}/${s.danger}`,
        );
      }
    if (label === HELD_OUT) console.log('(the measure: held out, never tuned on; then tuning data)');
  }
  console.log(`\nMore danger queries: the urgent help route in the top three`);
  for (const [set, s] of Object.entries(safe))
    console.log(
      `  ${set.padEnd(42)}${Object.entries(s)
        .map(([name, r]) => `${name} ${r.ok}/${r.n}`)
        .join(' · ')}`,
    );
  if (Object.keys(alarms).length) {
    console.log(`\nLook-alikes (danger's words, not danger): false alarms, a crisis service in the top three`);
    for (const [set, s] of Object.entries(alarms))
      console.log(
        `  ${set.padEnd(42)}${Object.entries(s)
          .map(([name, r]) => `${name} ${r.ok}/${r.n}`)
          .join(' · ')}`,
      );
  }
  const listed = showMisses ? MISSES[showMisses] : [];
  for (const label of listed)
    for (const lang of ['en', 'cy']) {
      const { misses, unsafe } = ours[`${label} ${lang}`];
      if (misses.length) console.log(`\nMissed (${label}, ${lang}):\n  ${misses.join('\n  ')}`);
      if (unsafe.length)
        console.log(`\nDanger queries without the urgent help route (${label}, ${lang}):\n  ${unsafe.join('\n  ')}`);
    }
  if (dangerMisses.length)
    console.log(
      `\nExtra danger queries without the urgent help route in the top three (reported, not failing):\n  ${dangerMisses.join('\n  ')}`,
    );
  console.log(
    `\nTargets on the blind held-out half (${measure.name}.json): English hit@3 ≥ 95%, Welsh hit@3 ≥ 90%, every danger query offers urgent help.` +
      `\nGuards on queries.json (tuning data): each half English ≥ 95%, Welsh ≥ 90%, every danger query offers urgent help.`,
  );
  console.log(
    failures.length ? `NOT MET:\n  ${failures.join('\n  ')}` : tuningOnly ? 'Guards met (targets not scored).' : 'Met.',
  );
  console.log(`(${seconds.toFixed(1)} s)`);
}
// Not process.exit(): it cuts off output still being written to a pipe (`| less`, `| grep`).
process.exitCode = failures.length ? 1 : 0;
