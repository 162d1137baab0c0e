/**
 * The one seam for time. Everything reads time through here, late-bound to the
 * globals, so tests can install fake timers (sinon) and move the clock.
 */
export const clock = {
  now: (): number => Date.now(),
  setTimeout: (callback: () => void, ms: number): number =>
    globalThis.setTimeout(callback, Math.max(0, Math.min(ms, MAX_TIMEOUT))) as unknown as number,
  clearTimeout: (id: number | undefined): void => globalThis.clearTimeout(id),
};

/** Browsers overflow timers longer than 2^31-1 ms and fire them at once. */
const MAX_TIMEOUT = 2 ** 31 - 1;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A moment as a UK (Europe/London) wall-clock reading. */
export interface UkTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** minutes since UK midnight */
  minutes: number;
}

/**
 * UK summer time (BST, UTC+1) runs from 01:00 UTC on the last Sunday in March
 * to 01:00 UTC on the last Sunday in October (the Summer Time Order 2002).
 * Computed rather than asked of Intl: creating the first Intl.DateTimeFormat
 * loads the browser's date data, which costs a page tens of milliseconds at
 * start-up on a slow PC. If the law changes, change this function.
 */
function ukOffset(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = Date.UTC(year, month + 1, 0, 1); // the month's last day, 01:00 UTC
    return last - new Date(last).getUTCDay() * 86_400_000;
  };
  return ms >= lastSunday(2) && ms < lastSunday(9) ? 3_600_000 : 0;
}

/** Reads an instant as UK wall-clock time, whatever the visitor's own time zone. */
export function ukTime(ms: number = clock.now()): UkTime {
  const uk = new Date(ms + ukOffset(ms));
  return {
    date: uk.toISOString().slice(0, 10),
    weekday: (uk.getUTCDay() + 6) % 7,
    minutes: uk.getUTCHours() * 60 + uk.getUTCMinutes(),
  };
}

/** Milliseconds from `ms` until the next UK midnight (right on 23- and 25-hour days too). */
export function msUntilNextUkDay(ms: number = clock.now()): number {
  const now = ukTime(ms);
  const naive = ms - (ms % 60_000) + (24 * 60 - now.minutes) * 60_000;
  // On a clock-change day the naive guess is an hour out either way.
  for (const shift of [0, -3_600_000, 3_600_000]) {
    const midnight = naive + shift;
    if (ukTime(midnight).date !== now.date && ukTime(midnight - 60_000).date === now.date) return midnight - ms;
  }
  return naive - ms;
}
