#!/usr/bin/env node
// @ts-check
// wellbeing-widgets: checks a Trust's data files and previews the campaign
// schedule. It reuses the widgets' own code from dist/lib (the same schemas,
// validation and schedule rules the browser runs), so it cannot disagree with them.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const lib = (path) => import(new URL(`../dist/lib/${path}`, import.meta.url).href);

const USAGE = `Usage:
  wellbeing-widgets validate FILE…                 check help-contacts, services or campaigns files
  wellbeing-widgets schedule FILE --from DATE --to DATE
                                                   which campaign shows on each UK date (YYYY-MM-DD)

Options:
  --today DATE   the date to judge "in the past" by (default: today in the UK, or $WELLBEING_TODAY)
  --strict       validate: treat warnings as errors
  --lang cy      schedule: show Welsh titles and dates
  --page PATH    schedule: apply the campaigns' page rules for this page path, e.g. /wards/ward-7/
  --from/--to    schedule: the first and last UK date to show (default: today and 30 days on)
  -h, --help     show this help
  -v, --version  show the version`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date as `YYYY-MM-DD`: the banner's own rule, set once dist/lib is loaded. */
let isRealDate;
/** The banner's schedule module (dist/lib/campaign-banner/schedule.js), set once dist/lib is loaded. */
let banner;

function fail(message) {
  console.error(`wellbeing-widgets: ${message}`);
  process.exit(2);
}

// ---- reading files --------------------------------------------------------

/** Parses JSON, turning Node's "position N" into a line and column. */
function readJson(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { error: `cannot read the file (${error.code ?? error.message})` };
  }
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const at = /position (\d+)/.exec(error.message);
    let where = '';
    if (at) {
      const before = text.slice(0, Number(at[1])).split('\n');
      where = ` at line ${before.length}, column ${before.at(-1).length + 1}`;
    }
    return { error: `not valid JSON${where}: ${error.message.replace(/ in JSON at position \d+.*$/, '')}` };
  }
}

/** Which kind of data file this is, by its list key (`contacts`, `services`, `campaigns`). */
function detectKind(raw, specs) {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: 'expected a JSON object' };
  const found = specs.filter((spec) => spec.list in raw);
  if (found.length === 1) return { spec: found[0] };
  const keys = specs.map((spec) => `"${spec.list}"`).join(', ');
  return found.length
    ? { error: `holds more than one list (${found.map((s) => s.list).join(', ')}); keep one kind per file` }
    : { error: `cannot tell what kind of file this is: expected one of the lists ${keys}` };
}

// ---- warnings: things that are valid but probably wrong ------------------

/** Unwraps optional/pipe wrappers to the object schema inside, if any. */
function objectEntries(schema) {
  while (schema && !schema.entries && schema.wrapped) schema = schema.wrapped;
  if (schema?.pipe) schema = schema.pipe[0];
  return schema?.entries;
}

function innerSchema(schema) {
  while (schema?.wrapped) schema = schema.wrapped;
  return schema?.pipe ? schema.pipe[0] : schema;
}

/**
 * English fields with no Welsh beside them, found by walking the schema: every
 * key `x` that has an `x_cy` sibling in the schema is a translatable field.
 */
function missingWelsh(value, schema, path = '') {
  const entries = objectEntries(schema);
  if (!entries || typeof value !== 'object' || value === null) return { missing: [], welsh: 0 };
  let welsh = 0;
  const missing = [];
  for (const [key, child] of Object.entries(entries)) {
    if (key.endsWith('_cy')) continue;
    const here = path ? `${path}.${key}` : key;
    if (`${key}_cy` in entries && typeof value[key] === 'string' && value[key].trim()) {
      if (typeof value[`${key}_cy`] === 'string' && value[`${key}_cy`].trim()) welsh++;
      else missing.push(here);
    }
    const inner = innerSchema(child);
    const items = inner?.type === 'array' ? (Array.isArray(value[key]) ? value[key] : []) : [value[key]];
    const itemSchema = inner?.type === 'array' ? inner.item : child;
    items.forEach((item, i) => {
      const sub = missingWelsh(item, itemSchema, inner?.type === 'array' ? `${here}[${i}]` : here);
      welsh += sub.welsh;
      missing.push(...sub.missing);
    });
  }
  return { missing, welsh };
}

/** Every string under a link-like key, with its path. */
function links(value, path, out = []) {
  if (Array.isArray(value)) value.forEach((item, i) => links(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      const here = `${path}.${key}`;
      if (typeof child === 'string' && ['url', 'href', 'src'].includes(key)) out.push([here, child]);
      else links(child, here, out);
    }
  return out;
}

function linkWarnings(entry, path) {
  const warnings = [];
  for (const [where, href] of links(entry, path)) {
    let url;
    try {
      url = new URL(href.trim(), 'https://intranet.invalid/');
    } catch {
      warnings.push(`${where}: "${href}" is not a valid link`);
      continue;
    }
    if (url.protocol === 'http:') warnings.push(`${where}: ${href} is not encrypted; use https://`);
    if (url.username || url.password) warnings.push(`${where}: the link contains a user name or password`);
  }
  return warnings;
}

const CHANNELS = ['phone', 'sms', 'email', 'url'];

/** Text that goes stale when a campaign repeats: a weekday with a date ("Thursday 4 February", "dydd Iau 4 Chwefror"), a year. */
const WEEKDAY_DATE =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Dd]?[Dd]ydd (?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)),? \d{1,2}(?:st|nd|rd|th)?(?: [A-Z]\w+)?/;
const YEAR = /\b(?:19|20)\d\d\b/;

/** Warnings about when a campaign shows (its dates are real): never, no longer, and yearly repeats that cannot be right. */
function campaignWarnings(entry, path, today) {
  const warnings = [];
  const yearly = entry.repeats === 'yearly';
  const until = typeof entry.until === 'number' ? entry.until : undefined;
  const firstYear = Number(entry.starts.slice(0, 4));
  if (until !== undefined && !yearly)
    warnings.push(
      `${path}.until: counts only with "repeats": "yearly"; this campaign shows once, ${entry.starts} to ${entry.ends}`,
    );
  if (entry.ends < entry.starts)
    warnings.push(`${path}: ends (${entry.ends}) before it starts (${entry.starts}), so it never shows`);
  else if (yearly && until !== undefined && until < firstYear)
    warnings.push(`${path}.until: ${until} is before the first year (${firstYear}), so it never shows`);
  else if (!banner.nextOccurrence(entry, today))
    warnings.push(
      yearly
        ? `${path}.until: its last year, ${until}, is over, so it no longer shows`
        : `${path}.ends: ${entry.ends} is in the past, so it no longer shows`,
    );
  if (yearly)
    for (const key of ['title', 'title_cy', 'message', 'message_cy']) {
      const text = typeof entry[key] === 'string' ? entry[key] : '';
      const dated = WEEKDAY_DATE.exec(text);
      const year = YEAR.exec(text);
      if (dated)
        warnings.push(
          `${path}.${key}: "${dated[0]}" falls on another weekday in other years, but the campaign repeats every year`,
        );
      if (year) warnings.push(`${path}.${key}: names the year ${year[0]}, but the campaign repeats every year`);
    }
  return warnings;
}

/** Warnings for one file; `raw` is the parsed JSON, `spec` its FileSpec. */
function warningsFor(raw, spec, today) {
  const list = raw[spec.list];
  const warnings = [];
  const ids = new Map();
  let welshCount = 0;
  const noWelsh = [];
  list.forEach((entry, i) => {
    const path = `${spec.list}[${i}]`;
    if (!entry || typeof entry !== 'object') return;
    if (typeof entry.id === 'string') {
      if (ids.has(entry.id)) warnings.push(`${path}.id: "${entry.id}" is also the id of ${ids.get(entry.id)}`);
      else ids.set(entry.id, path);
    }
    for (const key of ['starts', 'ends', 'lastReviewed'])
      if (DATE.test(entry[key] ?? '') && !isRealDate(entry[key]))
        warnings.push(`${path}.${key}: ${entry[key]} is not a real date`);
    if (spec.list === 'campaigns' && isRealDate(entry.starts) && isRealDate(entry.ends))
      warnings.push(...campaignWarnings(entry, path, today));
    if (isRealDate(entry.lastReviewed)) {
      const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
      if (entry.lastReviewed < yearAgo) warnings.push(`${path}.lastReviewed: ${entry.lastReviewed} is over a year ago`);
      if (entry.lastReviewed > today) warnings.push(`${path}.lastReviewed: ${entry.lastReviewed} is in the future`);
    }
    const channels = spec.list === 'services' ? entry.contact : spec.list === 'contacts' ? entry : undefined;
    if (channels && typeof channels === 'object' && !CHANNELS.some((key) => channels[key]))
      warnings.push(`${path}: no phone, text, email or url, so staff cannot reach it`);
    warnings.push(...linkWarnings(entry, path));
    const { missing, welsh } = missingWelsh(entry, spec.item);
    welshCount += welsh;
    if (missing.length) noWelsh.push(`${path}: no Welsh text for ${missing.join(', ')} (Welsh pages show the English)`);
  });
  if (welshCount === 0 && noWelsh.length)
    warnings.push(`no Welsh text in this file: Welsh pages (lang="cy") show the English (add "_cy" fields)`);
  else warnings.push(...noWelsh);
  return warnings;
}

// ---- commands ------------------------------------------------------------

function todayFrom(option, ukTime) {
  const today = option ?? process.env.WELLBEING_TODAY ?? ukTime().date;
  if (!isRealDate(today)) fail(`--today / WELLBEING_TODAY must be a date as YYYY-MM-DD, not "${today}"`);
  return today;
}

async function validate(files, options) {
  if (!files.length) fail('validate needs at least one FILE');
  const [{ FILE_SPECS }, { validateFile }, { ukTime }] = await Promise.all([
    lib('core/data/schemas.js'),
    lib('core/data/validate.js'),
    lib('core/platform/clock.js'),
  ]);
  const today = todayFrom(options.today, ukTime);
  let errorCount = 0;
  let warningCount = 0;
  for (const file of files) {
    const errors = [];
    let warnings = [];
    let heading = file;
    const read = readJson(file);
    const kind = read.error ? read : detectKind(read.value, FILE_SPECS);
    if (kind.error) errors.push(kind.error);
    else {
      const result = validateFile(read.value, kind.spec);
      if ('fatal' in result) errors.push(result.fatal);
      else {
        const total = read.value[kind.spec.list].length;
        heading += ` (${kind.spec.kind}: ${total} ${total === 1 ? 'entry' : 'entries'})`;
        errors.push(...result.errors);
        warnings = warningsFor(read.value, kind.spec, today);
      }
    }
    if (options.strict) errors.push(...warnings.splice(0));
    errorCount += errors.length;
    warningCount += warnings.length;
    console.log(heading);
    for (const line of errors) console.log(`  error    ${line}`);
    for (const line of warnings) console.log(`  warning  ${line}`);
    if (!errors.length && !warnings.length) console.log('  ok');
  }
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(
    `\n${plural(files.length, 'file')} checked: ${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')}.`,
  );
  return errorCount ? 1 : 0;
}

const KEYS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Date spans (`{ starts, ends }`) as readable ranges: "Sat 1 May 2027 to Sun 2 May 2027; Tue 11 May 2027". */
function ranges(spans, format) {
  return spans
    .map(({ starts, ends }) =>
      (starts === ends ? format(starts) : `${format(starts)} to ${format(ends)}`).replace(/ {2,}/g, ' '),
    )
    .join('; ');
}

/**
 * `schedule FILE --from --to`: which campaigns the banner shows on each UK
 * date, using the banner's own schedule module, with gaps and overlaps listed.
 */
async function schedule(files, options) {
  if (files.length !== 1) fail('schedule needs exactly one campaigns FILE');
  const [{ campaignsFile }, { validateFile }, { ukTime }, { localised }] = await Promise.all([
    lib('core/data/schemas.js'),
    lib('core/data/validate.js'),
    lib('core/platform/clock.js'),
    lib('core/i18n/index.js'),
  ]);
  const from = options.from ?? todayFrom(options.today, ukTime);
  const to = options.to ?? banner.addDays(from, 30);
  for (const [name, date] of [
    ['--from', from],
    ['--to', to],
  ])
    if (!banner.isIsoDate(date)) fail(`${name} must be a real date as YYYY-MM-DD, not "${date}"`);
  if (to < from) fail(`--to (${to}) is before --from (${from})`);
  if (banner.addDays(from, 366 * 3) < to) fail('choose a range of at most three years');
  const welsh = options.lang === 'cy';
  const [file] = files;
  const read = readJson(file);
  if (read.error) fail(`${file}: ${read.error}`);
  const result = validateFile(read.value, campaignsFile);
  if ('fatal' in result) fail(`${file}: ${result.fatal}`);
  for (const line of result.errors) console.error(`${file}: ${line} (skipped, as the banner would)`);

  const locale = welsh ? 'cy' : 'en-GB';
  const dayFormat = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const format = (date) => {
    if (!banner.isIsoDate(date)) return date;
    const parts = Object.fromEntries(
      dayFormat.formatToParts(new Date(`${date}T00:00:00Z`)).map((p) => [p.type, p.value]),
    );
    return `${parts.weekday} ${parts.day.padStart(2)} ${parts.month} ${parts.year}`;
  };
  const title = (c) => localised(c, 'title', welsh ? 'cy' : 'en');
  const days = banner.timeline(result.items, from, to, options.page);
  const shown = result.items.filter((c) => days.some((day) => day.campaigns.includes(c)));
  const key = new Map(shown.map((c, i) => [c, KEYS[i] ?? '?']));
  const width = Math.max(...days.map((day) => format(day.date).length));

  console.log(`Campaign banner schedule for ${file}: ${ranges([{ starts: from, ends: to }], format)} (UK dates)`);
  if (options.page) console.log(`on the page ${options.page}`);
  console.log('');
  for (const c of shown) {
    const priority = c.priority ? `, priority ${c.priority}` : '';
    const yearly = c.repeats === 'yearly';
    const when = ranges(yearly ? banner.occurrences(c, from, to) : [c], format);
    const every = yearly
      ? `, every year from ${c.starts.slice(0, 4)}${c.until === undefined ? '' : ` to ${c.until}`}`
      : '';
    console.log(`  ${key.get(c)}  ${title(c)} [${c.id}]: ${when}${every}${priority}`);
  }
  if (shown.length) console.log('');
  const header = `${'Date'.padEnd(width)}  ${shown.map((c) => key.get(c)).join(' ')}${shown.length ? '  ' : ''}`;
  console.log(`${header}Banner shows`);
  for (const day of days) {
    const bars = shown.map((c) => (day.campaigns.includes(c) ? '█' : '·')).join(' ');
    const [first, ...rest] = day.campaigns;
    const what = !first
      ? '(nothing: gap)'
      : !rest.length
        ? title(first)
        : `${rest.length + 1} in turn: ${title(first)} first, then ${rest.map((c) => key.get(c)).join(', ')}`;
    console.log(`${format(day.date).padEnd(width)}  ${bars}${shown.length ? '  ' : ''}${what}`);
  }
  const gaps = banner.gaps(days);
  const overlaps = banner.overlaps(days);
  console.log('');
  console.log(`Gaps (no banner): ${gaps.length ? ranges(gaps, format) : 'none'}`);
  console.log(
    `Overlaps (one at a time, highest priority first): ${overlaps.length ? ranges(overlaps, format) : 'none'}`,
  );
  for (const c of result.items) {
    const firstYear = Number(c.starts.slice(0, 4));
    if (c.ends < c.starts)
      console.log(`Never shows: ${title(c)} [${c.id}] ends (${c.ends}) before it starts (${c.starts})`);
    else if (c.repeats === 'yearly' && c.until < firstYear)
      console.log(`Never shows: ${title(c)} [${c.id}] repeats until ${c.until}, before its first year (${firstYear})`);
  }
  return 0;
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        today: { type: 'string' },
        lang: { type: 'string' },
        page: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    fail(`${error.message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.version) {
    console.log(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
    return 0;
  }
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    banner = await lib('campaign-banner/schedule.js');
    ({ isIsoDate: isRealDate } = banner);
  } catch {
    fail('dist/lib is missing or out of date: run `npm run build` first');
  }
  if (command === 'validate') return validate(args, values);
  if (command === 'schedule') return schedule(args, values);
  fail(`unknown command "${command}"\n\n${USAGE}`);
}

process.exitCode = await main(process.argv.slice(2));
