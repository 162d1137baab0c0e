import { expect } from '@open-wc/testing';
import type { Service } from '../../src/core/data/schemas.js';
import { buildIndex, radicals, search, words, type Doc } from '../../src/support-finder/search.js';
import { indexServices } from '../../src/support-finder/service-index.js';

/** One service with this Welsh name, and one that has nothing in common with it. */
const welsh = (nameCy: string): Doc[] => [
  { name: 'A service', nameCy, topics: [], summary: '' },
  { name: 'Another', nameCy: 'Rhywbeth arall', topics: [], summary: '' },
];
const finds = (data: string, query: string) =>
  expect(search(buildIndex(welsh(data), {}), query), `"${query}" in "${data}"`).to.deep.equal([0]);
const misses = (docs: Doc[], query: string, synonyms = {}, english = {}) =>
  expect(search(buildIndex(docs, synonyms, undefined, english), query) ?? [], query).to.deep.equal([]);

/** [radical, mutated]: each pair must match both ways, whichever form the data has. */
const RULES: Record<string, Array<[string, string]>> = {
  'soft mutation (p→b, t→d, c→g, b→f, d→dd, g→–, m→f, ll→l, rh→r)': [
    ['profedigaeth', 'brofedigaeth'],
    ['tâl', 'dâl'],
    ['cwsg', 'gwsg'],
    ['cwnsela', 'gwnsela'],
    ['bwlio', 'fwlio'],
    ['dyled', 'ddyled'],
    ['gofal', 'ofal'],
    ['mam', 'fam'],
    ['llais', 'lais'],
    ['rhent', 'rent'],
  ],
  'nasal mutation (p→mh, t→nh, c→ngh, b→m, d→n, g→ng)': [
    ['pryder', 'mhryder'],
    ['tad', 'nhad'],
    ['cefn', 'nghefn'],
    ['cwnsela', 'nghwnsela'],
    ['bwlio', 'mwlio'],
    ['dyled', 'nyled'],
    ['galar', 'ngalar'],
  ],
  'aspirate mutation (p→ph, t→th, c→ch)': [
    ['pryder', 'phryder'],
    ['teulu', 'theulu'],
    ['cyngor', 'chyngor'],
    ['caplan', 'chaplan'],
  ],
  'h-prothesis before a vowel': [
    ['iechyd', 'hiechyd'],
    ['arian', 'harian'],
    ['ofn', 'hofn'],
  ],
};

describe('support finder search: Welsh mutations', () => {
  for (const [rule, pairs] of Object.entries(RULES)) {
    it(`matches radical and mutated forms both ways: ${rule}`, () => {
      for (const [radical, mutated] of pairs) {
        finds(radical, mutated); // "fy nghefn" finds a service that says "cefn"
        finds(mutated, radical); // "cwsg" finds a service that says "gwsg"
        finds(mutated, mutated);
      }
    });
  }

  it('undoes only the start of a word', () => {
    expect(radicals('nghefn')).to.deep.equal(['cefn']);
    expect(radicals('gefnogaeth')).to.deep.equal(['cefnogaeth']);
    expect(radicals('fwlio')).to.deep.equal(['bwlio', 'mwlio']); // f is the soft form of b and of m
    expect(radicals('waith')).to.deep.equal(['gwaith']);
    expect(radicals('hiechyd')).to.deep.equal(['iechyd']);
    expect(radicals('cefnogaeth')).to.deep.equal([]); // c, p and t are never mutated forms
  });

  it('does not undo a mutation where there is none: ff, ll and rh are radicals, and short words keep their vowel or h', () => {
    expect(radicals('ffydd')).to.deep.equal([]); // not f + fydd
    expect(radicals('llais')).to.deep.equal([]);
    expect(radicals('rhent')).to.deep.equal([]);
    expect(radicals('ill')).to.deep.equal([]); // not a soft "gill"
    expect(radicals('hil')).to.deep.equal([]); // "hil" (race) is not "il"
    misses(welsh('Cydraddoldeb hil'), 'ill'); // so "my son is ill" does not find the race equality network
    finds('Ffydd', 'ffydd');
    finds('Hunanladdiad', 'hunanladdiad'); // a radical h stays: the word still finds itself
  });

  it('takes the agent ending -ydd off a long word, so the person finds the service', () => {
    finds('Ffisiotherapi i staff', 'ffisiotherapydd');
    finds('Gwasanaeth seicoleg', 'seicolegydd');
    expect(words('newydd')).to.not.deep.equal(words('new')); // short words keep it: newydd is not "new"
    expect(words('swydd')).to.deep.equal(['swyd']);
  });

  it('never undoes "mutations" in English text or English synonyms', () => {
    const english = (summary: string): Doc[] => [{ name: 'A service', topics: [], summary }];
    misses(english('Welcome pack for new starters'), 'back'); // b is not the soft form of p in English
    misses(english('Pay and pensions'), 'bay');
    misses(english('Cut down on drinking'), 'gut');
    const docs: Doc[] = [{ name: 'Money advice', topics: ['money'], summary: '' }];
    misses(docs, 'bay', {}, { pay: ['money'] });
    expect(search(buildIndex(docs, {}, undefined, { pay: ['money'] }), 'pay')).to.deep.equal([0]);
  });

  it('reads an English query as English: its words are not mutated forms of Welsh ones', () => {
    const docs: Doc[] = [
      { name: 'Money advice', nameCy: 'Help gyda biliau', topics: [], summary: '' },
      { name: 'Sleep advice', nameCy: 'Cyngor cwsg', topics: [], summary: 'Rest after a night shift' },
    ];
    const index = buildIndex(docs, { bil: ['money'] });
    // "pill" is "biliau" de-mutated (b is the soft form of p): alone, it may be Welsh.
    expect(search(index, 'pill')).to.deep.equal([0]);
    // Not beside a word only English has (night, shift), or a letter Welsh has not (v).
    expect(search(index, 'sleeping pill after a night shift')).to.deep.equal([1]);
    expect(search(index, 'contraceptive pill')).to.deep.equal([]);
    // Welsh is still read in every form: a word only Welsh has (cyngor), or a mutation of one.
    expect(search(index, 'cyngor ar filiau')).to.include(0);
    expect(search(index, 'filiau')).to.deep.equal([0]);
    expect(search(index, 'gwsg')).to.deep.equal([1]);
  });

  it('does not read a word of an English query as the start of a Welsh word, or one typo from it', () => {
    const docs: Doc[] = [
      { name: 'Schwartz Rounds', nameCy: 'Cylchoedd Schwartz', topics: [], summary: 'Monthly, at lunch.' },
      { name: 'Nurse advocates', topics: [], summary: 'Career development.', summaryCy: 'Datblygiad gyrfa.' },
    ];
    const index = buildIndex(docs, {});
    expect(search(index, 'next schwartz round dates')).to.deep.equal([0]); // "dates" is not datblygiad
    expect(search(index, 'datb')).to.deep.equal([1]); // Welsh, as it is typed
  });

  it('does not mutate common Welsh words into synonyms', () => {
    const docs: Doc[] = [{ name: 'Chaplaincy', topics: ['faith'], summary: '' }];
    const index = buildIndex(docs, { gweddi: ['faith'] });
    expect(search(index, 'wedi')).to.equal(undefined); // a common word, not a soft "gwedi"
    expect(search(index, 'wedi blino')).to.deep.equal([]);
    expect(search(index, 'ei weddi')).to.deep.equal([0]); // but "weddi" is a form of "gweddi"
    expect(search(index, 'lle i weddïo')).to.deep.equal([]); // "gweddïo" (to pray) is another word
  });

  it('ignores "cyn" (former, before), which starts many other words', () => {
    const docs: Doc[] = [
      { name: 'Cynilion', topics: ['money'], summary: '' },
      { name: 'Cam-drin domestig', topics: ['domestic-abuse'], summary: '' },
    ];
    const index = buildIndex(docs, { partner: ['domestic-abuse'] });
    expect(search(index, 'cyn-bartner')).to.deep.equal([1]); // not savings
    expect(search(index, 'cyn')).to.equal(undefined);
  });

  it('reads dialect spellings as the word they stand for', () => {
    const same = (a: string, b: string) => expect(words(a), `${a} / ${b}`).to.deep.equal(words(b));
    same('isio marw', 'eisiau marw'); // North
    same('moyn marw', 'eisiau marw'); // South
    same('isie', 'eisiau');
    same('ofn mynd adra', 'ofn mynd adref');
  });

  it('matches Welsh synonyms, built-in and a Trust’s own, in every mutated form', () => {
    const services: Service[] = [
      { id: 'sleep', name: 'Sleep clinic', summary: 'Help with sleep.', topics: ['sleep-and-fatigue'], contact: {} },
      { id: 'back', name: 'Physiotherapy', summary: 'Muscles and joints.', topics: ['physical-health'], contact: {} },
      { id: 'chaplaincy', name: 'Chaplaincy', summary: 'Someone to talk to.', topics: ['faith'], contact: {} },
    ];
    const ids = (query: string, synonyms?: Record<string, string[]>) =>
      (search(indexServices(services, synonyms), query) ?? []).map((i) => services[i]!.id);
    expect(ids('methu cysgu')[0]).to.equal('sleep');
    expect(ids('poen yn fy nghefn')[0]).to.equal('back'); // built-in "cefn"
    expect(ids('mae fy nghefn yn brifo')[0]).to.equal('back');
    expect(ids('capel')[0]).to.equal('chaplaincy');
    const own = { tawelwch: ['faith'] }; // a Trust's own: "calm"
    expect(ids('tawelwch', own)[0]).to.equal('chaplaincy');
    expect(ids('a thawelwch', own)[0]).to.equal('chaplaincy'); // aspirate
    expect(ids('ei dawelwch', own)[0]).to.equal('chaplaincy'); // soft
    expect(ids('tawelwch')).to.deep.equal([]); // not built in
  });

  it("finds the issue's examples in the sample Trust's Welsh text", async () => {
    const data = (await (await fetch('/samples/services.json')).json()) as {
      services: Service[];
      synonyms: Record<string, string[]>;
    };
    const index = indexServices(data.services, data.synonyms);
    const top = (query: string) => (search(index, query) ?? []).slice(0, 3).map((i) => data.services[i]!.id);
    expect(top('fy nghwnsela')).to.include('eap'); // the data says "Cwnsela"
    expect(top('cwsg')).to.include('shift-sleep-clinic'); // the data says "gwsg"
    expect(top('brofedigaeth')).to.include('bereavement-support'); // the data says "profedigaeth"
    expect(top('poen yn fy nghefn')).to.include('physio-fast-track'); // the data says "cefn"
  });
});
