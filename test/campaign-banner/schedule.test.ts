import { expect } from '@open-wc/testing';
import {
  addDays,
  addYears,
  campaignVersion,
  campaignsOn,
  dismissalVersion,
  gaps,
  isIsoDate,
  isScheduledOn,
  nextOccurrence,
  occurrenceOn,
  occurrences,
  overlaps,
  pathMatches,
  showsOnPage,
  timeline,
} from '../../src/campaign-banner/schedule.js';
import { ukTime } from '../../src/core/platform/clock.js';
import type { Campaign } from '../../src/core/data/schemas.js';

const campaign = (id: string, starts: string, ends: string, extra: Partial<Campaign> = {}): Campaign => ({
  id,
  title: id,
  message: `About ${id}`,
  starts,
  ends,
  ...extra,
});
const ids = (list: Campaign[]) => list.map((c) => c.id);

const list = [
  campaign('low', '2027-02-01', '2027-02-28'),
  campaign('high', '2027-02-05', '2027-02-05', { priority: 10 }),
  campaign('low-too', '2027-02-01', '2027-02-10'),
  campaign('negative', '2027-02-01', '2027-02-10', { priority: -1 }),
  campaign('mid', '2027-02-04', '2027-02-06', { priority: 5 }),
];

describe('campaign schedule', () => {
  it('treats starts and ends as inclusive UK dates', () => {
    const day = campaign('day', '2027-05-10', '2027-05-16');
    expect(isScheduledOn(day, '2027-05-09')).to.be.false;
    expect(isScheduledOn(day, '2027-05-10')).to.be.true;
    expect(isScheduledOn(day, '2027-05-16')).to.be.true;
    expect(isScheduledOn(day, '2027-05-17')).to.be.false;
    expect(isScheduledOn(campaign('backwards', '2027-05-16', '2027-05-10'), '2027-05-12')).to.be.false;
  });

  it('orders by priority, highest first, then by file order', () => {
    expect(ids(campaignsOn(list, '2027-02-05'))).to.deep.equal(['high', 'mid', 'low', 'low-too', 'negative']);
    expect(ids(campaignsOn(list, '2027-02-06'))).to.deep.equal(['mid', 'low', 'low-too', 'negative']);
    expect(ids(campaignsOn(list, '2027-02-11'))).to.deep.equal(['low']);
    expect(campaignsOn(list, '2027-03-01')).to.deep.equal([]);
    expect(ids(list)).to.deep.equal(['low', 'high', 'low-too', 'negative', 'mid']); // input untouched
  });

  it('picks the UK date of an instant near UK midnight, in summer and winter', () => {
    const july = [campaign('starts-16-july', '2027-07-16', '2027-07-20')];
    // 23:30 UTC on 15 July is 00:30 BST on 16 July: already the campaign's first day in the UK.
    expect(ids(campaignsOn(july, ukTime(Date.parse('2027-07-15T22:59:00Z')).date))).to.deep.equal([]);
    expect(ids(campaignsOn(july, ukTime(Date.parse('2027-07-15T23:00:00Z')).date))).to.deep.equal(['starts-16-july']);
    const january = [campaign('ends-15-jan', '2027-01-10', '2027-01-15')];
    // In winter the UK is on GMT: the last day lasts until 00:00 UTC.
    expect(ids(campaignsOn(january, ukTime(Date.parse('2027-01-15T23:59:00Z')).date))).to.deep.equal(['ends-15-jan']);
    expect(ids(campaignsOn(january, ukTime(Date.parse('2027-01-16T00:00:00Z')).date))).to.deep.equal([]);
  });

  it('matches page patterns: * globs, case, trailing slash, encoding, query', () => {
    expect(pathMatches('/wards/*', '/wards/ward-7/rota')).to.be.true;
    expect(pathMatches('/wards/*', '/wards')).to.be.false;
    expect(pathMatches('/wards/', '/Wards')).to.be.true;
    expect(pathMatches('/Wellbeing Hub', '/wellbeing%20hub/')).to.be.true;
    expect(pathMatches('/news', '/news?page=2#top')).to.be.true;
    expect(pathMatches('/news', '/news-archive')).to.be.false;
    expect(pathMatches('*', '/')).to.be.true;
    expect(pathMatches('/a.b', '/axb')).to.be.false; // regex characters are literal
    expect(pathMatches('*/rota', '/wards/7/rota')).to.be.true;
  });

  it('shows a campaign on included pages unless excluded; exclude wins', () => {
    const pages = { include: ['/wards/*', '/theatres/*'], exclude: ['/wards/paediatrics/*'] };
    expect(showsOnPage(undefined, '/anything')).to.be.true;
    expect(showsOnPage({ include: [] }, '/anything')).to.be.true;
    expect(showsOnPage(pages, '/wards/ward-7/')).to.be.true;
    expect(showsOnPage(pages, '/theatres/list')).to.be.true;
    expect(showsOnPage(pages, '/hr/pay')).to.be.false;
    expect(showsOnPage(pages, '/wards/paediatrics/news')).to.be.false;
    expect(showsOnPage({ exclude: ['/'] }, '/')).to.be.false;
    const both = [
      campaign('wards', '2027-01-01', '2027-01-31', { pages }),
      campaign('all', '2027-01-01', '2027-01-31'),
    ];
    expect(ids(campaignsOn(both, '2027-01-05', '/hr/pay'))).to.deep.equal(['all']);
    expect(ids(campaignsOn(both, '2027-01-05', '/wards/ward-7'))).to.deep.equal(['wards', 'all']);
    expect(ids(campaignsOn(both, '2027-01-05'))).to.deep.equal(['wards', 'all']); // no path: page rules ignored
  });

  it('does calendar arithmetic and validates dates', () => {
    expect(addDays('2027-02-28', 1)).to.equal('2027-03-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2027-01-01', -1)).to.equal('2026-12-31');
    expect(addDays('2027-03-27', 2)).to.equal('2027-03-29'); // across the clock change
    expect(isIsoDate('2027-02-29')).to.be.false;
    expect(isIsoDate('2028-02-29')).to.be.true;
    expect(isIsoDate('2027-2-3')).to.be.false;
    expect(isIsoDate(undefined)).to.be.false;
  });

  it('gives a day-by-day timeline', () => {
    const days = timeline(list, '2027-02-04', '2027-02-06');
    expect(days.map((d) => [d.date, ids(d.campaigns)])).to.deep.equal([
      ['2027-02-04', ['mid', 'low', 'low-too', 'negative']],
      ['2027-02-05', ['high', 'mid', 'low', 'low-too', 'negative']],
      ['2027-02-06', ['mid', 'low', 'low-too', 'negative']],
    ]);
    expect(timeline(list, '2027-02-06', '2027-02-04')).to.deep.equal([]);
    expect(() => timeline(list, 'tomorrow', '2027-02-04')).to.throw(RangeError);
  });

  it('fingerprints content, so an edited campaign counts as new', () => {
    const base = campaign('x', '2027-01-01', '2027-01-31', { link: { href: '/a', text: 'More' } });
    const version = campaignVersion(base);
    expect(version).to.match(/^[0-9a-z]{1,7}$/);
    expect(campaignVersion({ ...base })).to.equal(version);
    expect(campaignVersion({ ...base, priority: 4, tone: 'celebrate' })).to.equal(version);
    for (const change of [
      { title: 'y' },
      { message_cy: 'Neges' },
      { ends: '2027-02-01' },
      { link: { href: '/b', text: 'More' } },
    ]) {
      expect(campaignVersion({ ...base, ...change }), JSON.stringify(change)).not.to.equal(version);
    }
  });

  describe('yearly repeats', () => {
    const wmhd = campaign('wmhd', '2027-10-04', '2027-10-10', { repeats: 'yearly' });
    const festive = campaign('festive', '2026-12-14', '2027-01-04', { repeats: 'yearly', until: 2028 });
    const shows = (c: Campaign, ...dates: string[]) => dates.map((date) => isScheduledOn(c, date));

    it('shows on the same calendar dates in every later year, and never before the first', () => {
      expect(shows(wmhd, '2027-10-04', '2027-10-10', '2028-10-04', '2031-10-10', '2099-10-07')).to.deep.equal([
        true,
        true,
        true,
        true,
        true,
      ]);
      expect(shows(wmhd, '2027-10-03', '2027-10-11', '2030-10-03', '2030-10-11', '2028-05-01')).to.deep.equal([
        false,
        false,
        false,
        false,
        false,
      ]);
      expect(shows(wmhd, '2026-10-04', '2026-10-10', '2020-10-07')).to.deep.equal([false, false, false]);
      const once = campaign('once', '2027-10-04', '2027-10-10');
      expect(shows(once, '2027-10-07', '2028-10-07')).to.deep.equal([true, false]);
      expect(shows({ ...once, until: 2030 }, '2028-10-07'), 'until means nothing without repeats').to.deep.equal([
        false,
      ]);
    });

    it('stops after the occurrence that starts in the year until', () => {
      const limited = { ...wmhd, until: 2029 };
      expect(shows(limited, '2029-10-10', '2030-10-04', '2031-10-07')).to.deep.equal([true, false, false]);
      expect(shows({ ...wmhd, until: 2027 }, '2027-10-07', '2028-10-07')).to.deep.equal([true, false]);
      expect(shows({ ...wmhd, until: 2026 }, '2027-10-07', '2028-10-07'), 'until before the first year').to.deep.equal([
        false,
        false,
      ]);
    });

    it('runs a span crossing New Year into the next year, counting it in the year it starts', () => {
      expect(shows(festive, '2026-12-13', '2026-12-14', '2027-01-04', '2027-01-05')).to.deep.equal([
        false,
        true,
        true,
        false,
      ]);
      expect(shows(festive, '2027-12-14', '2028-01-01', '2028-12-31', '2029-01-04')).to.deep.equal([
        true,
        true,
        true,
        true,
      ]);
      expect(shows(festive, '2026-01-01', '2029-12-14', '2030-01-01')).to.deep.equal([false, false, false]);
      expect(occurrenceOn(festive, '2028-01-02')).to.deep.equal({ starts: '2027-12-14', ends: '2028-01-04' });
      expect(occurrenceOn(festive, '2027-12-31')).to.deep.equal({ starts: '2027-12-14', ends: '2028-01-04' });
      expect(occurrenceOn(festive, '2027-06-01')).to.be.undefined;
    });

    it('keeps the last day of February the last day of February', () => {
      expect(addYears('2028-02-29', 1)).to.equal('2029-02-28');
      expect(addYears('2028-02-29', 4)).to.equal('2032-02-29');
      expect(addYears('2027-02-28', 1)).to.equal('2028-02-29');
      expect(addYears('2028-02-28', 1), 'not the last day in 2028').to.equal('2029-02-28');
      expect(addYears('2028-02-28', 4)).to.equal('2032-02-28');
      expect(addYears('2100-02-28', -4), '2100 is no leap year, 2096 is').to.equal('2096-02-29');
      expect(addYears('2027-03-01', 1)).to.equal('2028-03-01');
      expect(addYears('2027-12-31', -1)).to.equal('2026-12-31');
      const leapDay = campaign('leap-day', '2028-02-29', '2028-02-29', { repeats: 'yearly' });
      expect(shows(leapDay, '2029-02-28', '2029-03-01', '2032-02-28', '2032-02-29')).to.deep.equal([
        true,
        false,
        false,
        true,
      ]);
      const february = campaign('february', '2027-02-01', '2027-02-28', { repeats: 'yearly' });
      expect(shows(february, '2028-02-29', '2028-03-01', '2029-02-28')).to.deep.equal([true, false, true]);
      expect(occurrences(february, '2028-01-01', '2029-12-31')).to.deep.equal([
        { starts: '2028-02-01', ends: '2028-02-29' },
        { starts: '2029-02-01', ends: '2029-02-28' },
      ]);
    });

    it('picks the UK date on the clock-change days of a later year', () => {
      // 2031: clocks go forward on Sunday 30 March and back on Sunday 26 October.
      const spring = campaign('spring', '2027-03-30', '2027-03-30', { repeats: 'yearly' });
      expect(ids(campaignsOn([spring], ukTime(Date.parse('2031-03-29T23:59:00Z')).date))).to.deep.equal([]);
      expect(ids(campaignsOn([spring], ukTime(Date.parse('2031-03-30T00:00:00Z')).date))).to.deep.equal(['spring']);
      expect(ids(campaignsOn([spring], ukTime(Date.parse('2031-03-30T22:59:00Z')).date)), '23:59 BST').to.deep.equal([
        'spring',
      ]);
      expect(
        ids(campaignsOn([spring], ukTime(Date.parse('2031-03-30T23:00:00Z')).date)),
        '00:00 BST on the 31st',
      ).to.deep.equal([]);
      const autumn = campaign('autumn', '2027-10-26', '2027-10-26', { repeats: 'yearly' });
      expect(
        ids(campaignsOn([autumn], ukTime(Date.parse('2031-10-25T22:59:00Z')).date)),
        '23:59 BST on the 25th',
      ).to.deep.equal([]);
      expect(ids(campaignsOn([autumn], ukTime(Date.parse('2031-10-25T23:00:00Z')).date)), '00:00 BST').to.deep.equal([
        'autumn',
      ]);
      expect(
        ids(campaignsOn([autumn], ukTime(Date.parse('2031-10-26T23:59:00Z')).date)),
        '23:59 GMT, a 25-hour day',
      ).to.deep.equal(['autumn']);
      expect(ids(campaignsOn([autumn], ukTime(Date.parse('2031-10-27T00:00:00Z')).date))).to.deep.equal([]);
    });

    it('overlaps a one-off campaign, in priority order, in the timeline, gaps and overlaps', () => {
      const mixed = [
        campaign('yearly', '2026-10-04', '2026-10-10', { repeats: 'yearly' }),
        campaign('one-off', '2027-10-08', '2027-10-12', { priority: 5 }),
      ];
      const days = timeline(mixed, '2027-10-03', '2027-10-13');
      expect(days.map((d) => ids(d.campaigns).join('+') || '-')).to.deep.equal([
        '-',
        'yearly',
        'yearly',
        'yearly',
        'yearly',
        'one-off+yearly',
        'one-off+yearly',
        'one-off+yearly',
        'one-off',
        'one-off',
        '-',
      ]);
      expect(gaps(days)).to.deep.equal([
        { starts: '2027-10-03', ends: '2027-10-03' },
        { starts: '2027-10-13', ends: '2027-10-13' },
      ]);
      expect(overlaps(days)).to.deep.equal([{ starts: '2027-10-08', ends: '2027-10-10' }]);
      expect(overlaps(timeline(mixed, '2028-10-01', '2028-10-31')), 'the one-off is over').to.deep.equal([]);
      expect(gaps(timeline(mixed, '2028-10-01', '2028-10-31'))).to.deep.equal([
        { starts: '2028-10-01', ends: '2028-10-03' },
        { starts: '2028-10-11', ends: '2028-10-31' },
      ]);
    });

    it('lists the occurrences in a range and finds the next one', () => {
      expect(occurrences(wmhd, '2027-01-01', '2029-10-05')).to.deep.equal([
        { starts: '2027-10-04', ends: '2027-10-10' },
        { starts: '2028-10-04', ends: '2028-10-10' },
        { starts: '2029-10-04', ends: '2029-10-10' },
      ]);
      expect(occurrences(wmhd, '2020-01-01', '2027-10-03')).to.deep.equal([]);
      expect(occurrences(festive, '2030-01-01', '2030-12-31'), 'the last, 2028, ended on 4 January 2029').to.deep.equal(
        [],
      );
      expect(occurrences(festive, '2029-01-04', '2029-01-04')).to.deep.equal([
        { starts: '2028-12-14', ends: '2029-01-04' },
      ]);
      expect(occurrences(campaign('once', '2027-05-01', '2027-05-02'), '2000-01-01', '2999-12-31')).to.have.length(1);
      expect(
        occurrences(
          campaign('backwards', '2027-05-02', '2027-05-01', { repeats: 'yearly' }),
          '2000-01-01',
          '2999-12-31',
        ),
      ).to.deep.equal([]);
      expect(nextOccurrence(wmhd, '2026-11-30')).to.deep.equal({ starts: '2027-10-04', ends: '2027-10-10' });
      expect(nextOccurrence(wmhd, '2027-10-10')).to.deep.equal({ starts: '2027-10-04', ends: '2027-10-10' });
      expect(nextOccurrence(wmhd, '2027-10-11')).to.deep.equal({ starts: '2028-10-04', ends: '2028-10-10' });
      expect(nextOccurrence(wmhd, '2027-03-01')).to.deep.equal({ starts: '2027-10-04', ends: '2027-10-10' });
      expect(nextOccurrence(festive, '2028-12-01')).to.deep.equal({ starts: '2028-12-14', ends: '2029-01-04' });
      expect(nextOccurrence(festive, '2029-01-05')).to.be.undefined;
      expect(nextOccurrence(campaign('later', '2031-01-01', '2031-01-02'), '2026-11-30')).to.deep.equal({
        starts: '2031-01-01',
        ends: '2031-01-02',
      });
      expect(nextOccurrence(campaign('over', '2026-01-01', '2026-01-02'), '2026-11-30')).to.be.undefined;
    });

    it('remembers a dismissal per occurrence, so a yearly campaign shows again next year', () => {
      const version = campaignVersion(festive);
      expect(campaignVersion({ ...festive, until: 2040 }), 'until is not content').to.equal(version);
      expect(dismissalVersion(festive, '2026-12-20')).to.equal(`${version}@2026`);
      expect(dismissalVersion(festive, '2027-01-03'), 'the same occurrence after New Year').to.equal(`${version}@2026`);
      expect(dismissalVersion(festive, '2027-12-20')).to.equal(`${version}@2027`);
      const once = campaign('once', '2027-05-01', '2027-05-31');
      expect(dismissalVersion(once, '2027-05-10'), 'a one-off keeps the plain version').to.equal(campaignVersion(once));
    });
  });
});
