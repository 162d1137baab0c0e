import { expect } from '@open-wc/testing';
import { ukTime } from '../../src/core/platform/clock.js';
import type { Service } from '../../src/core/data/schemas.js';
import { passes } from '../../src/support-finder/filters.js';

const at = (iso: string) => Date.parse(iso);
const service = (extra: Partial<Service>): Service => ({
  id: 'x',
  name: 'X',
  summary: 'x',
  topics: ['money', 'Stress'],
  contact: {},
  ...extra,
});
const nights = service({
  hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '20:00', closes: '08:00' }],
});
const weekdays = service({ hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }] });

describe('support finder filters', () => {
  it('filters by topic, ignoring case and spaces', () => {
    expect(passes(service({}), { topic: 'money' })).to.be.true;
    expect(passes(service({}), { topic: ' stress ' })).to.be.true;
    expect(passes(service({}), { topic: 'bereavement' })).to.be.false;
  });

  it('filters by format and self-referral', () => {
    expect(passes(service({ formats: ['phone', 'text'] }), { format: 'text' })).to.be.true;
    expect(passes(service({ formats: ['phone'] }), { format: 'online' })).to.be.false;
    expect(passes(service({}), { format: 'phone' })).to.be.false;
    expect(passes(service({ access: 'self-referral' }), { selfReferral: true })).to.be.true;
    expect(passes(service({ access: 'manager-referral' }), { selfReferral: true })).to.be.false;
    expect(passes(service({}), { selfReferral: false })).to.be.true;
  });

  it('counts 24/7 services as open, and services with no hours as not known to be open', () => {
    expect(passes(service({ hours: '24/7' }), { openNow: true })).to.be.true;
    expect(passes(service({}), { openNow: true })).to.be.false;
    expect(passes(service({}), { openNow: false })).to.be.true;
  });

  it('knows an overnight service is open across UK midnight, in winter and summer', () => {
    expect(passes(nights, { openNow: true }, at('2026-01-16T23:59:00Z'))).to.be.true; // Fri 23:59 GMT
    expect(passes(nights, { openNow: true }, at('2026-01-17T00:01:00Z'))).to.be.true; // Sat 00:01 GMT
    expect(passes(nights, { openNow: true }, at('2026-01-17T08:00:00Z'))).to.be.false; // Sat 08:00 GMT
    expect(passes(nights, { openNow: true }, at('2026-07-17T06:30:00Z'))).to.be.true; // 07:30 BST
    expect(passes(nights, { openNow: true }, at('2026-07-17T07:30:00Z'))).to.be.false; // 08:30 BST, though 07:30 UTC
    expect(passes(nights, { openNow: true }, at('2026-07-16T19:30:00Z'))).to.be.true; // 20:30 BST, though 19:30 UTC
  });

  it('follows the clock changes', () => {
    // 29 March 2026: clocks go forward at 01:00 GMT. 07:30 UTC is 08:30 BST: closed.
    expect(passes(nights, { openNow: true }, at('2026-03-29T07:30:00Z'))).to.be.false;
    expect(passes(nights, { openNow: true }, at('2026-03-29T06:30:00Z'))).to.be.true;
    // 25 October 2026: clocks go back at 02:00 BST. 16:30 UTC is 16:30 GMT on a Sunday: closed.
    expect(passes(weekdays, { openNow: true }, at('2026-10-25T16:30:00Z'))).to.be.false;
    // Monday 26 October 08:30 UTC is 08:30 GMT: closed until 9; 09:30 UTC is open.
    expect(passes(weekdays, { openNow: true }, at('2026-10-26T08:30:00Z'))).to.be.false;
    expect(passes(weekdays, { openNow: true }, at('2026-10-26T09:30:00Z'))).to.be.true;
    // The week before, 08:30 UTC was 09:30 BST: open.
    expect(passes(weekdays, { openNow: true }, at('2026-10-19T08:30:00Z'))).to.be.true;
  });

  it('accepts one UK time reading for a whole list', () => {
    const reading = ukTime(at('2026-01-16T23:59:00Z'));
    expect(passes(nights, { openNow: true }, reading)).to.be.true;
    expect(passes(weekdays, { openNow: true }, reading)).to.be.false;
  });

  it('combines filters', () => {
    const s = service({ formats: ['phone'], access: 'self-referral', hours: '24/7' });
    expect(passes(s, { topic: 'money', format: 'phone', selfReferral: true, openNow: true })).to.be.true;
    expect(passes(s, { topic: 'money', format: 'text', selfReferral: true, openNow: true })).to.be.false;
  });
});
