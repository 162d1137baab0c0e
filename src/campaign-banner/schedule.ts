/**
 * What the campaign banner shows on a given UK day and page: plain TypeScript
 * with no DOM (its one import is the data files' date rule), shared by
 * `<wellbeing-campaign-banner>` and the command-line tool
 * (`wellbeing-widgets schedule`), which runs it in Node.
 *
 * Dates are UK calendar dates as `YYYY-MM-DD` strings (for "today" in the
 * browser use `ukTime().date` from core/clock). `starts` and `ends` are
 * inclusive, and a campaign whose `ends` is before its `starts` never shows.
 *
 * Yearly repeats (`"repeats": "yearly"`): `starts` and `ends` are the first
 * occurrence, and the campaign shows again on the same calendar dates every
 * later year (never in earlier ones), up to and including the occurrence that
 * starts in the year `until` when it is given (`until` means nothing without
 * `repeats`). An occurrence belongs to the year it starts in, so one from
 * 14 December to 4 January runs into the next year as written, and
 * `"until": 2030` lets the 2030 one run on to 4 January 2031. A date on the
 * last day of February stays on the last day of February: 29 February becomes
 * 28 February in other years, and a campaign written for 1 to 28 February 2027
 * runs to 29 February in 2028 (as Rare Disease Day, the last day of February,
 * does). No weekday rules: a day such as "the first Thursday in February"
 * falls on a different date each year, so give it a window that holds every
 * possible date, or its own dates each year.
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
import { isIsoDate, type Campaign, type IsoDate } from '../core/data/schemas.js';

export { isIsoDate };

/** The fields the schedule reads; a full {@link Campaign} fits. */
export type Scheduled = Pick<Campaign, 'id' | 'starts' | 'ends' | 'repeats' | 'until' | 'priority' | 'pages'>;

/** The fields that say when a campaign shows. */
export type CampaignDates = Pick<Campaign, 'starts' | 'ends' | 'repeats' | 'until'>;

/** A run of days, both inclusive `YYYY-MM-DD`: one occurrence of a campaign, or a gap or overlap in a {@link timeline}. */
export interface DateSpan {
  starts: IsoDate;
  ends: IsoDate;
}

/** The date `days` after (or before, when negative) `date`; both `YYYY-MM-DD`, pure calendar arithmetic. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/**
 * `date` (`YYYY-MM-DD`) on the same calendar day `years` years later (earlier
 * when negative). The last day of February stays the last day of February:
 * `2028-02-29` becomes `2029-02-28`, and `2027-02-28` becomes `2028-02-29`.
 */
export function addYears(date: string, years: number): string {
  if (!years) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const to = year + years;
  const end = month === 2 && day >= 28 + +isLeap(year);
  return `${String(to).padStart(4, '0')}-${date.slice(5, 8)}${end ? 28 + +isLeap(to) : date.slice(8)}`;
}

/** The `k`th occurrence (0: the dates as written), or `undefined` when there is none. */
function nth(campaign: CampaignDates, k: number): DateSpan | undefined {
  const { starts, ends, until = Infinity } = campaign;
  return k < 0 || (campaign.repeats === 'yearly' ? +starts.slice(0, 4) + k > until : k)
    ? undefined
    : { starts: addYears(starts, k), ends: addYears(ends, k) };
}

/**
 * The occurrences of a campaign that show on at least one day from `from` to
 * `to` (inclusive `YYYY-MM-DD`), earliest first: at most one for a campaign
 * that shows once, one a year for a yearly one (see the module notes). Empty
 * for a campaign whose `ends` is before its `starts`. For a calendar, ask for
 * the visible range and draw each span.
 */
export function occurrences(campaign: CampaignDates, from: string, to: string): DateSpan[] {
  const found: DateSpan[] = [];
  // Occurrence k starts in the year of `starts` + k and ends in the year of `ends` + k.
  for (
    let k = +from.slice(0, 4) - +campaign.ends.slice(0, 4);
    k <= +to.slice(0, 4) - +campaign.starts.slice(0, 4);
    k++
  ) {
    const span = nth(campaign, k);
    if (span && span.starts <= span.ends && span.starts <= to && from <= span.ends) found.push(span);
  }
  return found;
}

/** The occurrence of the campaign showing on `date`, if any. */
export function occurrenceOn(campaign: CampaignDates, date: string): DateSpan | undefined {
  // Only the latest occurrence to start by `date` can be showing: each ends later than the one before.
  for (let k = +date.slice(0, 4) - +campaign.starts.slice(0, 4); k >= 0; k--) {
    const span = nth(campaign, k);
    if (span && span.starts <= date) return date <= span.ends ? span : undefined;
  }
}

/**
 * The occurrence showing on `date`, or else the next one to start after it;
 * `undefined` when the campaign will not show again (it has ended, or its last
 * year, `until`, is over).
 */
export function nextOccurrence(campaign: CampaignDates, date: string): DateSpan | undefined {
  const showing = occurrenceOn(campaign, date);
  if (showing) return showing;
  // The first occurrence, if it is still to come, or else this year's or next year's.
  const year = Math.max(+date.slice(0, 4), +campaign.starts.slice(0, 4)) + 1;
  return occurrences(campaign, date, `${year}-12-31`).find((span) => span.starts > date);
}

/** True when the campaign shows on `date`: within its inclusive `starts`…`ends`, or within an occurrence of a yearly campaign. */
export function isScheduledOn(campaign: CampaignDates, date: string): boolean {
  return !!occurrenceOn(campaign, date);
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
export function timeline<T extends Scheduled>(
  campaigns: readonly T[],
  from: string,
  to: string,
  path?: string,
): ScheduleDay<T>[] {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError('expected dates as YYYY-MM-DD');
  const days: ScheduleDay<T>[] = [];
  for (let date = from; date <= to; date = addDays(date, 1))
    days.push({ date, campaigns: campaignsOn(campaigns, date, path) });
  return days;
}

function spans<T>(days: readonly ScheduleDay<T>[], keep: (day: ScheduleDay<T>) => boolean): DateSpan[] {
  const found: DateSpan[] = [];
  for (const day of days) {
    if (!keep(day)) continue;
    const last = found[found.length - 1];
    if (last && addDays(last.ends, 1) === day.date) last.ends = day.date;
    else found.push({ starts: day.date, ends: day.date });
  }
  return found;
}

/** The runs of days in a {@link timeline} with no campaign showing, earliest first. */
export function gaps<T>(days: readonly ScheduleDay<T>[]): DateSpan[] {
  return spans(days, (day) => !day.campaigns.length);
}

/** The runs of days in a {@link timeline} with more than one campaign showing (the banner shows them in turn), earliest first. */
export function overlaps<T>(days: readonly ScheduleDay<T>[]): DateSpan[] {
  return spans(days, (day) => day.campaigns.length > 1);
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
    title,
    title_cy,
    message,
    message_cy,
    starts,
    ends,
    link?.href,
    link?.text,
    link?.text_cy,
    image?.src,
    image?.alt,
    image?.alt_cy,
  ]);
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * What a dismissal on `date` is remembered against: the {@link campaignVersion},
 * and for a yearly campaign the year its occurrence showing on `date` starts
 * in (`"1x2y3z@2027"`), so a yearly campaign dismissed this year shows again
 * next year, while one dismissed on 31 December stays dismissed on 1 January
 * of the same occurrence.
 */
export function dismissalVersion(campaign: Campaign, date: string): string {
  const showing = campaign.repeats === 'yearly' && occurrenceOn(campaign, date);
  return campaignVersion(campaign) + (showing ? `@${showing.starts.slice(0, 4)}` : '');
}
