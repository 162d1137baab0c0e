import { expect } from '@open-wc/testing';
import { ukTime } from '../../src/core/platform/clock.js';

const at = (iso: string) => Date.parse(iso);

describe('ukTime at the clock changes', () => {
  it('goes forward at 01:00 UTC on the last Sunday in March', () => {
    expect(ukTime(at('2026-03-29T00:59:00Z'))).to.deep.equal({ date: '2026-03-29', weekday: 6, minutes: 59 });
    expect(ukTime(at('2026-03-29T01:00:00Z'))).to.deep.equal({ date: '2026-03-29', weekday: 6, minutes: 120 });
    expect(ukTime(at('2027-03-28T01:00:00Z')).minutes).to.equal(120);
    expect(ukTime(at('2027-03-21T01:00:00Z')).minutes).to.equal(60); // a week earlier: still GMT
  });

  it('goes back at 01:00 UTC on the last Sunday in October', () => {
    expect(ukTime(at('2026-10-25T00:59:00Z'))).to.deep.equal({ date: '2026-10-25', weekday: 6, minutes: 119 });
    expect(ukTime(at('2026-10-25T01:00:00Z'))).to.deep.equal({ date: '2026-10-25', weekday: 6, minutes: 60 });
    expect(ukTime(at('2030-10-27T00:30:00Z')).minutes).to.equal(90);
    expect(ukTime(at('2030-10-20T00:30:00Z')).minutes).to.equal(90); // a week earlier: BST
    expect(ukTime(at('2030-10-27T01:30:00Z')).minutes).to.equal(90); // the repeated hour, now GMT
  });

  it('turns the date over at UK midnight, not UTC midnight', () => {
    expect(ukTime(at('2026-12-31T23:59:00Z')).date).to.equal('2026-12-31');
    expect(ukTime(at('2026-06-30T23:00:00Z'))).to.deep.equal({ date: '2026-07-01', weekday: 2, minutes: 0 });
  });
});
