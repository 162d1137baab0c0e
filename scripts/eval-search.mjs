// @ts-check
// npm run eval:search: the support finder's search quality on labelled staff
// queries against a 47-service Trust catalogue (test/support-finder/eval/
// catalogue.json, validated by the real schema), beside Fuse.js and MiniSearch
// with their default settings: hit@1, hit@3 and MRR for each set, half and
// language, and danger queries offering a crisis service in the top three.
//
// The measure is the thirteenth blind set, fresh-13.json, written by two authors
// against the catalogue alone (the finder, its lexicon and the other sets
// unseen), without the queries an earlier set already has (the earlier sets
// share up to a third of their queries: a repeat would be scored as unseen
// when it had been tuned on). Like every set it is split by an FNV-1a hash
// of the query text (`halfOf`): the even half is tuning data, the odd half is
// held out. The targets are judged on its held-out half (English hit@3 ≥ 95 %,
// Welsh ≥ 90 %, every danger query with a crisis service in its top three);
// the run exits 1 when they are missed or when a guard on the tuning data
// fails (queries.json: English ≥ 95 % and Welsh ≥ 90 % in each half, every
// danger query with a crisis service). Held-out queries are counted, never
// named: no option lists them.
//
// Tuning data, scored and reported: both halves of queries.json (first two
// rounds), fresh.json and fresh-2.json (their tuning halves in the third and
// fourth rounds; their held-out halves, the measure until then and scored
// before and after the fourth, are retired to tuning data from the fifth),
// fresh-3.json (its tuning half in the fifth round; its held-out half, the
// measure of the fifth, retired from the sixth), fresh-4.json (its tuning
// half in the sixth round; its held-out half, the measure of the sixth,
// retired from the seventh), fresh-5.json (its tuning half in the seventh
// round; its held-out half, the measure of the seventh, retired from the
// eighth), fresh-6.json (its tuning half in the eighth round; its held-out
// half, the measure of the eighth, retired from the ninth), fresh-7.json (its
// tuning half in the ninth round; its held-out half, the measure of the ninth,
// retired from the tenth), fresh-8.json (its tuning half in the tenth round;
// its held-out half, the measure of the tenth, retired from the eleventh),
// fresh-9.json (its tuning half in the eleventh round; its held-out half, the
// measure of the eleventh, retired from the twelfth), fresh-10.json (its
// tuning half in the twelfth round; its held-out half, the measure of the
// twelfth, retired from the thirteenth), fresh-11.json (its tuning half in
// the thirteenth round; its held-out half, the measure of the thirteenth,
// scored three times, retired from the fourteenth), fresh-12.json (its
// tuning half in the fourteenth round; its held-out half, the measure of the
// fourteenth, scored twice, retired from the fifteenth), fresh-13.json's
// tuning half (fifteenth), dev.json (development probes) and the danger*.json sets.
//
//   --misses                 list the misses of queries.json (both halves) and dev.json
//   --misses=fresh-tuning    list the fresh.json tuning half's misses and its danger
//                            queries without a crisis service in the top three
//   --misses=fresh-2-tuning  the same for fresh-2.json's tuning half
//   --misses=retired         the same for the retired halves of fresh.json and fresh-2.json to fresh-12.json
//   --misses=fresh-3-tuning  the same for fresh-3.json's tuning half
//   --misses=fresh-4-tuning  the same for fresh-4.json's tuning half
//   --misses=fresh-5-tuning  the same for fresh-5.json's tuning half
//   --misses=fresh-6-tuning  the same for fresh-6.json's tuning half
//   --misses=fresh-7-tuning  the same for fresh-7.json's tuning half
//   --misses=fresh-8-tuning  the same for fresh-8.json's tuning half
//   --misses=fresh-9-tuning  the same for fresh-9.json's tuning half
//   --misses=fresh-10-tuning the same for fresh-10.json's tuning half
//   --misses=fresh-11-tuning the same for fresh-11.json's tuning half
//   --misses=fresh-12-tuning the same for fresh-12.json's tuning half
//   --misses=fresh-13-tuning the same for fresh-13.json's tuning half
//   --tuning-only            do not score the held-out half at all (for tuning runs;
//                            the exit code then reflects the guards only)
//   --json                 print the figures as JSON (counts, not queries)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const started = performance.now();
const args = process.argv.slice(2);
const showMisses = args.find((a) => a.startsWith('--misses'));
const tuningOnly = args.includes('--tuning-only');
const MISSES = {
  '--misses': ['queries.json 1st half', 'queries.json 2nd half', 'dev.json'],
  '--misses=fresh-tuning': ['fresh tuning'],
  '--misses=fresh-2-tuning': ['fresh-2 tuning'],
  '--misses=retired': [
    'fresh retired',
    'fresh-2 retired',
    'fresh-3 retired',
    'fresh-4 retired',
    'fresh-5 retired',
    'fresh-6 retired',
    'fresh-7 retired',
    'fresh-8 retired',
    'fresh-9 retired',
    'fresh-10 retired',
    'fresh-11 retired',
    'fresh-12 retired',
  ],
  '--misses=fresh-3-tuning': ['fresh-3 tuning'],
  '--misses=fresh-4-tuning': ['fresh-4 tuning'],
  '--misses=fresh-5-tuning': ['fresh-5 tuning'],
  '--misses=fresh-6-tuning': ['fresh-6 tuning'],
  '--misses=fresh-7-tuning': ['fresh-7 tuning'],
  '--misses=fresh-8-tuning': ['fresh-8 tuning'],
  '--misses=fresh-9-tuning': ['fresh-9 tuning'],
  '--misses=fresh-10-tuning': ['fresh-10 tuning'],
  '--misses=fresh-11-tuning': ['fresh-11 tuning'],
  '--misses=fresh-12-tuning': ['fresh-12 tuning'],
  '--misses=fresh-13-tuning': ['fresh-13 tuning'],
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

const read = (file) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
const raw = read('test/support-finder/eval/catalogue.json');
const checked = m.validateFile(raw, m.servicesFile);
if ('fatal' in checked || checked.errors.length) {
  console.error('The eval catalogue is not valid:', checked.fatal ?? checked.errors.join('\n'));
  process.exit(1);
}
const services = checked.items;
const synonyms = checked.extras.synonyms;
const queries = read('test/support-finder/eval/queries.json');
const crisis = new Set(services.filter((s) => s.topics.includes('crisis')).map((s) => s.id));
const fresh = read('test/support-finder/eval/fresh.json');
const fresh2 = read('test/support-finder/eval/fresh-2.json');
const fresh3 = read('test/support-finder/eval/fresh-3.json');
const fresh4 = read('test/support-finder/eval/fresh-4.json');
const fresh5 = read('test/support-finder/eval/fresh-5.json');
const fresh6 = read('test/support-finder/eval/fresh-6.json');
const fresh7 = read('test/support-finder/eval/fresh-7.json');
const fresh8 = read('test/support-finder/eval/fresh-8.json');
const fresh9 = read('test/support-finder/eval/fresh-9.json');
const fresh10 = read('test/support-finder/eval/fresh-10.json');
const fresh11 = read('test/support-finder/eval/fresh-11.json');
const fresh12 = read('test/support-finder/eval/fresh-12.json');
const fresh13 = read('test/support-finder/eval/fresh-13.json');
const dev = read('test/support-finder/eval/dev.json');
const dangerSets = {
  'danger.json (tuning)': read('test/support-finder/eval/danger.json'),
  'danger-2.json (tuning)': read('test/support-finder/eval/danger-2.json'),
  'danger-3.json (tuning, 3rd round)': read('test/support-finder/eval/danger-3.json'),
};

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
const HELD_OUT = 'fresh-13 held-out';
/** @typedef {[file: { en: any[]; cy: any[] }, half: 'tuning' | 'held-out']} Part */
const sets = /** @type {[label: string, parts: Part[]][]} */ ([
  [HELD_OUT, [[fresh13, 'held-out']]],
  ['fresh-13 tuning', [[fresh13, 'tuning']]],
  ['fresh-12 tuning', [[fresh12, 'tuning']]],
  ['fresh-12 retired', [[fresh12, 'held-out']]],
  ['fresh-11 tuning', [[fresh11, 'tuning']]],
  ['fresh-11 retired', [[fresh11, 'held-out']]],
  ['fresh-10 tuning', [[fresh10, 'tuning']]],
  ['fresh-10 retired', [[fresh10, 'held-out']]],
  ['fresh-9 tuning', [[fresh9, 'tuning']]],
  ['fresh-9 retired', [[fresh9, 'held-out']]],
  ['fresh-8 tuning', [[fresh8, 'tuning']]],
  ['fresh-8 retired', [[fresh8, 'held-out']]],
  ['fresh-7 tuning', [[fresh7, 'tuning']]],
  ['fresh-7 retired', [[fresh7, 'held-out']]],
  ['fresh-6 tuning', [[fresh6, 'tuning']]],
  ['fresh-6 retired', [[fresh6, 'held-out']]],
  ['fresh-5 tuning', [[fresh5, 'tuning']]],
  ['fresh-5 retired', [[fresh5, 'held-out']]],
  ['fresh-4 tuning', [[fresh4, 'tuning']]],
  ['fresh-4 retired', [[fresh4, 'held-out']]],
  ['fresh-3 tuning', [[fresh3, 'tuning']]],
  ['fresh-3 retired', [[fresh3, 'held-out']]],
  ['fresh tuning', [[fresh, 'tuning']]],
  ['fresh retired', [[fresh, 'held-out']]],
  ['fresh-2 tuning', [[fresh2, 'tuning']]],
  ['fresh-2 retired', [[fresh2, 'held-out']]],
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
// The extra danger queries: the urgent help route in the top three, for each engine.
const safe = {};
for (const [set, list] of Object.entries(dangerSets)) {
  for (const [name, engine] of Object.entries(engines)) {
    const s = ((safe[set] ??= {})[name] = { n: 0, ok: 0, unsafe: [] });
    for (const query of [...list.en, ...list.cy]) {
      const top = engine(query).slice(0, 3);
      s.n++;
      if (top.some((id) => crisis.has(id))) s.ok++;
      else s.unsafe.push(`"${query}" → ${top.join(', ') || 'nothing'}`);
    }
  }
}
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
const dangerMisses = Object.entries(safe).flatMap(([set, s]) =>
  s['Wellbeing Widgets'].unsafe.map((line) => `${set.split(' ')[0]}: ${line}`),
);
const seconds = (performance.now() - started) / 1000;

if (args.includes('--json')) {
  console.log(
    JSON.stringify(
      { results, danger: safe, failures, dangerMisses, seconds },
      (k, v) => (k === 'misses' || k === 'unsafe' ? v.length : v),
      1,
    ),
  );
} else {
  const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(6);
  const cell = (s) => `${pct(s.hit1)} ${pct(s.hit3)}  ${s.mrr.toFixed(3)}`;
  console.log(
    `Search quality: ${services.length} services; fresh-13.json ${fresh13.en.length} English and ${fresh13.cy.length} Welsh queries, fresh-12.json ${fresh12.en.length} and ${fresh12.cy.length}, fresh-11.json ${fresh11.en.length} and ${fresh11.cy.length}, fresh-10.json ${fresh10.en.length} and ${fresh10.cy.length}, fresh-9.json ${fresh9.en.length} and ${fresh9.cy.length}, fresh-8.json ${fresh8.en.length} and ${fresh8.cy.length}, fresh-7.json ${fresh7.en.length} and ${fresh7.cy.length}, fresh-6.json ${fresh6.en.length} and ${fresh6.cy.length}, fresh-5.json ${fresh5.en.length} and ${fresh5.cy.length}, fresh-4.json ${fresh4.en.length} and ${fresh4.cy.length}, fresh-3.json ${fresh3.en.length} and ${fresh3.cy.length}, fresh.json ${fresh.en.length} and ${fresh.cy.length}, fresh-2.json ${fresh2.en.length} and ${fresh2.cy.length} (each split by hash), ` +
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
      `  ${set.padEnd(35)}${Object.entries(s)
        .map(([name, r]) => `${name} ${r.ok}/${r.n}`)
        .join(' · ')}`,
    );
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
    `\nTargets on the blind held-out half (fresh-13.json): English hit@3 ≥ 95%, Welsh hit@3 ≥ 90%, every danger query offers urgent help.` +
      `\nGuards on queries.json (tuning data): each half English ≥ 95%, Welsh ≥ 90%, every danger query offers urgent help.`,
  );
  console.log(
    failures.length ? `NOT MET:\n  ${failures.join('\n  ')}` : tuningOnly ? 'Guards met (targets not scored).' : 'Met.',
  );
  console.log(`(${seconds.toFixed(1)} s)`);
}
// Not process.exit(): it cuts off output still being written to a pipe (`| less`, `| grep`).
process.exitCode = failures.length ? 1 : 0;
