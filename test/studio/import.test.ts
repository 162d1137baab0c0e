import { expect } from '@open-wc/testing';
import { storage } from '../../src/core/platform/storage.js';
import { guessField, initialMapping, rememberChoices } from '../../src/studio/columns.js';
import { parseCsv } from '../../src/studio/csv.js';
import { parseUkDate, toUkDate, longDate } from '../../src/studio/dates.js';
import { parseHoursText, isOvernight } from '../../src/studio/hours-text.js';
import { freeId, importRows, slug } from '../../src/studio/import-rows.js';

describe('studio: UK dates', () => {
  it('reads DD/MM/YYYY, D/M/YY, YYYY-MM-DD and "14 May 2027"', () => {
    expect(parseUkDate('14/05/2027')).to.deep.equal({ date: '2027-05-14' });
    expect(parseUkDate('4/5/27')).to.deep.equal({ date: '2027-05-04' });
    expect(parseUkDate('04.05.2027')).to.deep.equal({ date: '2027-05-04' });
    expect(parseUkDate('2027-05-14')).to.deep.equal({ date: '2027-05-14' });
    expect(parseUkDate(' 14 May 2027 ')).to.deep.equal({ date: '2027-05-14' });
    expect(parseUkDate('1st September 2027')).to.deep.equal({ date: '2027-09-01' });
    expect(parseUkDate('14/05/2027 00:00')).to.deep.equal({ date: '2027-05-14' });
    expect(parseUkDate('')).to.be.undefined;
  });

  it('says why a date cannot be used', () => {
    expect(parseUkDate('30/02/2027')).to.deep.equal({ error: '30/02/2027 is not a real date' });
    expect(parseUkDate('2027-02-30')).to.deep.equal({ error: '2027-02-30 is not a real date' });
    expect(parseUkDate('05/14/2027')).to.deep.equal({
      error: '05/14/2027 is not a real date (the day comes first: DD/MM/YYYY)',
    });
    expect(parseUkDate('next Tuesday')).to.have.property('error').that.includes('is not a date');
    expect(parseUkDate('29/02/2028')).to.deep.equal({ date: '2028-02-29' });
  });

  it('shows stored dates the UK way', () => {
    expect(toUkDate('2027-05-14')).to.equal('14/05/2027');
    expect(toUkDate('soon')).to.equal('soon');
    expect(toUkDate(undefined)).to.equal('');
    expect(longDate('2027-05-14')).to.equal('Friday 14 May 2027');
  });
});

describe('studio: opening hours written in words', () => {
  it('reads 24/7, day ranges, lists, 12- and 24-hour times and several sets', () => {
    expect(parseHoursText('24/7')).to.deep.equal({ hours: '24/7' });
    expect(parseHoursText('Mon-Fri 09:00-17:00')).to.deep.equal({
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }],
    });
    expect(parseHoursText('Monday to Friday 9am to 5:30pm; Sat 10am-2pm')).to.deep.equal({
      hours: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:30' },
        { days: ['sat'], opens: '10:00', closes: '14:00' },
      ],
    });
    expect(parseHoursText('Weekends 8-18')).to.deep.equal({
      hours: [{ days: ['sat', 'sun'], opens: '08:00', closes: '18:00' }],
    });
    expect(parseHoursText('Tues, Thurs 12pm-1pm')).to.deep.equal({
      hours: [{ days: ['tue', 'thu'], opens: '12:00', closes: '13:00' }],
    });
    expect(parseHoursText('Fri-Mon 18:00-02:00')).to.deep.equal({
      hours: [{ days: ['mon', 'fri', 'sat', 'sun'], opens: '18:00', closes: '02:00' }],
    });
    expect(parseHoursText('')).to.be.undefined;
  });

  it('says when it cannot read them', () => {
    expect(parseHoursText('mornings'))
      .to.have.property('error')
      .that.includes('could not read the opening hours “mornings”');
    expect(parseHoursText('Mon 25:00-26:00')).to.have.property('error');
  });

  it('knows an overnight period', () => {
    expect(isOvernight({ opens: '20:00', closes: '02:00' })).to.be.true;
    expect(isOvernight({ opens: '09:00', closes: '17:00' })).to.be.false;
    expect(isOvernight({ opens: '09:00', closes: '24:00' })).to.be.false;
  });
});

describe('studio: spreadsheet columns', () => {
  beforeEach(() => storage.remove('studio:columns:campaigns'));
  after(() => storage.remove('studio:columns:campaigns'));

  it('guesses fields from column names, Welsh columns included', () => {
    expect(guessField('campaigns', 'Title')).to.equal('title');
    expect(guessField('campaigns', 'Title (Welsh)')).to.equal('title_cy');
    expect(guessField('campaigns', 'Welsh title')).to.equal('title_cy');
    expect(guessField('campaigns', 'title_cy')).to.equal('title_cy');
    expect(guessField('campaigns', 'Start date (DD/MM/YYYY)')).to.equal('starts');
    expect(guessField('campaigns', 'End date')).to.equal('ends');
    expect(guessField('campaigns', 'link.href')).to.equal('link.href');
    expect(guessField('campaigns', 'Link text')).to.equal('link.text');
    expect(guessField('campaigns', 'Owner')).to.equal('');
    expect(guessField('services', 'Telephone')).to.equal('contact.phone');
  });

  it('remembers the editor’s choices for the next spreadsheet with the same column names', () => {
    const headers = ['Campaign name', 'Owner', 'Blurb'];
    expect(initialMapping('campaigns', headers)).to.deep.equal(['title', '', '']);
    rememberChoices('campaigns', headers, ['title', '', 'message']);
    expect(initialMapping('campaigns', ['blurb', 'Campaign Name'])).to.deep.equal(['message', 'title']);
  });

  it('fills a field from one column only', () => {
    expect(initialMapping('campaigns', ['Title', 'Name'])).to.deep.equal(['title', '']);
  });
});

describe('studio: importing rows', () => {
  it('keeps good rows and lists the others by row number and title, with every reason', async () => {
    const table = parseCsv(await (await fetch('/test/studio/fixtures/campaigns-excel.csv')).text());
    const mapping = initialMapping('campaigns', table.headers);
    expect(mapping).to.deep.equal(['title', 'title_cy', 'message', 'starts', 'ends', 'link.href', 'link.text']);
    const { entries, rejected } = importRows('campaigns', table.rows, mapping);
    expect(entries.map((e) => [e.id, e.starts, e.ends])).to.deep.equal([
      ['time-to-talk-day', '2027-02-04', '2027-02-04'],
      ['mental-health-awareness-week', '2027-05-10', '2027-05-16'],
      ['world-mental-health-day', '2027-10-10', '2027-10-10'],
    ]);
    expect(entries[0]).to.deep.equal({
      title: 'Time to Talk Day',
      title_cy: 'Diwrnod Amser i Siarad',
      message: 'Talk, listen, change lives: join a conversation in the atrium.',
      starts: '2027-02-04',
      ends: '2027-02-04',
      link: { href: 'https://intranet.example/time-to-talk', text: 'Find out more' },
      id: 'time-to-talk-day',
    });
    expect(rejected.map(({ row, title, reasons }) => ({ row, title, reasons }))).to.deep.equal([
      { row: 5, title: 'Impossible Day', reasons: ['First day: 2027-02-30 is not a real date'] },
      { row: 6, title: 'Bad Link', reasons: ['Link address: expected an http(s), tel, sms or mailto link'] },
    ]);
    // The row is kept as typed, to fix in the studio.
    expect(rejected[0]!.entry.starts).to.equal('2027-02-30');
  });

  it('names a missing name, and every other problem in the row', () => {
    const { rejected } = importRows(
      'campaigns',
      [{ row: 9, cells: ['', 'soon', 'x'] }],
      ['title', 'starts', 'message'],
    );
    expect(rejected).to.have.length(1);
    expect(rejected[0]!.row).to.equal(9);
    expect(rejected[0]!.title).to.equal('');
    expect(rejected[0]!.reasons).to.deep.equal([
      'First day: “soon” is not a date: write it as DD/MM/YYYY, for example 14/05/2027',
      'Title is required',
      'Last day is required',
    ]);
  });

  it('reads services: topics and formats as lists, yes/no, hours in words and contact details', () => {
    const rows = [
      {
        row: 2,
        cells: [
          'Staff Psychology',
          'Talking therapy for staff.',
          'stress; Mental health',
          'Phone, In person',
          'yes',
          'Mon-Fri 8am-6pm',
          '01632 960 123',
        ],
      },
    ];
    const { entries, rejected } = importRows('services', rows, [
      'name',
      'summary',
      'topics',
      'formats',
      'confidential',
      'hours',
      'contact.phone',
    ]);
    expect(rejected).to.deep.equal([]);
    expect(entries[0]).to.deep.equal({
      name: 'Staff Psychology',
      summary: 'Talking therapy for staff.',
      topics: ['stress', 'mental-health'],
      formats: ['phone', 'in-person'],
      confidential: true,
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '18:00' }],
      contact: { phone: '01632 960 123' },
      id: 'staff-psychology',
    });
  });

  it('makes ids that do not clash with each other or the draft', () => {
    const rows = [1, 2].map((row) => ({ row, cells: ['Café day', 'Hello', '01/01/2027', '01/01/2027'] }));
    const { entries } = importRows('campaigns', rows, ['title', 'message', 'starts', 'ends'], new Set(['cafe-day']));
    expect(entries.map((e) => e.id)).to.deep.equal(['cafe-day-2', 'cafe-day-3']);
    expect(slug('Ŵyl Dewi Sant!')).to.equal('wyl-dewi-sant');
    expect(freeId('a', new Set(['a', 'a-2']))).to.equal('a-3');
  });
});
