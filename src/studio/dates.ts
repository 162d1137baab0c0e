/**
 * UK dates as editors write them, and as the data files store them. Pure.
 * The files hold `YYYY-MM-DD`; editors type (and spreadsheets save)
 * `DD/MM/YYYY`. Whether a date is real is the banner's own rule (`isIsoDate`).
 */
import { isIsoDate } from '../core/data/schemas.js';

export type DateResult = { date: string } | { error: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date written `DD/MM/YYYY` (also `D/M/YY`, with `/`, `.` or `-`),
 * `YYYY-MM-DD`, or `14 May 2027`; a time after it, as some spreadsheets save,
 * is ignored. Returns `undefined` for an empty cell.
 */
export function parseUkDate(input: string): DateResult | undefined {
  const text = input.trim().replace(/[ T]\d{1,2}:\d{2}(:\d{2})?$/, '');
  if (!text) return undefined;
  let year: number, month: number, day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) [year, month, day] = [+match[1]!, +match[2]!, +match[3]!];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text))) {
    [day, month, year] = [+match[1]!, +match[2]!, +match[3]!];
    if (year < 100) year += 2000;
  } else if ((match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,})\.?,?\s+(\d{4})$/i.exec(text))) {
    const index = MONTHS.indexOf(match[2]!.slice(0, 3).toLowerCase());
    if (index < 0) return { error: `“${input.trim()}” is not a date: write it as DD/MM/YYYY, for example 14/05/2027` };
    [day, month, year] = [+match[1]!, index + 1, +match[3]!];
  } else return { error: `“${input.trim()}” is not a date: write it as DD/MM/YYYY, for example 14/05/2027` };
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!isIsoDate(date)) {
    const dayFirst = month > 12 && day <= 12 ? ' (the day comes first: DD/MM/YYYY)' : '';
    return { error: `${input.trim()} is not a real date${dayFirst}` };
  }
  return { date };
}

/** `2027-05-14` → `14/05/2027`; anything else is returned as it is. */
export function toUkDate(iso: unknown): string {
  if (typeof iso !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

const longFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const shortFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `2027-05-14` → `Friday 14 May 2027`. */
export const longDate = (iso: string): string => longFormat.format(utc(iso)).replace(',', '');
/** `2027-05-14` → `14 May 2027`. */
export const shortDate = (iso: string): string => shortFormat.format(utc(iso));
/** `2027-05-01` → `May 2027`. */
export const monthName = (iso: string): string => monthFormat.format(utc(iso));
