/**
 * What the campaign banner shows on a given UK day and page: plain TypeScript
 * with no DOM and no runtime imports, shared by `<wellbeing-campaign-banner>`
 * and the command-line tool (`wellbeing-widgets schedule`), which runs it in Node.
 *
 * Dates are UK calendar dates as `YYYY-MM-DD` strings (for "today" in the
 * browser use `ukTime().date` from core/clock). `starts` and `ends` are
 * inclusive, and a campaign whose `ends` is before its `starts` never shows.
 *
 * Page patterns (`pages.include` / `pages.exclude`) match the page's path,
 * e.g. `/wards/ward-7/rota`:
 * - `*` stands for any run of characters, slashes included, so `/wards/*`
 *   matches every page under `/wards/`, and `*` alone matches every page;
 * - anything else must match exactly, ignoring case, a trailing `/` and
 *   percent-encoding (`/Wellbeing Hub` matches `/wellbeing%20hub/`);
 * - the query string and `#fragment` are never part of the path.
 * A campaign shows on a page when `include` is missing or empty or any of its
 * patterns matches, and none of `exclude` matches: exclude wins.
 */
import type { Campaign } from '../core/schemas.js';

/** The fields the schedule reads; a full {@link Campaign} fits. */
export type Scheduled = Pick<Campaign, 'id' | 'starts' | 'ends' | 'priority' | 'pages'>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so `2027-02-30` is false). */
export function isIsoDate(value: unknown): value is string {
  const match = typeof value === 'string' && ISO_DATE.exec(value);
  if (!match) return false;
  const day = new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
  return day.toISOString().slice(0, 10) === value;
}

/** The date `days` after (or before, when negative) `date`; both `YYYY-MM-DD`, pure calendar arithmetic. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** True when `date` lies within the campaign's inclusive `starts`…`ends` range. */
export function isScheduledOn(campaign: Pick<Campaign, 'starts' | 'ends'>, date: string): boolean {
  return campaign.starts <= date && date <= campaign.ends;
}

function normalisePath(path: string): string {
  let plain = path.replace(/[?#].*$/, '');
  try {
    plain = decodeURIComponent(plain);
  } catch {
    /* a stray % stays as written */
  }
  return plain.length > 1 ? plain.replace(/\/+$/, '') : plain;
}

/** True when one page pattern (see the module notes for the syntax) matches `path`. */
export function pathMatches(pattern: string, path: string): boolean {
  const source = normalisePath(pattern.trim())
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'i').test(normalisePath(path));
}

/** True when the campaign's `pages` rules allow `path`; no rules means every page. */
export function showsOnPage(pages: Campaign['pages'], path: string): boolean {
  const { include = [], exclude = [] } = pages ?? {};
  const matches = (pattern: string) => pathMatches(pattern, path);
  return (!include.length || include.some(matches)) && !exclude.some(matches);
}

/**
 * The campaigns showing on one UK date on one page, in the order the banner
 * shows them: highest `priority` first (missing means 0), ties in file order.
 *
 * @param campaigns validated campaigns, in file order (not changed)
 * @param date a UK calendar date, `YYYY-MM-DD`
 * @param path the page path that `pages` patterns match, e.g. `/wards/ward-7/`;
 *   leave it out to ignore page rules (the schedule for the whole intranet)
 * @returns a new array of the same campaign objects
 */
export function campaignsOn<T extends Scheduled>(campaigns: readonly T[], date: string, path?: string): T[] {
  return campaigns
    .filter((campaign) => isScheduledOn(campaign, date) && (path === undefined || showsOnPage(campaign.pages, path)))
    .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0)); // Array#sort is stable: ties keep file order
}

/** One day of a {@link timeline}. */
export interface ScheduleDay<T> {
  /** `YYYY-MM-DD` */
  date: string;
  /** showing that day, in banner order (see {@link campaignsOn}) */
  campaigns: T[];
}

/**
 * What shows on each day from `from` to `to` inclusive (both `YYYY-MM-DD`),
 * for a day-by-day timeline. Empty when `to` is before `from`.
 *
 * @throws RangeError when either date is not a real `YYYY-MM-DD` date
 */
export function timeline<T extends Scheduled>(campaigns: readonly T[], from: string, to: string, path?: string): ScheduleDay<T>[] {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError('expected dates as YYYY-MM-DD');
  const days: ScheduleDay<T>[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push({ date, campaigns: campaignsOn(campaigns, date, path) });
  return days;
}

/**
 * A short fingerprint of what a campaign says and when (titles, messages,
 * dates, link and image, in both languages). A dismissal is remembered against
 * it, so a campaign that is changed shows again; priority, tone and page rules
 * do not count as new content.
 */
export function campaignVersion(campaign: Campaign): string {
  const { title, title_cy, message, message_cy, starts, ends, link, image } = campaign;
  const text = JSON.stringify([
    title, title_cy, message, message_cy, starts, ends, link?.href, link?.text, link?.text_cy, image?.src, image?.alt, image?.alt_cy,
  ]);
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
