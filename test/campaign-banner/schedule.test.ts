import { expect } from '@open-wc/testing';
import {
  addDays, campaignVersion, campaignsOn, isIsoDate, isScheduledOn, pathMatches, showsOnPage, timeline,
} from '../../src/campaign-banner/schedule.js';
import { ukTime } from '../../src/core/clock.js';
import type { Campaign } from '../../src/core/schemas.js';

const campaign = (id: string, starts: string, ends: string, extra: Partial<Campaign> = {}): Campaign => ({
  id, title: id, message: `About ${id}`, starts, ends, ...extra,
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
    const both = [campaign('wards', '2027-01-01', '2027-01-31', { pages }), campaign('all', '2027-01-01', '2027-01-31')];
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
    for (const change of [{ title: 'y' }, { message_cy: 'Neges' }, { ends: '2027-02-01' }, { link: { href: '/b', text: 'More' } }]) {
      expect(campaignVersion({ ...base, ...change }), JSON.stringify(change)).not.to.equal(version);
    }
  });
});
