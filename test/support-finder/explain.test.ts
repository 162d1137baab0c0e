import { expect } from '@open-wc/testing';
import { buildIndex, explain, search, type Doc, type Reason } from '../../src/support-finder/search.js';
import { indexServices } from '../../src/support-finder/service-index.js';

const docs: Doc[] = [
  { name: 'Money advice', topics: ['money'], summary: 'Help with debt and bills.' },
  {
    name: 'Physiotherapy',
    topics: ['physical-health'],
    summary: 'Back and joint problems.',
    nameCy: 'Ffisiotherapi',
    summaryCy: 'Problemau cefn a chymalau.',
  },
  { name: 'Occupational Health', topics: ['physical-health'], summary: 'Health and work.' },
  { name: 'Bereavement support', topics: ['bereavement'], summary: 'When someone has died.' },
];
const index = buildIndex(docs, { 'cost of living': ['money'] }, undefined, { skint: ['money'] });
const why = (query: string, doc: number) => explain(index, query, doc);
const has = (reasons: Reason[], reason: Reason) => expect(reasons, JSON.stringify(reasons)).to.deep.include(reason);

describe('support finder search: why a service matched', () => {
  it('names the word typed, the word it matched in the service, and where', () => {
    has(why('money worries', 0), { query: 'money', how: 'word', matched: 'money', field: 'name' });
    has(why('debts', 0), { query: 'debts', how: 'word', matched: 'debt', field: 'summary' });
    has(why('money', 0), { query: 'money', how: 'word', matched: 'money', field: 'name' });
  });

  it('names a synonym and the topic it stands for', () => {
    has(why('skint', 0), { query: 'skint', how: 'synonym', matched: 'money', field: 'topic', synonym: 'skint' });
    has(why('struggling with the cost of living', 0), {
      query: 'cost of living',
      how: 'synonym',
      matched: 'money',
      field: 'topic',
      synonym: 'cost of living',
    });
  });

  it('names a phrase as typed and as written, without the words its related words brought', () => {
    // "fitness" brings "gym" (a related word in the built-in lexicon)
    const withPhrase = buildIndex(docs, {}, undefined, { 'fitness to practise': ['physical-health'] });
    has(explain(withPhrase, 'fitness to practise hearing', 2), {
      query: 'fitness to practise',
      how: 'synonym',
      matched: 'physical-health',
      field: 'topic',
      synonym: 'fitness to practise',
    });
  });

  it('says when a word matched as it was typed, with a typo, as an acronym or in a Welsh mutated form', () => {
    has(why('physio', 1), { query: 'physio', how: 'start', matched: 'physiotherapy', field: 'name' });
    has(why('occupational helth', 2), { query: 'helth', how: 'typo', matched: 'health', field: 'name' });
    has(why('bereavemnet', 3), { query: 'bereavemnet', how: 'typo', matched: 'bereavement', field: 'name' }); // read as the word of the data
    has(why('bereavment', 3), { query: 'bereavment', how: 'word', matched: 'bereavement', field: 'name' }); // the same stem, "bereav"
    has(why('OH', 2), { query: 'OH', how: 'acronym', matched: 'occupational', field: 'name' });
    has(why('poen yn fy nghefn', 1), { query: 'nghefn', how: 'mutation', matched: 'cefn', field: 'summary' });
  });

  it('puts the strongest reason first, and gives none for a service that did not match', () => {
    const reasons = why('money debt', 0);
    expect(reasons.map((r) => r.query)).to.deep.equal(['money', 'debt']); // the name outweighs the summary
    expect(why('money', 3)).to.deep.equal([]);
    expect(why('', 0)).to.deep.equal([]);
  });

  it('has a reason for every service search finds, and for no other', () => {
    for (const query of ['money worries', 'skint', 'back pain', 'fy nghefn', 'OH', 'grief', 'xyzzy']) {
      const found = search(index, query) ?? [];
      docs.forEach((_, doc) => expect(why(query, doc).length > 0, `${query}: ${doc}`).to.equal(found.includes(doc)));
    }
  });

  it('explains the finder’s own index, built-in lexicon included', () => {
    const services = [
      { id: 'a', name: 'Alcohol support', summary: 'Confidential help.', topics: ['alcohol-and-drugs'], contact: {} },
    ];
    const reasons = explain(indexServices(services), 'drinking too much', 0);
    expect(reasons[0]).to.deep.equal({
      query: 'drinking',
      how: 'synonym',
      matched: 'alcohol-and-drugs',
      field: 'topic',
      synonym: 'drink',
    });
  });
});
