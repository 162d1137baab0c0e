import { expect } from '@open-wc/testing';
import {
  MINUTE,
  isState,
  pause,
  setEnd,
  setEvery,
  snooze,
  taken,
  today,
  view,
} from '../../src/break-reminder/schedule.js';

const HOUR = 60 * MINUTE;
/** Tuesday 10 November 2026, 08:00 in the UK (GMT). */
const T0 = Date.UTC(2026, 10, 10, 8, 0);

describe('break schedule', () => {
  it('starts a working day on first sight: next break one interval later, cleared at UK midnight', () => {
    const s = today(undefined, T0, 90);
    expect(s.start).to.equal(T0);
    expect(s.next).to.equal(T0 + 90 * MINUTE);
    expect(s.until).to.equal(Date.UTC(2026, 10, 11, 0, 0));
    expect(view(s, T0)).to.include({ status: 'idle', minutes: 90, wake: s.next, rest: false, night: false });
  });

  it('counts down in whole minutes and says when the next minute ticks over', () => {
    const s = today(undefined, T0, 90);
    const v = view(s, T0 + 65 * MINUTE + 30_000);
    expect(v.minutes).to.equal(25);
    expect(v.tick).to.equal(T0 + 66 * MINUTE);
    expect(v.wake).to.equal(s.next);
  });

  it('is due from the next reminder until answered, whatever the gap (sleep, throttled tabs)', () => {
    const s = today(undefined, T0, 90);
    expect(view(s, s.next - 1).status).to.equal('idle');
    expect(view(s, s.next).status).to.equal('due');
    expect(view(s, s.next + 3 * HOUR).status).to.equal('due');
  });

  it('keeps the stored record through the day and starts afresh the next day, keeping only settings', () => {
    const s = { ...today(undefined, T0, 90), every: 60, notify: true, breaks: [T0 + HOUR] };
    expect(today(s, T0 + 10 * HOUR, 90)).to.equal(s);
    const next = today(s, s.until, 90);
    expect(next).to.include({ start: s.until, every: 60, notify: true, n: 0 });
    expect(next.breaks).to.deep.equal([]);
    expect(next.next).to.equal(s.until + 60 * MINUTE);
  });

  it('ignores a stored value that is not a record', () => {
    for (const junk of [null, 'x', { at: 1 }, { ...today(undefined, T0, 90), breaks: ['9am'] }]) {
      expect(isState(junk)).to.be.false;
      expect(today(junk, T0, 90).start).to.equal(T0);
    }
  });

  it('taken: the next reminder is a full interval after the answer', () => {
    const s = today(undefined, T0, 90);
    const answered = taken(s, s.next + 7 * MINUTE, 90);
    expect(answered.next).to.equal(s.next + 97 * MINUTE);
    expect(answered.breaks).to.deep.equal([s.next + 7 * MINUTE]);
    expect(view(answered, s.next + 8 * MINUTE).status).to.equal('idle');
  });

  it('snooze: due again after the snooze length, showing as snoozed meanwhile', () => {
    const s = today(undefined, T0, 90);
    const snoozed = snooze(s, s.next, 10);
    expect(view(snoozed, s.next + 9 * MINUTE)).to.include({ status: 'snoozed', minutes: 1 });
    expect(view(snoozed, s.next + 10 * MINUTE).status).to.equal('due');
    expect(snoozed.breaks).to.deep.equal([]);
  });

  it('pause: nothing more today; resume brings back a full interval', () => {
    const s = today(undefined, T0, 90);
    const paused = pause(s, s.next, true, 90);
    expect(view(paused, s.until - 1)).to.include({ status: 'paused', wake: s.until });
    const resumed = pause(paused, T0 + 4 * HOUR, false, 90);
    expect(view(resumed, T0 + 4 * HOUR).status).to.equal('idle');
    expect(resumed.next).to.equal(T0 + 5.5 * HOUR);
    expect(today(paused, s.until, 90).paused).to.be.undefined;
  });

  it('rotates the idea with each answer', () => {
    const s = today(undefined, T0, 90);
    expect(snooze(s, s.next, 10).n).to.equal(s.n + 1);
  });

  it('nudges for the legal 20-minute rest at 6 hours when none is marked, even with a longer interval', () => {
    const s = today(undefined, T0, 240);
    const afterFirst = taken(s, T0 + 4 * HOUR, 240);
    expect(afterFirst.next).to.equal(T0 + 6 * HOUR);
    expect(view(afterFirst, T0 + 6 * HOUR)).to.include({ status: 'due', rest: true });
    const rested = taken(afterFirst, T0 + 6 * HOUR + 25 * MINUTE, 240);
    expect(rested.rest).to.be.true;
    expect(view(rested, rested.next)).to.include({ status: 'due', rest: false });
  });

  it('a working day of 6 hours or less never gets the legal nudge', () => {
    const s = setEnd(today(undefined, T0, 90), T0, 840);
    expect(view(s, T0 + 6 * HOUR - 1).rest).to.be.false;
    expect(view(s, T0 + 6 * HOUR).status).to.equal('ended');
  });

  it('snoozing the legal nudge brings it back, still as the 20-minute rest', () => {
    const s = today(undefined, T0, 90);
    const late = snooze({ ...s, next: T0 + 6 * HOUR }, T0 + 6 * HOUR, 10);
    expect(view(late, T0 + 6 * HOUR + 10 * MINUTE)).to.include({ status: 'due', rest: true });
  });

  it('a new interval counts from the last break', () => {
    const s = taken(today(undefined, T0, 90), T0 + HOUR, 90);
    expect(setEvery(s, T0 + 70 * MINUTE, 45).next).to.equal(T0 + 105 * MINUTE);
    expect(setEvery(s, T0 + 70 * MINUTE, 45).every).to.equal(45);
  });

  it('uses night copy from 00:00 to 06:00 UK time', () => {
    const s = today(undefined, Date.UTC(2026, 10, 10, 0, 0), 90);
    expect(view(s, Date.UTC(2026, 10, 10, 0, 0)).night).to.be.true;
    expect(view(s, Date.UTC(2026, 10, 10, 5, 59)).night).to.be.true;
    expect(view(s, Date.UTC(2026, 10, 10, 6, 0)).night).to.be.false;
    // 05:30 UK in summer is 04:30 UTC
    expect(view(s, Date.UTC(2026, 6, 1, 5, 30)).night).to.be.false;
    expect(view(s, Date.UTC(2026, 6, 1, 4, 30)).night).to.be.true;
  });

  it('ends reminders at the shift end; a night shift carries the day past midnight', () => {
    const evening = Date.UTC(2026, 10, 10, 19, 0);
    const s = setEnd(today(undefined, evening, 90), evening, 450);
    expect(s.end).to.equal(Date.UTC(2026, 10, 11, 7, 30));
    expect(s.until).to.equal(Date.UTC(2026, 10, 11, 13, 30));
    expect(today(s, Date.UTC(2026, 10, 11, 2, 0), 90)).to.equal(s);
    const late = { ...s, next: s.end! - MINUTE };
    expect(view(late, s.end! - 1)).to.include({ status: 'due', wake: s.end });
    expect(view(late, s.end!)).to.include({ status: 'ended', wake: s.until });
    expect(setEnd(s, evening, undefined).end).to.be.undefined;
  });

  it('a shift end up to an hour ago means the shift has just ended', () => {
    const s = setEnd(today(undefined, T0, 90), Date.UTC(2026, 10, 10, 17, 10), 1020);
    expect(s.end).to.equal(Date.UTC(2026, 10, 10, 17, 0));
    expect(view(s, Date.UTC(2026, 10, 10, 17, 10)).status).to.equal('ended');
  });

  it('holds on the day the clocks go forward (23-hour day)', () => {
    const start = Date.UTC(2026, 2, 29, 0, 30); // 00:30 GMT; at 01:00 GMT clocks go to 02:00 BST
    const s = setEnd(today(undefined, start, 90), start, 420);
    expect(s.next - start).to.equal(90 * MINUTE); // 03:00 BST on the wall clock, 90 real minutes later
    expect(s.end).to.equal(Date.UTC(2026, 2, 29, 6, 0)); // 07:00 BST
    expect(s.until).to.equal(Date.UTC(2026, 2, 29, 23, 0)); // midnight BST
  });

  it('holds on the day the clocks go back (25-hour day)', () => {
    const start = Date.UTC(2026, 9, 24, 23, 30); // 00:30 BST on Sunday 25 October
    const s = setEnd(today(undefined, start, 90), start, 420);
    expect(s.end).to.equal(Date.UTC(2026, 9, 25, 7, 0)); // 07:00 GMT
    expect(s.until).to.equal(Date.UTC(2026, 9, 26, 0, 0));
    expect(view(s, start + 90 * MINUTE).status).to.equal('due');
  });
});
