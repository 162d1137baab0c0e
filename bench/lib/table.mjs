// @ts-check
// results.json → the Markdown tables printed by `npm run bench` (and pasted into
// docs/performance.md): first the targets of issue #15 with their status, then the details.

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @param {number | undefined} x */
const ms = (x) => (x === undefined || x === null ? '–' : `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`);
/** @param {number | undefined} a @param {number | undefined} b */
const ratio = (a, b) => (a === undefined || !b ? '–' : `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`);
/** @param {boolean | undefined} ok */
const met = (ok) => (ok === undefined ? '–' : ok ? 'met' : '**not met**');

/**
 * @param {any} value
 * @returns {string}
 */
const absent = (value) =>
  value?.error
    ? `error: ${value.error}`
    : value?.available === false
      ? `not available (${value.reason})`
      : 'not measured';

/**
 * The targets: figure, the floor or comparison in the same run, target, status.
 * @param {Record<string, any>} r
 * @returns {string[][]}
 */
function targetRows(r) {
  /** @type {string[][]} */
  const rows = [];
  /** @param {string} name @param {string} figure @param {string} floor @param {string} target @param {boolean | undefined} ok */
  const row = (name, figure, floor, target, ok) => rows.push([name, figure, floor, target, met(ok)]);
  const floorGzip = r.bundle?.floor?.es?.gzip;
  const floorText = floorGzip ? `floor ${kb(floorGzip)}` : '–';

  const d = r.downloads;
  if (d) {
    row(
      'Script a help-now-only page downloads (gzip, every JS file fetched)',
      `${kb(d.help.gzip)} (${d.help.files.length} file${d.help.files.length === 1 ? '' : 's'})`,
      floorText,
      '≤ 12 KB',
      d.help.gzip <= 12 * 1024,
    );
    row(
      'Whole set, all widgets (gzip, every JS file fetched)',
      `${kb(d.all.gzip)} (${d.all.files.length} files)`,
      floorText,
      '≤ 24 KB',
      d.all.gzip <= 24 * 1024,
    );
  } else row('Script downloaded (help-now page, all widgets)', absent(r.startup), '–', '≤ 12 KB · ≤ 24 KB', undefined);

  for (const [key, label] of [
    ['help', 'help-now only'],
    ['all', 'all widgets'],
  ]) {
    const limit = key === 'help' ? 1.5 : 2;
    const figures = ['x1', 'x4'].map((speed) => {
      const s = r.startup?.[speed];
      if (!s) return undefined;
      const floor = key === 'help' ? s.floorHelp : s.floor;
      return { ours: s[key].evalToRendered, floor: floor.evalToRendered };
    });
    if (figures.some((f) => !f)) {
      row(
        `Bundle evaluated → rendered, ${label}, normal · 4× throttled`,
        absent(r.startup),
        '–',
        `≤ ${limit}× floor`,
        undefined,
      );
      continue;
    }
    const [x1, x4] = /** @type {{ ours: number, floor: number }[]} */ (figures);
    row(
      `Bundle evaluated → rendered, ${label}, normal · 4× throttled (median of ${r.startup.x1.loads} loads)`,
      `${ms(x1.ours)} · ${ms(x4.ours)} (${ratio(x1.ours, x1.floor)} · ${ratio(x4.ours, x4.floor)})`,
      `floor ${ms(x1.floor)} · ${ms(x4.floor)}`,
      `≤ ${limit}× floor`,
      x1.ours <= limit * x1.floor && x4.ours <= limit * x4.floor,
    );
  }

  const c = r.cls;
  if (c && !c.error) {
    row(
      'CLS, repeat visit: demo page · banner at the top',
      `${c.demo.repeat} · ${c.banner.repeat}`,
      '–',
      '0',
      c.demo.repeat === 0 && c.banner.repeat === 0,
    );
    row(
      'CLS, first visit: demo page (reserved sizes) · banner with `reserve` · banner with inline data',
      `${c.demo.first} · ${c.bannerReserve.first} · ${c.bannerInline.first}`,
      `banner from a URL, nothing reserved: ${c.banner.first}`,
      '0',
      c.demo.first === 0 && c.bannerReserve.first === 0 && c.bannerInline.first === 0,
    );
  } else row('CLS', absent(c), '–', '0', undefined);

  const l = r.lighthouse;
  if (l && !l.error) {
    row(
      `Lighthouse ${l.version} mobile performance on the demo, every run (the worst of ${l.runs})`,
      `${l.performance} (runs: ${l.performanceRuns.join(', ')})`,
      '–',
      '≥ 98',
      l.performance >= 98,
    );
  } else row('Lighthouse mobile performance on the demo', absent(l), '–', '≥ 98', undefined);

  const f = r.finder;
  const big = f?.['50000'];
  const small = f?.['5000'];
  if (big && small) {
    row(
      'Longest main-thread task while the finder loads 50,000 services',
      big.longestTask ? ms(big.longestTask) : 'no task over 50 ms',
      '–',
      '≤ 50 ms',
      big.longestTask <= 50,
    );
    const index = small.oursSearch?.index;
    row(
      'Finder index build at 5,000 services',
      index === undefined ? 'not measured (no service-index module)' : `${ms(index)} (median of 5 cold builds)`,
      `Fuse.js index ${ms(small.fuse.index)}; splitting the texts into words alone ${ms(small.oursSearch?.floorIndex)}`,
      '≤ 30 ms',
      index === undefined ? undefined : index <= 30,
    );
    row(
      'Finder keystroke → results laid out, p95 at 50,000 services',
      ms(big.ours.p95),
      `Fuse.js search alone ${ms(big.fuse.p95)}`,
      '≤ 16 ms',
      big.ours.p95 <= 16,
    );
  } else row('Finder', absent(f), '–', '≤ 50 ms · ≤ 30 ms · ≤ 16 ms', undefined);
  return rows;
}

/**
 * Everything else measured, for the record.
 * @param {Record<string, any>} r
 * @returns {string[][]}
 */
function detailRows(r) {
  /** @type {string[][]} */
  const rows = [];
  /** @param {string} measure @param {string} ours */
  const row = (measure, ours, other = '–', times = '–') => rows.push([measure, ours, other, times]);

  const b = r.bundle;
  if (b && !b.error) {
    const nhs = b.nhsuk ? ` · nhsuk-frontend ${b.nhsuk.version} JS ${kb(b.nhsuk.gzip)}` : '';
    row(
      'Entry file (help-now, provider, the loader of the rest), gzip',
      kb(b.entry.gzip),
      `floor ${kb(b.floor.es.gzip)}${nhs}`,
      ratio(b.entry.gzip, b.floor.es.gzip),
    );
    row(
      `Every file of the ES build (${b.allFiles.files}), gzip, each on its own`,
      kb(b.allFiles.gzip),
      `floor ${kb(b.floor.es.gzip)}`,
      ratio(b.allFiles.gzip, b.floor.es.gzip),
    );
    row(
      'Single-file classic (IIFE) build, gzip · brotli',
      `${kb(b.iife.gzip)} · ${kb(b.iife.brotli)}`,
      `floor ${kb(b.floor.iife.gzip)} · ${kb(b.floor.iife.brotli)}`,
      ratio(b.iife.gzip, b.floor.iife.gzip),
    );
  } else row('Bundle', absent(b));
  if (r.downloads) {
    row('Files a help-now-only page fetched', r.downloads.help.files.join(', '));
    row('Files a page with every widget fetched', r.downloads.all.files.join(', '));
  }

  for (const [key, label] of [
    ['x1', 'normal speed'],
    ['x4', '4× CPU throttling'],
  ]) {
    const s = r.startup?.[key];
    if (!s) continue;
    row(`Start-up, ${label}: every widget, fastest load`, ms(s.all.fastest));
    row(
      `Start-up, ${label}: page ready, time added (all widgets · help-now only)`,
      `+${ms(s.all.added)} · +${ms(s.help.added)}`,
      `floor +${ms(s.floor.added)} · +${ms(s.floorHelp.added)} (page alone ${ms(s.readyWithout)})`,
      ratio(s.all.added, s.floor.added),
    );
  }

  const c = r.cls;
  if (c && !c.error) {
    for (const [name, x] of Object.entries(c))
      if (x.shifted.length) row(`Layout shifts, ${name}`, x.shifted.slice(0, 6).join('; '));
  }

  const f = r.finder;
  if (f && !f.error && f.available !== false) {
    for (const n of Object.keys(f)) {
      const x = f[n];
      const size = Number(n).toLocaleString('en-GB');
      row(
        `Finder, ${size} services: keystroke → results laid out (median · p95)`,
        `${ms(x.ours.median)} · ${ms(x.ours.p95)}`,
        `Fuse.js search alone ${ms(x.fuse.median)} · ${ms(x.fuse.p95)}`,
        ratio(x.ours.median, x.fuse.median),
      );
      if (x.oursSearch)
        row(
          `Finder, ${size} services: search alone (median · p95) · index`,
          `${ms(x.oursSearch.median)} · ${ms(x.oursSearch.p95)} · ${ms(x.oursSearch.index)}`,
          `Fuse.js ${ms(x.fuse.median)} · ${ms(x.fuse.p95)} · ${ms(x.fuse.index)}`,
          ratio(x.oursSearch.median, x.fuse.median),
        );
      row(
        `Finder, ${size} services: data in → first results · long tasks (longest)`,
        `${ms(x.firstRender)} · ${x.longTasks} (${x.longestTask ? ms(x.longestTask) : '–'})`,
      );
    }
  } else row('Finder', absent(f));

  const m = r.reminder;
  if (m && !m.error && m.available !== false) {
    for (const tab of ['visible', 'hidden']) {
      const x = m[tab];
      row(
        `Break reminder, ${tab} tab: timer wake-ups per simulated hour (${x.interval}-minute breaks)`,
        `${x.wakeups} (${x.intervals} intervals)`,
        `${x.reminders} reminders`,
        ratio(x.wakeups, x.reminders),
      );
    }
    for (const tab of ['visible', 'hidden']) {
      const x = m[`page-${tab}`];
      if (x)
        row(
          `All widgets on one page, ${tab} tab: timer wake-ups per simulated hour`,
          `${x.wakeups} (${x.intervals} intervals)`,
        );
    }
  } else row('Break reminder', absent(m));

  const mem = r.memory;
  if (mem && !mem.error && mem.available !== false) {
    row(
      `Memory: heap growth after ${mem.cycles} mount/unmount cycles of ${mem.widgets.length} widgets in a provider (then per ${mem.cycles} more)`,
      `${kb(mem.heapGrowth)} (then ${kb(mem.heapGrowthNext)})`,
      `DOM nodes ${mem.nodeGrowth >= 0 ? '+' : ''}${mem.nodeGrowth} · listeners ${mem.listenerGrowth >= 0 ? '+' : ''}${mem.listenerGrowth}`,
    );
  } else row('Memory', absent(mem));

  const l = r.lighthouse;
  if (l && !l.error) {
    const lh = `Lighthouse ${l.version}, demo, ${l.formFactor}`;
    row(`${lh}: accessibility · best practices (worst run)`, `${l.accessibility} · ${l.bestPractices}`);
    row(
      `${lh}: FCP · LCP · speed index · TBT (median) · CLS (worst)`,
      `${l.fcp} ms · ${l.lcp} ms · ${l.si} ms · ${l.tbt} ms · ${l.cls} (runs: ${l.clsRuns.join(', ')})`,
    );
    if (l.notPassing.performance.length)
      row(`${lh}: performance audits not passing (first run)`, l.notPassing.performance.join(', '));
  }
  return rows;
}

/** @param {string[][]} rows */
function markdown(rows) {
  const lines = rows.map((cells) => `| ${cells.join(' | ')} |`);
  lines.splice(1, 0, `|${(rows[0] ?? []).map(() => ' --- ').join('|')}|`);
  return lines.join('\n');
}

/** @param {Record<string, any>} results */
export function formatTable(results) {
  const targets = markdown([
    ['Target (issue #15)', 'Wellbeing Widgets', 'Floor or comparison, same run', 'Target', 'Status'],
    ...targetRows(results),
  ]);
  const details = markdown([['Measure', 'Wellbeing Widgets', 'Compared with', 'Ratio'], ...detailRows(results)]);
  const load = results.loadAverage
    ? `, load average ${results.loadAverage[0]} at the start and ${results.loadAverageAfter?.[0]} at the end`
    : '';
  const where = `Chromium ${results.chromium ?? '?'} on ${results.cpus} CPUs${load}, Node ${results.node}, commit ${results.commit ?? '?'}, ${String(results.date).slice(0, 10)}${results.quick ? ', --quick' : ''}`;
  return `${targets}\n\n${details}\n\n${where}.`;
}
