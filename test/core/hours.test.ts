import { expect } from '@open-wc/testing';
import { msUntilNextUkDay, ukTime } from '../../src/core/platform/clock.js';
import { describeHours, describeState, openingState, type Hours } from '../../src/core/contacts/hours.js';
import { translator } from '../../src/core/i18n/index.js';
import { sharedStrings } from '../../src/core/i18n/shared.js';

const en = translator('shared', sharedStrings, 'en');
const cy = translator('shared', sharedStrings, 'cy');
const at = (iso: string) => Date.parse(iso);
const weekdays: Hours = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }];
const overnight: Hours = [{ days: ['fri'], opens: '18:00', closes: '02:00' }];

describe('UK time', () => {
  it('reads instants as UK wall time in winter (GMT) and summer (BST)', () => {
    expect(ukTime(at('2026-01-15T23:30:00Z'))).to.deep.equal({ date: '2026-01-15', weekday: 3, minutes: 23 * 60 + 30 });
    expect(ukTime(at('2026-07-15T23:30:00Z'))).to.deep.equal({ date: '2026-07-16', weekday: 3, minutes: 30 });
  });

  it('finds the next UK midnight on ordinary and clock-change days', () => {
    expect(msUntilNextUkDay(at('2026-01-15T23:30:00Z'))).to.equal(30 * 60_000);
    expect(msUntilNextUkDay(at('2026-07-15T22:30:00Z'))).to.equal(30 * 60_000); // 23:30 BST
    // 29 March 2026: clocks go forward at 01:00 GMT, so the day has 23 hours.
    expect(msUntilNextUkDay(at('2026-03-29T00:00:00Z'))).to.equal(23 * 3_600_000);
    // 25 October 2026: clocks go back, so the day has 25 hours.
    expect(msUntilNextUkDay(at('2026-10-24T23:00:00Z'))).to.equal(25 * 3_600_000);
  });
});

describe('opening hours', () => {
  it('is open within hours and says when it closes', () => {
    const state = openingState(weekdays, at('2026-01-14T10:00:00Z'));
    expect(describeState(state, en)).to.equal('Open now, closes 5pm');
  });

  it('uses UK time in summer, an hour ahead of UTC', () => {
    // 08:30 UTC is 09:30 BST: open
    expect(openingState(weekdays, at('2026-07-15T08:30:00Z')).open).to.be.true;
    // 16:30 UTC is 17:30 BST: closed
    expect(openingState(weekdays, at('2026-07-15T16:30:00Z')).open).to.be.false;
  });

  it('says when a closed service opens: later today, tomorrow or on a named day', () => {
    expect(describeState(openingState(weekdays, at('2026-01-14T07:00:00Z')), en)).to.equal('Closed, opens 9am today');
    expect(describeState(openingState(weekdays, at('2026-01-14T18:00:00Z')), en)).to.equal(
      'Closed, opens 9am tomorrow',
    );
    expect(describeState(openingState(weekdays, at('2026-01-16T18:00:00Z')), en)).to.equal('Closed, opens 9am Monday');
    expect(describeState(openingState(weekdays, at('2026-01-16T18:00:00Z')), cy)).to.equal(
      'Ar gau, yn agor am 9yb Dydd Llun',
    );
  });

  it('handles hours that run past midnight, across UK midnight', () => {
    expect(openingState(overnight, at('2026-01-16T23:59:00Z')).open).to.be.true; // Fri 23:59
    expect(openingState(overnight, at('2026-01-17T00:01:00Z')).open).to.be.true; // Sat 00:01
    expect(openingState(overnight, at('2026-01-17T02:00:00Z')).open).to.be.false; // Sat 02:00
  });

  it('wraps from Sunday night into Monday morning', () => {
    const sundayNight: Hours = [{ days: ['sun'], opens: '22:00', closes: '06:00' }];
    expect(openingState(sundayNight, at('2026-01-19T03:00:00Z')).open).to.be.true; // Mon 03:00
  });

  it('holds across the spring clock change', () => {
    // 29 March 2026 (Sunday) 00:30 GMT, then 02:30 BST after the change
    const sunday: Hours = [{ days: ['sun'], opens: '02:00', closes: '04:00' }];
    expect(openingState(sunday, at('2026-03-29T00:30:00Z')).open).to.be.false;
    expect(openingState(sunday, at('2026-03-29T01:30:00Z')).open).to.be.true;
  });

  it('treats 24/7 as always open', () => {
    expect(describeState(openingState('24/7'), en)).to.equal('Open now');
  });

  it('describes a timetable in words', () => {
    expect(describeHours(weekdays, en)).to.equal('Monday to Friday, 9am to 5pm');
    expect(describeHours([{ days: ['sat'], opens: '12:00', closes: '00:00' }], en)).to.equal(
      'Saturday, midday to midnight',
    );
    expect(describeHours('24/7', cy)).to.equal('24 awr y dydd, 7 diwrnod yr wythnos');
  });
});
