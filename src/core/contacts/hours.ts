import { ukTime, WEEKDAYS, type UkTime } from '../platform/clock.js';
import type { Hours, OpeningPeriod } from '../data/schemas.js';
import type { Translate } from '../i18n/index.js';
import type { SharedKey } from '../i18n/shared.js';

export type { Hours, OpeningPeriod };

type T = Translate<SharedKey>;

/** Where a service stands right now, and when that changes. */
export type OpeningState = { open: true; closes?: Moment } | { open: false; opens?: Moment };

/** A future UK wall-clock moment: days from today, weekday (0 = Monday) and minutes past midnight. */
export interface Moment {
  inDays: number;
  weekday: number;
  minutes: number;
}

const WEEK = 7 * 24 * 60;

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** Each period as [start, end) minutes from Monday 00:00, end possibly past the week's end. */
function intervals(periods: OpeningPeriod[]): Array<[number, number]> {
  return periods.flatMap(({ days, opens, closes }) => {
    const start = toMinutes(opens);
    let end = toMinutes(closes);
    if (end <= start) end += 24 * 60;
    return days.map((day): [number, number] => {
      const base = WEEKDAYS.indexOf(day) * 24 * 60;
      return [base + start, base + end];
    });
  });
}

function momentAt(nowInWeek: number, target: number): Moment {
  const ahead = (((target - nowInWeek) % WEEK) + WEEK) % WEEK;
  const absolute = nowInWeek + ahead;
  const nowDay = Math.floor(nowInWeek / 1440);
  const day = Math.floor(absolute / 1440);
  return { inDays: day - nowDay, weekday: day % 7, minutes: absolute % 1440 };
}

/**
 * Open now, and until when; or closed, and when it next opens. Computed in UK
 * time. `at` is an instant (default now) or, to check many services at once
 * without re-reading the clock for each, a `ukTime()` reading.
 */
export function openingState(hours: Hours, at?: number | UkTime): OpeningState {
  if (hours === '24/7') return { open: true };
  const now = typeof at === 'object' ? at : ukTime(at);
  const nowInWeek = now.weekday * 1440 + now.minutes;
  const spans = intervals(hours);
  for (const [start, end] of spans) {
    for (const offset of [0, -WEEK]) {
      if (nowInWeek >= start + offset && nowInWeek < end + offset) {
        return { open: true, closes: momentAt(nowInWeek, end + offset) };
      }
    }
  }
  let next: Moment | undefined;
  for (const [start] of spans) {
    const candidate = momentAt(nowInWeek, start);
    if (!next || candidate.inDays * 1440 + candidate.minutes < next.inDays * 1440 + next.minutes) next = candidate;
  }
  return { open: false, opens: next };
}

/** `9am`, `5:30pm`, `midday` (`9yb`, `5:30yh`, `hanner dydd` in Welsh). */
export function formatTime(minutes: number, t: T): string {
  const m = minutes % 1440;
  if (m === 0) return t('midnight');
  if (m === 720) return t('midday');
  const hour = Math.floor(m / 60) % 12 || 12;
  const mins = m % 60;
  return t(m < 720 ? 'am' : 'pm', { time: mins ? `${hour}:${String(mins).padStart(2, '0')}` : String(hour) });
}

/** A short status line: "Open now, closes 5pm", "Closed, opens 9am Monday". */
export function describeState(state: OpeningState, t: T): string {
  if (state.open)
    return state.closes && state.closes.inDays === 0
      ? t('openUntil', { time: formatTime(state.closes.minutes, t) })
      : t('openNow');
  if (!state.opens) return t('closed');
  const { inDays, weekday, minutes } = state.opens;
  const day =
    inDays === 0 ? t('today') : inDays === 1 ? t('tomorrow') : t('onDay', { day: t(`day${weekday}` as 'day0') });
  return t('closedOpens', { time: formatTime(minutes, t), day });
}

/** The whole timetable in words: "Monday to Friday, 9am to 5pm". */
export function describeHours(hours: Hours, t: T): string {
  if (hours === '24/7') return t('allDay');
  return hours
    .map(({ days, opens, closes }) => {
      const indices = days.map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
      const consecutive = indices.length > 2 && indices.every((d, i) => i === 0 || d === indices[i - 1]! + 1);
      const dayName = (i: number) => t(`day${i}` as 'day0');
      const dayText = consecutive
        ? t('dayRange', { from: dayName(indices[0]!), to: dayName(indices.at(-1)!) })
        : indices.map(dayName).join(', ');
      const times = t('timeRange', { from: formatTime(toMinutes(opens), t), to: formatTime(toMinutes(closes), t) });
      return `${dayText}, ${times}`;
    })
    .join(t('listSeparator'));
}
