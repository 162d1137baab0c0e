// @ts-check
// npm run eval:search: the support finder's search quality on the labelled staff
// queries (test/support-finder/eval/queries.json) against a 47-service Trust
// catalogue (test/support-finder/eval/catalogue.json, validated by the real
// schema), beside Fuse.js and MiniSearch with their default settings.
// Prints hit@1, hit@3 and MRR for each half and language, and exits 1 when
// the targets are missed: on the held-out half, English hit@3 ≥ 95 % and Welsh
// ≥ 90 %; and every danger query in either half offers a crisis service (the
// urgent help route) in its top three. It also reports, without failing, three
// extra sets of danger queries written later: danger.json and danger-2.json
// became tuning data, danger-3.json was never tuned on.
// With --fresh it also scores fresh.json, a later set written blind against the
// catalogue and held out whole (no halves), for each engine and language:
// hit@1, hit@3, MRR and danger queries offering a crisis service. The fresh
// figures are reported against the same targets but never fail the run, and
// are not printed without --fresh, so tuning never sees them.
//
//   --misses             list the tuning half's misses (what tuning may look at)
//   --misses=held-out    list the held-out misses too (for the report, not for tuning)
//   --fresh              score fresh.json too (for the report, not for tuning)
//   --misses=fresh       with --fresh implied: list fresh.json's misses and unsafe
//                        danger queries only (for the report, never for tuning)
//   --json               print the figures as JSON (with --fresh, fresh.json's too)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const started = performance.now();
const args = process.argv.slice(2);
const showMisses = args.find((a) => a.startsWith('--misses'));
const withFresh = args.includes('--fresh') || showMisses === '--misses=fresh';

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
const fresh = withFresh ? read('test/support-finder/eval/fresh.json') : null;
const dangerSets = {
  'danger.json (tuning)': read('test/support-finder/eval/danger.json'),
  'danger-2.json (tuning)': read('test/support-finder/eval/danger-2.json'),
  'danger-3.json (never tuned on)': read('test/support-finder/eval/danger-3.json'),
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

const results = {};
for (const [name, engine] of Object.entries(engines)) {
  results[name] = {};
  for (const half of ['tuning', 'held-out'])
    for (const lang of ['en', 'cy']) results[name][`${half} ${lang}`] = m.score(engine, queries[lang], half, crisis);
}
// fresh.json is held out whole: its score is the two halves' scores pooled, so
// each query counts once, scored exactly as the other sets are.
const pooled = (engine, queries) => {
  const parts = ['tuning', 'held-out'].map((half) => m.score(engine, queries, half, crisis));
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
const freshResults = {};
if (fresh)
  for (const [name, engine] of Object.entries(engines))
    for (const lang of ['en', 'cy']) (freshResults[name] ??= {})[`fresh ${lang}`] = pooled(engine, fresh[lang]);
// The extra danger queries: the urgent help route in the top three, for each engine.
const safe = {};
for (const [set, queries] of Object.entries(dangerSets)) {
  for (const [name, engine] of Object.entries(engines)) {
    const s = ((safe[set] ??= {})[name] = { n: 0, ok: 0, unsafe: [] });
    for (const query of [...queries.en, ...queries.cy]) {
      const top = engine(query).slice(0, 3);
      s.n++;
      if (top.some((id) => crisis.has(id))) s.ok++;
      else s.unsafe.push(`"${query}" → ${top.join(', ') || 'nothing'}`);
    }
  }
}
const ours = results['Wellbeing Widgets'];
const failures = m.shortfalls({ en: ours['held-out en'], cy: ours['held-out cy'] }, showMisses === '--misses=held-out');
// A danger query must offer the urgent help route in the tuning half too.
for (const lang of ['en', 'cy'])
  for (const line of ours[`tuning ${lang}`].unsafe)
    failures.push(`${lang} tuning danger query without the urgent help route: ${line}`);
const dangerMisses = Object.entries(safe).flatMap(([set, s]) =>
  s['Wellbeing Widgets'].unsafe.map((line) => `${set.split(' ')[0]}: ${line}`),
);
const seconds = (performance.now() - started) / 1000;

if (args.includes('--json')) {
  const extra = fresh ? { fresh: freshResults } : {};
  console.log(
    JSON.stringify(
      { results, ...extra, danger: safe, failures, dangerMisses, seconds },
      (k, v) => (k === 'misses' || k === 'unsafe' ? v.length : v),
      1,
    ),
  );
} else {
  const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(6);
  const cell = (s) => `${pct(s.hit1)} ${pct(s.hit3)}  ${s.mrr.toFixed(3)}`;
  console.log(
    `Search quality: ${services.length} services, ${queries.en.length} English and ${queries.cy.length} Welsh queries`,
  );
  console.log(
    'hit@1, hit@3 (a right service in the top three) and MRR; danger = danger queries offering a crisis service in the top three\n',
  );
  console.log(`${'Half, language'.padEnd(17)}${'Engine'.padEnd(19)}     n  hit@1  hit@3    MRR  danger`);
  for (const key of ['held-out en', 'held-out cy', 'tuning en', 'tuning cy']) {
    for (const name of Object.keys(engines)) {
      const s = results[name][key];
      const danger = queries[key.split(' ')[1]].filter(([q, , d]) => d && m.halfOf(q) === key.split(' ')[0]).length;
      console.log(
        `${key.padEnd(17)}${name.padEnd(19)}${String(s.n).padStart(6)} ${cell(s)}  ${danger - s.unsafe.length}/${danger}`,
      );
    }
  }
  if (fresh) {
    console.log(
      `\nFresh set (fresh.json, written blind, all held out): ${fresh.en.length} English and ${fresh.cy.length} Welsh queries`,
    );
    console.log(`${'Set, language'.padEnd(17)}${'Engine'.padEnd(19)}     n  hit@1  hit@3    MRR  danger`);
    for (const key of ['fresh en', 'fresh cy']) {
      const danger = fresh[key.split(' ')[1]].filter(([, , d]) => d).length;
      for (const name of Object.keys(engines)) {
        const s = freshResults[name][key];
        console.log(
          `${key.padEnd(17)}${name.padEnd(19)}${String(s.n).padStart(6)} ${cell(s)}  ${danger - s.unsafe.length}/${danger}`,
        );
      }
    }
  }
  console.log(`\nMore danger queries: the urgent help route in the top three`);
  for (const [set, s] of Object.entries(safe))
    console.log(
      `  ${set.padEnd(31)}${Object.entries(s)
        .map(([name, r]) => `${name} ${r.ok}/${r.n}`)
        .join(' · ')}`,
    );
  const halves =
    showMisses === '--misses=held-out'
      ? ['tuning', 'held-out']
      : showMisses && showMisses !== '--misses=fresh'
        ? ['tuning']
        : [];
  for (const half of halves)
    for (const lang of ['en', 'cy']) {
      const { misses } = ours[`${half} ${lang}`];
      if (misses.length) console.log(`\nMissed (${half}, ${lang}):\n  ${misses.join('\n  ')}`);
    }
  if (showMisses === '--misses=fresh')
    for (const lang of ['en', 'cy']) {
      const { misses, unsafe } = freshResults['Wellbeing Widgets'][`fresh ${lang}`];
      if (misses.length) console.log(`\nMissed (fresh, ${lang}):\n  ${misses.join('\n  ')}`);
      if (unsafe.length)
        console.log(`\nDanger queries without the urgent help route (fresh, ${lang}):\n  ${unsafe.join('\n  ')}`);
    }
  if (dangerMisses.length)
    console.log(
      `Extra danger queries without the urgent help route in the top three (reported, not failing):\n  ${dangerMisses.join('\n  ')}`,
    );
  console.log(
    `\nTargets: held-out English hit@3 ≥ 95%, held-out Welsh hit@3 ≥ 90%, every danger query in both halves offers urgent help.`,
  );
  console.log(failures.length ? `NOT MET:\n  ${failures.join('\n  ')}` : 'Met.');
  if (fresh) {
    const ourFresh = freshResults['Wellbeing Widgets'];
    const short = m
      .shortfalls({ en: ourFresh['fresh en'], cy: ourFresh['fresh cy'] })
      .map((line) => line.replace(/held-out/g, 'fresh'));
    console.log(
      `Fresh set against the same targets (reported, not failing): ${short.length ? `not met:\n  ${short.join('\n  ')}` : 'met.'}`,
    );
  }
  console.log(`(${seconds.toFixed(1)} s)`);
}
process.exit(failures.length ? 1 : 0);
