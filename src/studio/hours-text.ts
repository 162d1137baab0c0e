/**
 * Opening hours as people write them in a spreadsheet cell, read into the
 * data files' form. Pure.
 *
 * `24/7`; `Mon-Fri 09:00-17:00`; `Monday to Friday 9am to 5:30pm; Sat 10am-2pm`;
 * `Weekdays 8-18`; `Every day 20:00-02:00` (closing at or before opening runs past midnight).
 */
import { WEEKDAYS, type Weekday } from '../core/platform/clock.js';
import type { Hours, OpeningPeriod } from '../core/data/schemas.js';

export type HoursResult = { hours: Hours } | { error: string };

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** `Mon`, `Tues`, `thursday`, `Weds` → 0…6, or -1. */
function dayIndex(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^weds$/, 'wed');
  return w.length < 2 ? -1 : DAY_NAMES.findIndex((d) => d.startsWith(w));
}

function days(text: string): Weekday[] | undefined {
  const t = text.trim().toLowerCase();
  if (/^(every ?day|daily|all week|7 days( a week)?|mon(day)?\s*(-|–|to)\s*sun(day)?)$/.test(t)) return [...WEEKDAYS];
  if (/^weekdays?$/.test(t)) return WEEKDAYS.slice(0, 5);
  if (/^weekends?$/.test(t)) return WEEKDAYS.slice(5);
  const out = new Set<Weekday>();
  for (const part of t.split(/\s*(?:,|&|\band\b)\s*/)) {
    const range = /^([a-z.]+)\s*(?:-|–|to)\s*([a-z.]+)$/.exec(part);
    if (range) {
      const [from, to] = [dayIndex(range[1]!), dayIndex(range[2]!)];
      if (from < 0 || to < 0) return undefined;
      for (let d = from; ; d = (d + 1) % 7) {
        out.add(WEEKDAYS[d]!);
        if (d === to) break;
      }
    } else {
      const d = dayIndex(part);
      if (d < 0) return undefined;
      out.add(WEEKDAYS[d]!);
    }
  }
  return out.size ? WEEKDAYS.filter((d) => out.has(d)) : undefined;
}

/** `9`, `9am`, `9:30pm`, `17:30`, `midnight`, `midday` → `HH:MM`. */
function time(text: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (t === 'midnight') return '00:00';
  if (t === 'midday' || t === 'noon') return '12:00';
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm)?$/.exec(t);
  if (!match) return undefined;
  let hour = +match[1]!;
  const minutes = +(match[2] ?? 0);
  if (match[3]) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (match[3] === 'pm' ? 12 : 0);
  }
  if (hour > 24 || minutes > 59 || (hour === 24 && minutes)) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const EXAMPLE = 'write them like “Mon-Fri 09:00-17:00; Sat 10:00-14:00” or “24/7”';

/** Reads a cell of opening hours; `undefined` for an empty cell. */
export function parseHoursText(input: string): HoursResult | undefined {
  const text = input.trim();
  if (!text) return undefined;
  if (/^(24\/7|24 ?hours?|always( open)?|24 hours,? 7 days( a week)?)$/i.test(text)) return { hours: '24/7' };
  const periods: OpeningPeriod[] = [];
  for (const part of text.split(/\s*(?:;|\n)\s*/).filter(Boolean)) {
    const match = /^(.*?)[\s,:]+(\S+)\s*(?:-|–|to)\s*(\S+)$/i.exec(part);
    const dayList = match && days(match[1]!.replace(/[,:]$/, ''));
    const opens = match && time(match[2]!);
    const closes = match && time(match[3]!);
    if (!dayList || !opens || !closes) return { error: `could not read the opening hours “${part}”: ${EXAMPLE}` };
    periods.push({ days: dayList, opens, closes });
  }
  return { hours: periods };
}

/** True when a period runs past midnight: it closes at or before it opens. */
export const isOvernight = ({ opens, closes }: Pick<OpeningPeriod, 'opens' | 'closes'>): boolean =>
  closes !== '24:00' && closes <= opens;
