import { expect } from '@open-wc/testing';
import { duplicateEntry, emptyDraft, loadDraft, moveEntry, removeEntry, saveDraft } from '../../src/studio/draft.js';
import { fromJson, toJson } from '../../src/studio/export.js';
import { getPath, setPath } from '../../src/studio/fields.js';
import { describeProblem, findProblems } from '../../src/studio/problems.js';

const campaign = { id: 'a', title: 'A', message: 'M', starts: '2027-01-01', ends: '2027-01-02' };

describe('studio: files out and in', () => {
  it('writes $schema first and every object’s keys in the schema’s order', () => {
    const messy = {
      ends: '2027-01-02',
      link: { text: 'Go', href: 'https://x.example/' },
      title: 'A',
      id: 'a',
      starts: '2027-01-01',
      message: 'M',
    };
    const text = toJson({ kind: 'campaigns', items: [messy], extras: {} });
    expect(text).to.equal(`{
  "$schema": "./schemas/campaigns.schema.json",
  "campaigns": [
    {
      "id": "a",
      "title": "A",
      "message": "M",
      "starts": "2027-01-01",
      "ends": "2027-01-02",
      "link": {
        "href": "https://x.example/",
        "text": "Go"
      }
    }
  ]
}
`);
  });

  it('orders opening hours and keeps keys the schema does not know, at the end', () => {
    const service = {
      topics: ['money'],
      summary: 'S',
      name: 'N',
      id: 's',
      contact: {},
      hours: [{ closes: '17:00', opens: '09:00', days: ['mon'] }],
      extra: 1,
    };
    const text = toJson({ kind: 'services', items: [service], extras: { synonyms: { debt: ['money'] } } });
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).to.deep.equal(['$schema', 'services', 'synonyms']);
    expect(Object.keys(parsed.services[0])).to.deep.equal([
      'id',
      'name',
      'summary',
      'topics',
      'contact',
      'hours',
      'extra',
    ]);
    expect(Object.keys(parsed.services[0].hours[0])).to.deep.equal(['days', 'opens', 'closes']);
  });

  it('gives the same data back when its own file is opened again, and the same file when downloaded again', () => {
    const items = [
      { ...campaign, title_cy: 'A cy', pages: { include: ['/wards/*'] } },
      { ...campaign, id: 'b', priority: 3 },
    ];
    const first = toJson({ kind: 'campaigns', items, extras: {} });
    const opened = fromJson(first);
    expect(opened).to.deep.equal({ kind: 'campaigns', items, extras: {} });
    expect(toJson(opened as never)).to.equal(first);
  });

  it('says what is wrong with a file that is not a data file', () => {
    expect(fromJson('{')).to.have.property('error').that.includes('not valid JSON');
    expect(fromJson('[]')).to.have.property('error').that.includes('should hold one list');
    expect(fromJson('{"campaigns":[],"services":[]}')).to.have.property('error').that.includes('more than one list');
    expect(fromJson('{"campaigns":{}}')).to.have.property('error').that.includes('not a list');
    expect(fromJson('\uFEFF{"contacts":[]}')).to.deep.equal({ kind: 'contacts', items: [], extras: {} });
  });
});

describe('studio: problems', () => {
  it('uses the validator’s own messages, split into entry and field', () => {
    const { entries, errorCount } = findProblems('campaigns', [
      campaign,
      { ...campaign, id: 'b', title: '', link: { href: 'javascript:alert(1)', text: 'x' }, hours: 1 },
    ]);
    expect(entries[0]).to.deep.equal([]);
    expect(entries[1]).to.deep.equal([
      { path: 'title', message: 'expected some text', level: 'error' },
      { path: 'link.href', message: 'expected an http(s), tel, sms or mailto link', level: 'error' },
    ]);
    expect(errorCount).to.equal(2);
    expect(describeProblem('campaigns', entries[1]![1]!)).to.equal(
      'Link address: expected an http(s), tel, sms or mailto link',
    );
  });

  it('adds what the schema cannot see: a date that does not exist, an end before the start, a repeated id', () => {
    const { entries } = findProblems('campaigns', [
      { ...campaign, starts: '2027-02-30' },
      { ...campaign, starts: '2027-03-02', ends: '2027-03-01' },
    ]);
    expect(entries[0]).to.deep.equal([{ path: 'starts', message: '2027-02-30 is not a real date', level: 'error' }]);
    expect(entries[1]).to.deep.equal([
      { path: 'ends', message: 'ends (2027-03-01) before it starts (2027-03-02), so it never shows', level: 'error' },
      { path: 'id', message: '"a" is also the id of entry 1', level: 'warning' },
    ]);
  });

  it('puts a problem inside opening hours on the hours field', () => {
    const service = {
      id: 's',
      name: 'N',
      summary: 'S',
      topics: [],
      contact: {},
      hours: [{ days: ['mon'], opens: '9', closes: '17:00' }],
    };
    expect(findProblems('services', [service]).entries[0]).to.deep.equal([
      { path: 'hours', message: 'hours[0].opens: expected HH:MM', level: 'error' },
    ]);
  });

  it('reports problems with the file’s extras', () => {
    expect(findProblems('services', [], { synonyms: { debt: 'money' } }).file).to.deep.equal([
      'synonyms.debt: expected a list',
    ]);
  });
});

describe('studio: drafts and list operations', () => {
  afterEach(() => saveDraft('contacts', emptyDraft()));

  it('keeps a draft in this browser and forgets an empty one', () => {
    saveDraft('contacts', { items: [{ name: 'A' }], extras: {}, unsaved: true });
    expect(loadDraft('contacts')).to.deep.equal({ items: [{ name: 'A' }], extras: {}, unsaved: true });
    saveDraft('contacts', emptyDraft());
    expect(loadDraft('contacts')).to.deep.equal(emptyDraft());
  });

  it('duplicates with a new id, moves and removes', () => {
    const items = [campaign, { ...campaign, id: 'b' }];
    const copied = duplicateEntry('campaigns', items, 0);
    expect(copied.map((c) => c.id)).to.deep.equal(['a', 'a-copy', 'b']);
    expect(duplicateEntry('campaigns', copied, 0).map((c) => c.id)).to.deep.equal(['a', 'a-copy-2', 'a-copy', 'b']);
    expect(moveEntry(['a', 'b', 'c'], 0, 2)).to.deep.equal(['b', 'c', 'a']);
    expect(moveEntry(['a', 'b'], 0, -1)).to.deep.equal(['a', 'b']);
    expect(removeEntry(['a', 'b', 'c'], 1)).to.deep.equal(['a', 'c']);
  });

  it('sets and clears nested fields, removing what is left empty', () => {
    const entry = setPath({}, 'link.href', 'https://x.example/');
    expect(entry).to.deep.equal({ link: { href: 'https://x.example/' } });
    expect(getPath(entry, 'link.href')).to.equal('https://x.example/');
    expect(setPath(entry, 'link.href', '')).to.deep.equal({});
    expect(setPath({ topics: ['a'] }, 'topics', [])).to.deep.equal({});
  });
});
