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
export function isState(x: unknown): x is BreakState {
  const s = x as BreakState;
  return Array.isArray(s?.breaks) && [s.at, s.start, s.until, s.next, s.n, ...s.breaks, s.end ?? 0].every(Number.isFinite);
}

/** A day's record lasts until UK midnight, or 6 hours after a shift that ends later (night shifts). */
const expiry = (start: number, end?: number) => Math.max(start + msUntilNextUkDay(start), end ? end + REST_AFTER : 0);

/** The stored record while it belongs to today; otherwise a new day that keeps the settings. */
export function today(stored: unknown, now: number, interval: number): BreakState {
  const s = isState(stored) ? stored : undefined;
  if (s && now >= s.start && now < s.until) return s;
  return {
    at: now, start: now, until: expiry(now), next: now + Math.min(s?.every ?? interval, 360) * MINUTE, breaks: [], n: 0,
    every: s?.every, notify: s?.notify,
  };
}

/** What shows at `now`, and when to look again. */
export function view(s: BreakState, now: number): View {
  let status: Status = s.snoozed ? 'snoozed' : 'idle';
  let wake = s.until;
  let minutes = 0;
  if (s.end !== undefined && now >= s.end) status = 'ended';
  else {
    if (s.end !== undefined) wake = Math.min(wake, s.end);
    if (s.paused) status = 'paused';
    else if (now >= s.next) status = 'due';
    else {
      wake = Math.min(wake, s.next);
      minutes = Math.ceil((s.next - now) / MINUTE);
    }
  }
  return {
    status,
    rest: status === 'due' && !s.rest && now >= s.start + REST_AFTER,
    night: ukTime(now).minutes < 360,
    minutes,
    wake,
    tick: minutes ? Math.min(wake, s.next - (minutes - 1) * MINUTE) : wake,
  };
}

/** An answer or a new setting. Until the 20-minute rest is taken, the next prompt comes by the 6-hour mark. */
function act(s: BreakState, now: number, change: Partial<BreakState>): BreakState {
  const t = { ...s, snoozed: false, ...change, at: now, n: s.n + 1 };
  const restAt = s.start + REST_AFTER;
  if (!t.rest && now < restAt) t.next = Math.min(t.next, restAt);
  return t;
}

/** "I've taken a break": the next one is a full interval later. Answering the legal nudge marks the rest. */
export const taken = (s: BreakState, now: number, interval: number): BreakState =>
  act(s, now, { next: now + interval * MINUTE, breaks: [...s.breaks, now], rest: s.rest || view(s, now).rest });

export const snooze = (s: BreakState, now: number, minutes: number): BreakState =>
  act(s, now, { next: now + minutes * MINUTE, snoozed: true });

/** Paused for the rest of today's record, or resumed with a full interval. */
export const pause = (s: BreakState, now: number, paused: boolean, interval: number): BreakState =>
  act(s, now, paused ? { paused } : { paused, next: now + interval * MINUTE });

/** A new interval counts from the last break (or the start of the day). */
export const setEvery = (s: BreakState, now: number, every: number): BreakState =>
  act(s, now, { every, next: (s.breaks.at(-1) ?? s.start) + every * MINUTE });

export const setNotify = (s: BreakState, now: number, notify: boolean): BreakState => ({ ...s, notify, at: now });

/**
 * The shift ends at the next UK wall-clock `minutes` (past midnight for night
 * shifts); a time up to an hour ago means "it just ended". `undefined` clears it.
 */
export function setEnd(s: BreakState, now: number, minutes?: number): BreakState {
  let end: number | undefined;
  if (minutes !== undefined) {
    let ahead = (minutes - ukTime(now).minutes + 1440) % 1440;
    if (ahead > 1380) ahead -= 1440;
    end = now - (now % MINUTE) + ahead * MINUTE;
    // Across a clock change the wall clock is an hour out: correct it.
    const drift = (ukTime(end).minutes - minutes + 2160) % 1440 - 720;
    end -= drift * MINUTE;
  }
  return { ...s, end, until: expiry(s.start, end), at: now };
}
