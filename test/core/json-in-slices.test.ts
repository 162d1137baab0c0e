import { expect } from '@open-wc/testing';
import { parseInSlices } from '../../src/core/data/json-in-slices.js';
import { countingTasks, macrotask } from './task-counting.js';

/** Services as a Trust's file has them, with quotes, backslashes and brackets in their text. */
const services = (count: number) => ({
  services: Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    name: `Service ${i} "quoted" [and] {braced}`,
    summary: ['Plain text.', 'A back\\slash \\" and ] } inside a string', 'Ends in a backslash \\'][i % 3],
    topics: ['stress', 'sleep'],
    hours: [{ days: ['mon'], opens: '08:00', closes: '18:00' }],
  })),
});

describe('parseInSlices', () => {
  it('gives what JSON.parse gives, for long text and short', async () => {
    const cases: unknown[] = [
      services(6_000), // about 1.3 MB: its list is parsed a batch at a time
      { trustName: 'Wellford', services: services(3_000), campaigns: { campaigns: services(3_000).services } },
      [services(2_000).services, 7, 'after', null], // a long list inside a list, then short values
      { list: [...services(3_000).services, 1, 'two', [3], { four: 4 }] }, // a long list that ends in other values
      [],
      {},
      'text',
      42,
      null,
      { nested: [[1, [2, [3]]], { a: '"]}' }] },
      // strings that end in a backslash, and one longer than a slice of the scan
      { long: `${'x'.repeat(100_000)}\\`, services: services(2_000).services, end: 'slash\\', quote: '\\"' },
    ];
    for (const value of cases) {
      for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2)])
        expect(await parseInSlices(text)).to.deep.equal(JSON.parse(text));
    }
  });

  it('gives the main thread back while it parses a long text', async () => {
    const text = JSON.stringify(services(40_000));
    const pageTask = macrotask();
    const { result, tasks } = await countingTasks(() => parseInSlices(text));
    expect(tasks, 'tasks in between').to.be.at.least(1);
    expect(pageTask.ran(), "the page's own task ran meanwhile").to.be.true;
    expect((result as ReturnType<typeof services>).services).to.have.length(40_000);
  });

  it('rejects what JSON.parse rejects, with a SyntaxError', async () => {
    const long = JSON.stringify(services(6_000));
    for (const text of [
      '{ "region": ',
      '[1,]',
      '"unterminated',
      '}',
      long.replace('},{', '} {'), // a comma missing between two entries of a long list
      long.slice(0, -2), // cut short
      `${long}]`, // one bracket too many
    ]) {
      let error: unknown;
      await parseInSlices(text).catch((e: unknown) => (error = e));
      expect(error, text.slice(0, 40)).to.be.instanceOf(SyntaxError);
    }
  });
});
