// results.json → the Markdown table printed by `npm run bench` (and pasted into docs/performance.md).

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => (x === undefined ? '–' : `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`);
const ratio = (a, b) => (a === undefined || !b ? '–' : `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`);
const met = (ok) => (ok === undefined ? '–' : ok ? 'met' : '**not met**');
const FRAME = 1000 / 60;

function rowsFor(r) {
  const rows = [];
  const row = (measure, ours, other = '–', times = '–', target = '–', ok) => rows.push([measure, ours, other, times, target, met(ok)]);
  const missing = (measure, value) => row(measure, value?.error ? `error: ${value.error}` : value?.available === false ? `not available (${value.reason})` : 'not measured');

  const b = r.bundle;
  if (b && !b.error) {
    const nhs = `nhsuk-frontend ${b.nhsuk.version} JS`;
    row('ES bundle, gzip', kb(b.es.gzip), `floor ${kb(b.floor.es.gzip)} · ${nhs} ${kb(b.nhsuk.gzip)}`, `${ratio(b.es.gzip, b.floor.es.gzip)} · ${ratio(b.es.gzip, b.nhsuk.gzip)}`, '≤ 25 KB (CI fails > 30 KB)', b.es.gzip <= 25 * 1024);
    row('ES bundle, brotli', kb(b.es.brotli), `floor ${kb(b.floor.es.brotli)} · ${nhs} ${kb(b.nhsuk.brotli)}`, `${ratio(b.es.brotli, b.floor.es.brotli)} · ${ratio(b.es.brotli, b.nhsuk.brotli)}`);
    row('Classic (IIFE) bundle, gzip', kb(b.iife.gzip), `floor ${kb(b.floor.iife.gzip)} · ${nhs} ${kb(b.nhsuk.gzip)}`, `${ratio(b.iife.gzip, b.floor.iife.gzip)} · ${ratio(b.iife.gzip, b.nhsuk.gzip)}`);
    row('Classic (IIFE) bundle, brotli', kb(b.iife.brotli), `floor ${kb(b.floor.iife.brotli)} · ${nhs} ${kb(b.nhsuk.brotli)}`, `${ratio(b.iife.brotli, b.floor.iife.brotli)} · ${ratio(b.iife.brotli, b.nhsuk.brotli)}`);
  } else missing('Bundle', b);

  for (const [key, label] of [['x1', 'normal speed'], ['x4', '4× CPU throttling']]) {
    const s = r.startup?.[key];
    if (!s) {
      missing(`Start-up, ${label}`, r.startup);
      continue;
    }
    row(`Start-up, ${label}: bundle evaluated → ${s.rendered.length} kinds of widget rendered (median of ${s.loads} loads · fastest)`, `${ms(s.evalToRendered)} · ${ms(s.evalToRenderedMin)}`, `floor ${ms(s.floorEvalToRendered)} · ${ms(s.floorEvalToRenderedMin)}`, ratio(s.evalToRendered, s.floorEvalToRendered), key === 'x1' ? '< 1 frame (16.7 ms)' : '–', key === 'x1' ? s.evalToRendered < FRAME : undefined);
    row(`Start-up, ${label}: page ready, time added by the bundle`, `+${ms(s.added)}`, `floor +${ms(s.floorAdded)} (page alone ${ms(s.readyWithout)})`, ratio(s.added, s.floorAdded), key === 'x1' ? '< 1 frame added' : '–', key === 'x1' ? s.added < FRAME : undefined);
  }

  const f = r.finder;
  if (f && !f.error && f.available !== false) {
    for (const n of Object.keys(f)) {
      const x = f[n];
      const size = Number(n).toLocaleString('en-GB');
      const target = n === '5000' ? '≤ 16 ms and faster than Fuse.js' : '–';
      const ok = n === '5000' ? x.ours.median <= 16 && x.ours.median < x.fuse.median : undefined;
      row(`Finder, ${size} services: keystroke → results laid out (median · p95)`, `${ms(x.ours.median)} · ${ms(x.ours.p95)}`, `Fuse.js search alone ${ms(x.fuse.median)} · ${ms(x.fuse.p95)}`, ratio(x.ours.median, x.fuse.median), target, ok);
      if (x.oursSearch) row(`Finder, ${size} services: search alone (median · p95)`, `${ms(x.oursSearch.median)} · ${ms(x.oursSearch.p95)}`, `Fuse.js ${ms(x.fuse.median)} · ${ms(x.fuse.p95)}`, ratio(x.oursSearch.median, x.fuse.median));
      row(`Finder, ${size} services: data in → first results (index built once)`, ms(x.firstRender), x.oursSearch ? `Fuse.js index ${ms(x.fuse.index)}` : '–');
    }
  } else missing('Finder', f);

  const m = r.reminder;
  if (m && !m.error && m.available !== false) {
    for (const tab of ['visible', 'hidden']) {
      const x = m[tab];
      const ok = x.intervals === 0 && (tab === 'hidden' ? x.wakeups <= x.reminders + 1 : undefined);
      row(`Break reminder, ${tab} tab: timer wake-ups per simulated hour (${x.interval}-minute breaks)`, `${x.wakeups} (${x.intervals} intervals)`, `${x.reminders} reminders`, ratio(x.wakeups, x.reminders), '≈ 1 per reminder, no intervals', tab === 'hidden' ? ok : x.intervals === 0 ? undefined : false);
    }
    for (const tab of ['visible', 'hidden']) {
      const x = m[`page-${tab}`];
      if (x) row(`All widgets on one page, ${tab} tab: timer wake-ups per simulated hour`, `${x.wakeups} (${x.intervals} intervals)`);
    }
  } else missing('Break reminder', m);

  const mem = r.memory;
  if (mem && !mem.error && mem.available !== false) {
    row(`Memory: heap growth after ${mem.cycles} mount/unmount cycles of ${mem.widgets.length} widgets in a provider (then per ${mem.cycles} more)`, `${kb(mem.heapGrowth)} (then ${kb(mem.heapGrowthNext)})`, `DOM nodes ${mem.nodeGrowth >= 0 ? '+' : ''}${mem.nodeGrowth} · listeners ${mem.listenerGrowth >= 0 ? '+' : ''}${mem.listenerGrowth}`, '–', 'no leak', mem.heapGrowthNext < 64 * 1024 && mem.nodeGrowth < 100 && mem.listenerGrowth < 10);
  } else missing('Memory', mem);

  const l = r.lighthouse;
  if (l && !l.error) {
    const lh = `Lighthouse ${l.version}, demo page, ${l.formFactor}${l.runs > 1 ? ` (median of ${l.runs} runs; CLS: the worst)` : ''}`;
    row(`${lh}: performance`, String(l.performance), '–', '–', '≥ 95', l.performance >= 95);
    row(`${lh}: accessibility`, String(l.accessibility), '–', '–', '100', l.accessibility === 100);
    row(`${lh}: best practices`, String(l.bestPractices), '–', '–', '–');
    row(`${lh}: total blocking time · CLS`, `${l.tbt} ms · ${l.cls}${l.clsRuns?.length > 1 ? ` (runs: ${l.clsRuns.join(', ')})` : ''}`, '–', '–', 'CLS 0', l.cls === 0);
  } else missing('Lighthouse', l);
  return rows;
}

export function formatTable(results) {
  const rows = [['Measure', 'Wellbeing Widgets', 'Compared with', 'Ratio', 'Target', 'Status'], ...rowsFor(results)];
  const lines = rows.map((cells) => `| ${cells.join(' | ')} |`);
  lines.splice(1, 0, `|${rows[0].map(() => ' --- ').join('|')}|`);
  const load = results.loadAverage ? `, load average ${results.loadAverage[0]} at the start and ${results.loadAverageAfter?.[0]} at the end` : '';
  const where = `Chromium ${results.chromium ?? '?'} on ${results.cpus} CPUs${load}, Node ${results.node}, commit ${results.commit ?? '?'}, ${results.date.slice(0, 10)}`;
  return `${lines.join('\n')}\n\n${where}.`;
}
