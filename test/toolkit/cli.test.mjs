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
  assert.match(errors[2], /cannot tell what kind of file this is: expected one of the lists "contacts", "services", "campaigns"/);
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
  const other = run(['schedule', `${FIXTURES}/campaigns.json`, '--from', '2027-05-10', '--to', '2027-05-10', '--page', '/news/']);
  assert.match(other.out, /Mon 10 May 2027 {2}\(nothing: gap\)/);
  const ward = run(['schedule', `${FIXTURES}/campaigns.json`, '--from', '2027-05-10', '--to', '2027-05-10', '--page', '/wards/ward-7/', '--lang', 'cy']);
  assert.match(ward.out, /Llun 10 Mai 2027 {2}█ {2}Ystafelloedd gorffwys ar y wardiau/);
});

test('schedule skips invalid campaigns as the banner would, and rejects bad ranges', () => {
  const { code, out, err } = run(['schedule', `${FIXTURES}/campaigns-problems.json`, '--from', '2027-03-01', '--to', '2027-03-03']);
  assert.equal(code, 0);
  assert.match(err, /campaigns\[5\]\.link\.href: expected an http\(s\), tel, sms or mailto link \(skipped, as the banner would\)/);
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

test('help, version and unknown commands', () => {
  assert.match(run(['--help']).out, /wellbeing-widgets validate FILE/);
  assert.equal(run(['--help']).code, 0);
  assert.match(run(['--version']).out, /^\d+\.\d+\.\d+/);
  const unknown = run(['publish']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command "publish"/);
});
