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

const ukFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** Reads an instant as UK wall-clock time, whatever the visitor's own time zone. */
export function ukTime(ms: number = clock.now()): UkTime {
  const parts: Record<string, string> = {};
  for (const { type, value } of ukFormat.formatToParts(ms)) parts[type] = value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAY_INDEX[parts.weekday!]!,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
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
