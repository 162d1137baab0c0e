// @ts-check
// The command-line tool, run as a user would (after `npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';

const BIN = 'bin/wellbeing-widgets.mjs';
const FIXTURES = 'test/toolkit/fixtures';

function run(args, today = '2027-01-15') {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, WELLBEING_TODAY: today },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const lines = (out, level) =>
  out
    .split('\n')
    .filter((line) => line.trimStart().startsWith(level))
    .map((line) => line.trim().replace(/^\S+\s+/, ''));

test('validate accepts every sample data file in samples', () => {
  const files = readdirSync('samples').filter((f) => f.endsWith('.json'));
  assert.ok(files.includes('help-contacts.json'));
  const { code, out } = run(['validate', ...files.map((f) => `samples/${f}`)], '2026-11-01');
  assert.deepEqual(lines(out, 'error'), []);
  assert.equal(code, 0, out);
  assert.match(out, new RegExp(`${files.length} files? checked: 0 errors`));
});

test('the sample campaigns repeat every year, so they never go stale', () => {
  for (const today of ['2026-11-30', '2029-02-01', '2035-10-10', '2048-02-29']) {
    const { code, out } = run(['validate', 'samples/campaigns.json'], today);
    assert.equal(code, 0, out);
    assert.deepEqual(lines(out, 'warning'), [], `on ${today}`);
  }
  const { out } = run(['schedule', 'samples/campaigns.json', '--from', '2035-10-10', '--to', '2035-10-10']);
  assert.match(
    out,
    /World Mental Health Day, 10 October \[world-mental-health-day\]: Thu 4 Oct 2035 to Wed 10 Oct 2035, every year from 2027, priority 10/,
  );
  assert.match(out, /^Wed 10 Oct 2035 {2}█ █ {2}2 in turn: World Mental Health Day, 10 October first, then A$/m);
});

test('validate checks yearly repeats: the field messages, and warnings for until and dated text', () => {
  const { code, out } = run(['validate', `${FIXTURES}/campaigns-yearly.json`], '2027-11-30');
  assert.equal(code, 1);
  assert.deepEqual(lines(out, 'error'), [
    'campaigns[6].repeats: expected "yearly" (or nothing, to show it once)',
    'campaigns[7].until: expected a year, e.g. 2030',
  ]);
  assert.deepEqual(lines(out, 'warning'), [
    'campaigns[2].title: "Thursday 4 February" falls on another weekday in other years, but the campaign repeats every year',
    'campaigns[2].title_cy: "dydd Iau 4 Chwefror" falls on another weekday in other years, but the campaign repeats every year',
    'campaigns[2].message: names the year 2027, but the campaign repeats every year',
    'campaigns[3].until: its last year, 2025, is over, so it no longer shows',
    'campaigns[4].until: 2026 is before the first year (2027), so it never shows',
    'campaigns[5].until: counts only with "repeats": "yearly"; this campaign shows once, 2028-10-08 to 2028-10-12',
    'campaigns[6].ends: 2027-03-02 is in the past, so it no longer shows',
    'campaigns[6]: no Welsh text for title, message (Welsh pages show the English)',
    'campaigns[7]: no Welsh text for title, message (Welsh pages show the English)',
  ]);
});

test('"in the past" waits for the last occurrence of a yearly campaign', () => {
  const warned = (today) => lines(run(['validate', `${FIXTURES}/campaigns-yearly.json`], today).out, 'warning');
  // campaigns[0] repeats with no end; campaigns[1] runs 14 December to 4 January until 2028.
  for (const today of ['2026-01-01', '2027-10-11', '2029-01-04', '2060-06-01'])
    assert.ok(!warned(today).some((w) => w.startsWith('campaigns[0]')), today);
  assert.ok(!warned('2029-01-04').some((w) => w.startsWith('campaigns[1]')), 'the 2028 occurrence is still showing');
  assert.ok(warned('2029-01-05').includes('campaigns[1].until: its last year, 2028, is over, so it no longer shows'));
});

test('validate rejects an invalid services file with JSON paths and exit code 1', () => {
  const { code, out } = run(['validate', `${FIXTURES}/services-invalid.json`]);
  assert.equal(code, 1);
  assert.match(out, /support services: 5 entries/);
  assert.deepEqual(lines(out, 'error'), [
    'services[2].formats[1]: expected one of ("phone" | "online" | "in-person" | "text")',
    'services[3].hours[0].opens: expected HH:MM',
    'services[4].id: is required',
    'synonyms.skint: expected a list',
  ]);
  const warnings = lines(out, 'warning');
  assert.ok(warnings.includes('services[2]: no phone, text, email or url, so staff cannot reach it'));
  assert.ok(warnings.includes('services[1]: no Welsh text for name, summary (Welsh pages show the English)'));
  assert.ok(!warnings.some((w) => w.startsWith('services[0]')), 'the complete entry has no warning');
});

test('validate rejects the help-contacts fixture the widgets skip entries from', () => {
  const { code, out } = run(['validate', 'test/fixtures/invalid-help-contacts.json']);
  assert.equal(code, 1);
  assert.deepEqual(lines(out, 'error'), [
    'contacts[1].phone: expected a string',
    'contacts[2].url: expected an http(s), tel, sms or mailto link',
    'contacts[3].name: is required',
    'contacts[4].hours[0].opens: expected HH:MM',
  ]);
});

test('validate warns about campaign dates, duplicate ids, missing Welsh and unsafe links', () => {
  const { code, out } = run(['validate', `${FIXTURES}/campaigns-problems.json`]);
  assert.equal(code, 1, 'the javascript: link and the badly written date are errors');
  assert.deepEqual(lines(out, 'error'), [
    'campaigns[5].link.href: expected an http(s), tel, sms or mailto link',
    'campaigns[6].starts: expected a date as YYYY-MM-DD',
  ]);
  assert.deepEqual(lines(out, 'warning'), [
    'campaigns[0]: ends (2027-06-01) before it starts (2027-06-10), so it never shows',
    'campaigns[1].ends: 2026-01-31 is in the past, so it no longer shows',
    'campaigns[2].id: "over" is also the id of campaigns[1]',
    'campaigns[3].starts: 2027-02-30 is not a real date',
    'campaigns[4].link.href: http://intranet.wellford-valley.example/news is not encrypted; use https://',
    'no Welsh text in this file: Welsh pages (lang="cy") show the English (add "_cy" fields)',
  ]);
});

test('"in the past" follows the injected date', () => {
  const before = run(['validate', `${FIXTURES}/campaigns-problems.json`], '2025-12-01');
  assert.ok(!lines(before.out, 'warning').some((w) => w.includes('in the past')));
  const bad = run(['validate', `${FIXTURES}/campaigns.json`], 'yesterday');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /WELLBEING_TODAY must be a date/);
});

test('--strict turns warnings into errors', () => {
  const loose = run(['validate', `${FIXTURES}/campaigns.json`], '2027-06-01');
  assert.equal(loose.code, 0);
  assert.equal(lines(loose.out, 'warning').length, 3, loose.out);
  const strict = run(['validate', '--strict', `${FIXTURES}/campaigns.json`], '2027-06-01');
  assert.equal(strict.code, 1);
  assert.equal(lines(strict.out, 'error').length, 3);
});

test('validate names unreadable, non-JSON and unknown files, and still checks the rest', () => {
  const { code, out } = run([
    'validate',
    'test/fixtures/not-json.json',
    `${FIXTURES}/not-an-object.json`,
    'package.json',
    `${FIXTURES}/missing.json`,
    'samples/help-contacts.json',
  ]);
  assert.equal(code, 1);
  const errors = lines(out, 'error');
  assert.match(errors[0], /^not valid JSON at line \d+, column \d+/);
  assert.equal(errors[1], 'expected a JSON object');
  assert.match(
    errors[2],
    /cannot tell what kind of file this is: expected one of the lists "contacts", "services", "campaigns"/,
  );
  assert.match(errors[3], /cannot read the file \(ENOENT\)/);
  assert.match(out, /help-contacts\.json \(help contacts: \d+ entries\)\n {2}ok/);
  assert.match(out, /5 files checked: 4 errors/);
});

test('schedule prints one line per UK date with gaps and overlaps', () => {
  const { code, out } = run(['schedule', `${FIXTURES}/campaigns.json`, '--from', '2027-05-01', '--to', '2027-05-12']);
  assert.equal(code, 0, out);
  const days = out.split('\n').filter((line) => /^\w{3} [ \d]\d May 2027/.test(line));
  assert.equal(days.length, 12);
  assert.match(days[0], /^Sat  1 May 2027  · · ·  \(nothing: gap\)$/);
  assert.match(days[2], /^Mon  3 May 2027  █ · ·  Wellbeing week$/);
  // Priority 10 comes first on the overlapping days, as the banner shows it.
  assert.match(days[5], /^Thu  6 May 2027  █ █ ·  2 in turn: Mental Health Awareness Week first, then A$/);
  assert.match(days[9], /^Mon 10 May 2027  · · █  Ward rest rooms$/);
  assert.match(out, /Gaps \(no banner\): Sat 1 May 2027 to Sun 2 May 2027; Tue 11 May 2027 to Wed 12 May 2027/);
  assert.match(out, /Overlaps \(one at a time, highest priority first\): Thu 6 May 2027 to Fri 7 May 2027/);
  assert.match(out, /B {2}Mental Health Awareness Week \[mhaw\]: Thu 6 May 2027 to Sun 9 May 2027, priority 10/);
});

test('schedule applies page rules and Welsh titles', () => {
  const oneDay = (...options) =>
    run(['schedule', `${FIXTURES}/campaigns.json`, '--from', '2027-05-10', '--to', '2027-05-10', ...options]).out;
  assert.match(oneDay('--page', '/news/'), /Mon 10 May 2027 {2}\(nothing: gap\)/);
  assert.match(
    oneDay('--page', '/wards/ward-7/', '--lang', 'cy'),
    /Llun 10 Mai 2027 {2}█ {2}Ystafelloedd gorffwys ar y wardiau/,
  );
});

test('schedule skips invalid campaigns as the banner would, and rejects bad ranges', () => {
  const { code, out, err } = run([
    'schedule',
    `${FIXTURES}/campaigns-problems.json`,
    '--from',
    '2027-03-01',
    '--to',
    '2027-03-03',
  ]);
  assert.equal(code, 0);
  assert.match(
    err,
    /campaigns\[5\]\.link\.href: expected an http\(s\), tel, sms or mailto link \(skipped, as the banner would\)/,
  );
  assert.match(out, /Mon {2}1 Mar 2027 {2}█ █ {2}2 in turn: Same id first, then B/);
  assert.match(out, /: Mon 1 Mar 2027 to Wed 3 Mar 2027 \(UK dates\)/);
  assert.match(out, /B {2}No such day \[no-such-day\]: 2027-02-30 to Tue 2 Mar 2027\n/);
  assert.match(out, /Never shows: Backwards \[backwards\] ends \(2027-06-01\) before it starts \(2027-06-10\)/);
  const backwards = run(['schedule', `${FIXTURES}/campaigns.json`, '--from', '2027-05-02', '--to', '2027-05-01']);
  assert.equal(backwards.code, 2);
  assert.match(backwards.err, /--to \(2027-05-01\) is before --from/);
  const unreal = run(['schedule', `${FIXTURES}/campaigns.json`, '--from', '2027-02-29', '--to', '2027-03-01']);
  assert.equal(unreal.code, 2);
});

test('schedule shows yearly repeats in later years, beside a one-off, across New Year and until their last year', () => {
  const october = run(['schedule', `${FIXTURES}/campaigns-yearly.json`, '--from', '2028-10-03', '--to', '2028-10-13']);
  assert.equal(october.code, 0, october.out);
  assert.match(
    october.err,
    /campaigns\[6\]\.repeats: expected "yearly" \(or nothing, to show it once\) \(skipped, as the banner would\)/,
  );
  assert.match(
    october.out,
    /A {2}World Mental Health Day, 10 October \[wmhd\]: Wed 4 Oct 2028 to Tue 10 Oct 2028, every year from 2026, priority 10\n/,
  );
  assert.match(october.out, /B {2}One-off talk \[one-off\]: Sun 8 Oct 2028 to Thu 12 Oct 2028\n/);
  assert.match(
    october.out,
    /^Sun {2}8 Oct 2028 {2}█ █ {2}2 in turn: World Mental Health Day, 10 October first, then B$/m,
  );
  assert.match(october.out, /Gaps \(no banner\): Tue 3 Oct 2028; Fri 13 Oct 2028\n/);
  assert.match(october.out, /Overlaps \(one at a time, highest priority first\): Sun 8 Oct 2028 to Tue 10 Oct 2028\n/);
  assert.match(october.out, /Never shows: Never \[never\] repeats until 2026, before its first year \(2027\)/);

  const years = run(['schedule', `${FIXTURES}/campaigns-yearly.json`, '--from', '2027-10-01', '--to', '2029-12-31']);
  assert.match(
    years.out,
    /\[wmhd\]: Mon 4 Oct 2027 to Sun 10 Oct 2027; Wed 4 Oct 2028 to Tue 10 Oct 2028; Thu 4 Oct 2029 to Wed 10 Oct 2029, every year/,
  );
  assert.match(
    years.out,
    /\[festive\]: Tue 14 Dec 2027 to Tue 4 Jan 2028; Thu 14 Dec 2028 to Thu 4 Jan 2029, every year from 2026 to 2028\n/,
  );
  assert.match(years.out, /^Thu {2}4 Jan 2029 +· █ · · {2}Support over the holidays$/m);
  assert.match(years.out, /^Fri {2}5 Jan 2029 +· · · · {2}\(nothing: gap\)$/m);
  assert.match(years.out, /^Fri 14 Dec 2029 +· · · · {2}\(nothing: gap\)$/m, 'not after its last year');
  const before = run(['schedule', `${FIXTURES}/campaigns-yearly.json`, '--from', '2025-10-01', '--to', '2025-10-31']);
  assert.match(before.out, /Gaps \(no banner\): Wed 1 Oct 2025 to Fri 31 Oct 2025\n/, 'nothing before the first year');
});

test('help, version and unknown commands', () => {
  assert.match(run(['--help']).out, /wellbeing-widgets validate FILE/);
  assert.equal(run(['--help']).code, 0);
  assert.match(run(['--version']).out, /^\d+\.\d+\.\d+/);
  const unknown = run(['publish']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command "publish"/);
});
