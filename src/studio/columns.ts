/**
 * Which spreadsheet column fills which field: a first guess from the column
 * names, then the editor's own choices, remembered in this browser for the
 * next spreadsheet with the same column names. Pure apart from `storage`.
 */
import { storage } from '../core/platform/storage.js';
import { FIELDS, type Kind } from './fields.js';

/** For each column, in order: the field path it fills, or `''` to leave it out. */
export type Mapping = string[];

/** `Start date (DD/MM/YYYY)` → `start date`: lower case, no punctuation or bracketed notes. */
export const normaliseHeader = (header: string): string =>
  header
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Words that mark a Welsh column: `Title (Welsh)`, `Teitl Cymraeg`, `title_cy`. */
const WELSH = /\b(welsh|cymraeg|cy)\b/;

const storageKey = (kind: Kind) => `studio:columns:${kind}`;

/** The editor's remembered choices: normalised column name → field path or `''`. */
export function rememberedChoices(kind: Kind): Record<string, string> {
  const saved = storage.get<Record<string, string>>(storageKey(kind));
  return saved && typeof saved === 'object' ? saved : {};
}

/** Remembers each column's field for the next spreadsheet with the same column names. */
export function rememberChoices(kind: Kind, headers: string[], mapping: Mapping): void {
  const saved = rememberedChoices(kind);
  headers.forEach((header, i) => {
    const key = normaliseHeader(header);
    if (key) saved[key] = mapping[i] ?? '';
  });
  storage.set(storageKey(kind), saved);
}

/** The field a column name most likely means, or `''`. */
export function guessField(kind: Kind, header: string): string {
  const raw = header.toLowerCase();
  const welsh = WELSH.test(raw.replace(/_cy\b/, ' cy').replace(/[^a-z0-9]+/g, ' '));
  const name = normaliseHeader(header.replace(/_cy\b/i, ' ')).replace(WELSH, ' ').replace(/\s+/g, ' ').trim();
  const fields = FIELDS[kind].filter((f) => !!f.english === welsh);
  const names = (path: string, label: string, aliases: string[] = []) => [
    normaliseHeader(path.replace(/_cy$/, '').replace(/\./g, ' ')),
    normaliseHeader(label.replace(/\(Welsh\)/, '')),
    ...aliases.map(normaliseHeader),
  ];
  // The exact field path (`link.href`, `title_cy`) first, then names and aliases.
  const exact = FIELDS[kind].find((f) => f.path.toLowerCase() === raw.trim());
  if (exact) return exact.path;
  // "Campaign title", "Service phone": the kind's own word adds nothing.
  const plain = name
    .replace(/\b(campaigns?|services?|contacts?)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const candidate of [name, plain]) {
    for (const field of fields) {
      const english = field.english ? FIELDS[kind].find((f) => f.path === field.english) : undefined;
      if (candidate && names(field.path, field.label, english?.aliases ?? field.aliases).includes(candidate))
        return field.path;
    }
  }
  return '';
}

/**
 * A mapping for these columns: remembered choices first, then guesses; a
 * field is filled from one column only (the first that claims it).
 */
export function initialMapping(kind: Kind, headers: string[]): Mapping {
  const remembered = rememberedChoices(kind);
  const used = new Set<string>();
  return headers.map((header) => {
    const key = normaliseHeader(header);
    const field = key in remembered ? remembered[key]! : guessField(kind, header);
    if (!field || used.has(field) || !FIELDS[kind].some((f) => f.path === field)) return '';
    used.add(field);
    return field;
  });
}
