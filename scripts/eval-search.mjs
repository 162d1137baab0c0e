// @ts-check
// npm run eval:search: the support finder's search quality on labelled staff
// queries against a 47-service Trust catalogue (test/support-finder/eval/
// catalogue.json, validated by the real schema), beside Fuse.js and MiniSearch
// with their default settings: hit@1, hit@3 and MRR for each set, half and
// language, and danger queries offering a crisis service in the top three.
//
// The measure is fresh.json, written blind against the catalogue. It is split
// the way queries.json is (FNV-1a hash of the query text, `halfOf`): the even
// half is tuning data (third round), the odd half is held out. The run exits 1
// when the targets are missed on the fresh held-out half (English hit@3 ≥ 95 %,
// Welsh ≥ 90 %, every danger query with a crisis service in its top three) or
// when a guard on the tuning data fails (queries.json: English ≥ 95 % and Welsh
// ≥ 90 % in each half, every danger query with a crisis service).
// The held-out half's queries are counted, never named: no option lists them.
//
// Tuning data, scored and reported: both halves of queries.json (tuned on in the
// first two rounds), the fresh tuning half, dev.json (development probes) and
// the danger*.json sets.
//
//   --misses               list the misses of queries.json (both halves) and dev.json
//   --misses=fresh-tuning  list the fresh tuning half's misses and its danger queries
//                          without a crisis service in the top three
//   --tuning-only          do not score the fresh held-out half at all (for tuning runs;
//                          the exit code then reflects the guards only)
//   --json                 print the figures as JSON (counts, not queries)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const started = performance.now();
const args = process.argv.slice(2);
const showMisses = args.find((a) => a.startsWith('--misses'));
const tuningOnly = args.includes('--tuning-only');
if (showMisses && !['--misses', '--misses=fresh-tuning'].includes(showMisses)) {
  console.error(
    `Unknown option ${showMisses}: --misses or --misses=fresh-tuning (the fresh held-out half is never listed).`,
  );
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

// Each set, half and language, for each engine. `sets` names what is scored:
// [label, queries, half or 'both' (pooled: each query counts once)].
const sets = [
  ['fresh held-out', fresh, 'held-out'],
  ['fresh tuning', fresh, 'tuning'],
  ['queries.json 1st half', queries, 'tuning'],
  ['queries.json 2nd half', queries, 'held-out'],
  ['dev.json', dev, 'both'],
].filter(([label]) => !(tuningOnly && label === 'fresh held-out'));
const scoreSet = (engine, list, half) => {
  if (half !== 'both') return m.score(engine, list, half, crisis);
  const parts = ['tuning', 'held-out'].map((h) => m.score(engine, list, h, crisis));
  const n = parts[0].n + parts[1].n;
  const mean = (key) => (n ? (parts[0][key] * parts[0].n + parts[1][key] * parts[1].n) / n : 0);
  return {
    n,
    hit1: mean('hit1'),
    hit3: mean('hit3'),
    mrr: mean('mrr'),
    misses: parts.flatMap((p) => p.misses),
    unsafe: parts.flatMap((p) => p.unsafe),
  };
};
const dangerCount = (list, half) => list.filter(([q, , d]) => d && (half === 'both' || m.halfOf(q) === half)).length;
const results = {};
for (const [name, engine] of Object.entries(engines)) {
  results[name] = {};
  for (const [label, file, half] of sets)
    for (const lang of ['en', 'cy']) {
      const s = scoreSet(engine, file[lang], half);
      results[name][`${label} ${lang}`] = { ...s, danger: dangerCount(file[lang], half) };
    }
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
// The targets, on the fresh held-out half: counted, never named.
const failures = tuningOnly
  ? []
  : m
      .shortfalls({ en: ours['fresh held-out en'], cy: ours['fresh held-out cy'] })
      .map((line) => line.replace(/held-out/g, 'fresh held-out'));
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
    `Search quality: ${services.length} services; fresh.json ${fresh.en.length} English and ${fresh.cy.length} Welsh queries (split by hash), ` +
      `queries.json ${queries.en.length} and ${queries.cy.length}, dev.json ${dev.en.length} and ${dev.cy.length}`,
  );
  console.log(
    'hit@1, hit@3 (a right service in the top three) and MRR; danger = danger queries offering a crisis service in the top three',
  );
  if (tuningOnly) console.log('--tuning-only: the fresh held-out half is not scored');
  console.log(`\n${'Set, language'.padEnd(25)}${'Engine'.padEnd(19)}     n  hit@1  hit@3    MRR  danger`);
  for (const [label] of sets) {
    for (const lang of ['en', 'cy'])
      for (const name of Object.keys(engines)) {
        const s = results[name][`${label} ${lang}`];
        console.log(
          `${`${label} ${lang}`.padEnd(25)}${name.padEnd(19)}${String(s.n).padStart(6)} ${cell(s)}  ${s.danger - s.unsafe.length}/${s.danger}`,
        );
      }
    if (label === 'fresh held-out') console.log('(the measure: held out, never tuned on)');
  }
  console.log(`\nMore danger queries: the urgent help route in the top three`);
  for (const [set, s] of Object.entries(safe))
    console.log(
      `  ${set.padEnd(35)}${Object.entries(s)
        .map(([name, r]) => `${name} ${r.ok}/${r.n}`)
        .join(' · ')}`,
    );
  const listed =
    showMisses === '--misses'
      ? ['queries.json 1st half', 'queries.json 2nd half', 'dev.json']
      : showMisses === '--misses=fresh-tuning'
        ? ['fresh tuning']
        : [];
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
    `\nTargets on the fresh held-out half: English hit@3 ≥ 95%, Welsh hit@3 ≥ 90%, every danger query offers urgent help.` +
      `\nGuards on queries.json (tuning data): each half English ≥ 95%, Welsh ≥ 90%, every danger query offers urgent help.`,
  );
  console.log(
    failures.length ? `NOT MET:\n  ${failures.join('\n  ')}` : tuningOnly ? 'Guards met (targets not scored).' : 'Met.',
  );
  console.log(`(${seconds.toFixed(1)} s)`);
}
process.exit(failures.length ? 1 : 0);
