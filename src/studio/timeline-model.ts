/**
 * The campaign calendar's model: a month of UK dates, Monday first, with the
 * campaigns showing on each day, the gaps and the overlaps. Every rule comes
 * from the banner's own schedule module (yearly repeats, priority order, page
 * patterns), so the calendar cannot disagree with the banner. Pure.
 */
import {
  addDays,
  gaps,
  occurrences,
  overlaps,
  timeline,
  type DateSpan,
  type ScheduleDay,
} from '../campaign-banner/schedule.js';
import { isIsoDate } from '../core/data/schemas.js';
import type { Campaign } from '../core/data/schemas.js';

/** A campaign the banner would show, and where it is in the draft. */
export interface Live {
  campaign: Campaign;
  /** its place in the draft's list */
  index: number;
}

export interface Month {
  /** `YYYY-MM` */
  month: string;
  /** the weeks on the calendar, Monday to Sunday, padded with days of the months either side */
  weeks: ScheduleDay<Live>[][];
  /** the days of the month itself */
  days: ScheduleDay<Live>[];
  gaps: DateSpan[];
  overlaps: DateSpan[];
  /** the campaigns showing at some time in the month, in draft order, with their spans in it */
  showing: Array<Live & { spans: DateSpan[] }>;
}

/** 0 = Monday … 6 = Sunday. */
export const weekday = (date: string): number => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

/** `2027-02` → `2027-03`; `step` months on (or back, when negative). */
export function addMonths(month: string, step: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + step;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last day of a `YYYY-MM` month. */
export const lastDay = (month: string): string => addDays(`${addMonths(month, 1)}-01`, -1);

/**
 * One month of the calendar. `live` are the campaigns the banner would use
 * (entries with problems are skipped, as the banner skips them); `path`
 * applies the campaigns' page rules for that page, or none when left out.
 */
export function monthOf(live: Live[], month: string, path?: string): Month {
  const first = `${month}-01`;
  const last = lastDay(month);
  if (!isIsoDate(first)) throw new RangeError('expected a month as YYYY-MM');
  const gridStart = addDays(first, -weekday(first));
  const gridEnd = addDays(last, 6 - weekday(last));
  // The schedule returns the campaign objects it was given, in banner order.
  const byCampaign = new Map(live.map((item) => [item.campaign, item]));
  const all = timeline(
    live.map((item) => item.campaign),
    gridStart,
    gridEnd,
    path,
  ).map((day) => ({ date: day.date, campaigns: day.campaigns.map((c) => byCampaign.get(c)!) }));
  const weeks: ScheduleDay<Live>[][] = [];
  for (let i = 0; i < all.length; i += 7) weeks.push(all.slice(i, i + 7));
  const days = all.filter((day) => day.date >= first && day.date <= last);
  const showing = live
    .filter((item) => days.some((day) => day.campaigns.includes(item)))
    .map((item) => ({ ...item, spans: occurrences(item.campaign, first, last) }));
  return { month, weeks, days, gaps: gaps(days), overlaps: overlaps(days), showing };
}
