import { msUntilNextUkDay, ukTime } from '../core/platform/clock.js';

/**
 * The break reminder's state machine: plain data and pure functions, no DOM.
 * Everything is a wall-clock instant (ms), so reloads, sleep, throttled
 * background tabs and clock changes cannot shift a reminder: the element only
 * asks "what shows at `now`, and when can that change?".
 */

export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Working Time Regulations 1998: a 20-minute rest when the working day is over 6 hours. */
export const REST_AFTER = 6 * HOUR;

/** What this browser keeps, only times and choices: nothing about the person. */
export interface BreakState {
  /** last change: the newest copy wins across tabs */
  at: number;
  /** the working day began (first page seen) */
  start: number;
  /** the day's record is cleared at this instant */
  until: number;
  /** the next reminder */
  next: number;
  /** when "I've taken a break" was pressed today */
  breaks: number[];
  /** the 20-minute rest has been taken */
  rest?: boolean;
  snoozed?: boolean;
  paused?: boolean;
  /** the shift ends */
  end?: number;
  /** prompts answered, to rotate ideas */
  n: number;
  /** the person's own minutes between breaks (kept across days) */
  every?: number;
  /** desktop notifications wanted (kept across days) */
  notify?: boolean;
}

export type Status = 'idle' | 'due' | 'snoozed' | 'paused' | 'ended';

export interface View {
  status: Status;
  /** due, and it's the legal 20-minute rest */
  rest: boolean;
  /** 00:00–06:00 UK time: night copy */
  night: boolean;
  /** whole minutes until the next prompt (idle, snoozed) */
  minutes: number;
  /** the next instant the status can change: the one timer to arm */
  wake: number;
  /** the next instant `minutes` changes (for a visible countdown) */
  tick: number;
}

/** A stored value is used only when it has the right shape. */
export function isState(value: unknown): value is BreakState {
  const record = value as BreakState;
  return (
    Array.isArray(record?.breaks) &&
    [record.at, record.start, record.until, record.next, record.n, ...record.breaks, record.end ?? 0].every(
      Number.isFinite,
    )
  );
}

/** A day's record lasts until UK midnight, or 6 hours after a shift that ends later (night shifts). */
const expiry = (start: number, end?: number) => Math.max(start + msUntilNextUkDay(start), end ? end + REST_AFTER : 0);

/** The stored record while it belongs to today; otherwise a new day that keeps the settings. */
export function today(stored: unknown, now: number, interval: number): BreakState {
  const record = isState(stored) ? stored : undefined;
  if (record && now >= record.start && now < record.until) return record;
  return {
    at: now,
    start: now,
    until: expiry(now),
    next: now + Math.min(record?.every ?? interval, 360) * MINUTE,
    breaks: [],
    n: 0,
    every: record?.every,
    notify: record?.notify,
  };
}

/** What shows at `now`, and when to look again. */
export function view(record: BreakState, now: number): View {
  let status: Status = record.snoozed ? 'snoozed' : 'idle';
  let wake = record.until;
  let minutes = 0;
  if (record.end !== undefined && now >= record.end) status = 'ended';
  else {
    if (record.end !== undefined) wake = Math.min(wake, record.end);
    if (record.paused) status = 'paused';
    else if (now >= record.next) status = 'due';
    else {
      wake = Math.min(wake, record.next);
      minutes = Math.ceil((record.next - now) / MINUTE);
    }
  }
  return {
    status,
    rest: status === 'due' && !record.rest && now >= record.start + REST_AFTER,
    night: ukTime(now).minutes < 360,
    minutes,
    wake,
    tick: minutes ? Math.min(wake, record.next - (minutes - 1) * MINUTE) : wake,
  };
}

/** An answer or a new setting. Until the 20-minute rest is taken, the next prompt comes by the 6-hour mark. */
function act(record: BreakState, now: number, change: Partial<BreakState>): BreakState {
  const changed = { ...record, snoozed: false, ...change, at: now, n: record.n + 1 };
  const restAt = record.start + REST_AFTER;
  if (!changed.rest && now < restAt) changed.next = Math.min(changed.next, restAt);
  return changed;
}

/** "I've taken a break": the next one is a full interval later. Answering the legal nudge marks the rest. */
export const taken = (record: BreakState, now: number, interval: number): BreakState =>
  act(record, now, {
    next: now + interval * MINUTE,
    breaks: [...record.breaks, now],
    rest: record.rest || view(record, now).rest,
  });

export const snooze = (record: BreakState, now: number, minutes: number): BreakState =>
  act(record, now, { next: now + minutes * MINUTE, snoozed: true });

/** Paused for the rest of today's record, or resumed with a full interval. */
export const pause = (record: BreakState, now: number, paused: boolean, interval: number): BreakState =>
  act(record, now, paused ? { paused } : { paused, next: now + interval * MINUTE });

/** A new interval counts from the last break (or the start of the day). */
export const setEvery = (record: BreakState, now: number, every: number): BreakState =>
  act(record, now, { every, next: (record.breaks.at(-1) ?? record.start) + every * MINUTE });

export const setNotify = (record: BreakState, now: number, notify: boolean): BreakState => ({
  ...record,
  notify,
  at: now,
});

/**
 * The shift ends at the next UK wall-clock `minutes` (past midnight for night
 * shifts); a time up to an hour ago means "it just ended". `undefined` clears it.
 */
export function setEnd(record: BreakState, now: number, minutes?: number): BreakState {
  let end: number | undefined;
  if (minutes !== undefined) {
    let ahead = (minutes - ukTime(now).minutes + 1440) % 1440;
    if (ahead > 1380) ahead -= 1440;
    end = now - (now % MINUTE) + ahead * MINUTE;
    // Across a clock change the wall clock is an hour out: correct it.
    const drift = ((ukTime(end).minutes - minutes + 2160) % 1440) - 720;
    end -= drift * MINUTE;
  }
  return { ...record, end, until: expiry(record.start, end), at: now };
}
