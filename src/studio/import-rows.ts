/**
 * Spreadsheet rows → entries of a data file. Each cell becomes its field's
 * value (dates read as UK dates, lists split at commas, opening hours read
 * from words); each row is then checked with the data file's own rules. Good
 * rows are kept; a row that cannot be used is listed with its row number, its
 * title and every reason. Pure.
 */
import { parseUkDate } from './dates.js';
import type { CsvRow } from './csv.js';
import { FIELDS, KINDS, getPath, setPath, type Kind } from './fields.js';
import { parseHoursText } from './hours-text.js';
import type { Mapping } from './columns.js';
import { describeProblem, findProblems } from './problems.js';

export interface RejectedRow {
  /** the row number the spreadsheet shows */
  row: number;
  /** the row's title or name, or `''` */
  title: string;
  reasons: string[];
  /** the row as an entry, cells that could not be read kept as typed: to fix in the studio */
  entry: Record<string, unknown>;
}

export interface ImportResult {
  entries: Record<string, unknown>[];
  rejected: RejectedRow[];
}

const YES = /^(y|yes|true|1|x|✓|✔)$/i;
const NO = /^(n|no|false|0)?$/i;

/** `Time to Talk Day 2027!` → `time-to-talk-day-2027`. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'entry'
  );
}

/** An id not yet in `taken`: `slug`, else `slug-2`, `slug-3`… (added to `taken`). */
export function freeId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** One cell as its field's value; a string `error` when it cannot be read. */
function convert(
  type: string,
  cell: string,
  label: string,
  options?: Array<[string, string]>,
): { value?: unknown; error?: string } {
  switch (type) {
    case 'date': {
      const result = parseUkDate(cell);
      return !result ? {} : 'date' in result ? { value: result.date } : { error: `${label}: ${result.error}` };
    }
    case 'number':
      return Number.isFinite(Number(cell)) ? { value: Number(cell) } : { error: `${label}: “${cell}” is not a number` };
    case 'boolean':
      return YES.test(cell)
        ? { value: true }
        : NO.test(cell)
          ? { value: false }
          : { error: `${label}: “${cell}” is not yes or no` };
    case 'hours': {
      const result = parseHoursText(cell);
      return !result ? {} : 'hours' in result ? { value: result.hours } : { error: `${label}: ${result.error}` };
    }
    case 'list':
    case 'lines':
    case 'choices': {
      const items = cell
        .split(type === 'lines' ? /\s*\n\s*/ : /\s*[,;\n|]\s*/)
        .map((s) => s.trim())
        .filter(Boolean);
      // A choice may be written as its value (`in-person`) or its words (`In person`).
      return { value: options ? items.map((item) => matchOption(item, options)) : items };
    }
    case 'choice':
      // A choice of one (repeats: yearly) can be ticked with yes or no.
      if (options?.length === 1 && YES.test(cell)) return { value: options[0]![0] };
      if (options?.length === 1 && NO.test(cell)) return {};
      return { value: options ? matchOption(cell, options) : cell };
    default:
      return { value: cell };
  }
}

function matchOption(text: string, options: Array<[string, string]>): string {
  const plain = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return (
    options.find(
      ([value, words]) =>
        plain(value) === plain(text) || plain(words) === plain(text) || plain(words).startsWith(`${plain(text)} `),
    )?.[0] ?? text
  );
}

/**
 * Turns rows into entries with the editor's column mapping. `taken` holds the
 * ids already in the draft, so made-up ids do not clash with them.
 */
export function importRows(kind: Kind, rows: CsvRow[], mapping: Mapping, taken: Set<string> = new Set()): ImportResult {
  const fields = FIELDS[kind];
  const { nameField, idField } = KINDS[kind];
  const entries: Record<string, unknown>[] = [];
  const rejected: RejectedRow[] = [];
  for (const { row, cells } of rows) {
    let entry: Record<string, unknown> = {};
    const reasons: string[] = [];
    const unread = new Set<string>();
    mapping.forEach((path, column) => {
      const cell = (cells[column] ?? '').trim();
      const field = fields.find((f) => f.path === path);
      if (!field || !cell) return;
      const { value, error } = convert(field.type, cell, field.label, field.options);
      if (error) {
        reasons.push(error);
        unread.add(path);
      }
      entry = setPath(entry, path, error ? cell : value);
    });
    const title = String(getPath(entry, nameField) ?? '');
    if (idField && !entry[idField] && title) entry = { ...entry, [idField]: slug(title) };
    // The data file's own rules, less "is required" for a cell that could not be read.
    // (and no "id is required" when there is no name to make it from: the missing name says it)
    const problems = findProblems(kind, [entry]).entries[0]!.filter(
      (p) => p.level === 'error' && !unread.has(p.path) && !(p.path === idField && !title),
    );
    reasons.push(...problems.map((p) => describeProblem(kind, p)));
    if (reasons.length) rejected.push({ row, title, reasons, entry });
    else {
      if (idField) entry[idField] = freeId(String(entry[idField]), taken);
      entries.push(entry);
    }
  }
  return { entries, rejected };
}
