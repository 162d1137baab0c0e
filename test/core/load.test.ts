import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { lastGoodCopy, loadData } from '../../src/core/data/load.js';
import { campaignsFile, helpFile, servicesFile } from '../../src/core/data/schemas.js';
import { validateFile } from '../../src/core/data/validate.js';
import { storage } from '../../src/core/platform/storage.js';
import { SLICE_MS } from '../../src/core/platform/tasks.js';
import { blockStorage } from '../helpers/storage.js';
import { countingTasks, macrotask } from './task-counting.js';

describe('loadData', () => {
  afterEach(() => sinon.restore());

  it('refuses a file that declares more than 5 MB without downloading it', async () => {
    const cancel = sinon.spy();
    // A body that never ends: only the declared length can stop this quickly.
    const body = new ReadableStream({ pull: () => new Promise(() => {}), cancel });
    sinon.stub(window, 'fetch').resolves(new Response(body, { headers: { 'content-length': String(50_000_000) } }));
    const error = sinon.stub(console, 'error');
    const started = performance.now();
    const loaded = await loadData(helpFile, { url: '/huge.json', label: '/huge.json' }, new AbortController().signal);
    expect(performance.now() - started).to.be.below(1000);
    expect(loaded.status).to.equal('failed');
    expect(error.args.flat().join('\n')).to.match(
      /huge\.json: could not load help contacts: the file is larger than 5 MB/,
    );
    expect(cancel.called).to.be.true;
  });

  describe('lastGoodCopy', () => {
    const url = '/last-good-copy-test.json';
    const campaign = { id: 'a', title: 'A', message: 'M', starts: '2026-01-01', ends: '2026-12-31' };
    const answer = (body: unknown) => sinon.stub(window, 'fetch').resolves(new Response(JSON.stringify(body)));
    afterEach(() => storage.remove(`cache:${new URL(url, document.baseURI).href}`));

    it('is the copy saved by the last good load, read synchronously and validated again', async () => {
      expect(lastGoodCopy(campaignsFile, { url, label: url })).to.be.undefined;
      answer({ campaigns: [campaign] });
      await loadData(campaignsFile, { url, label: url }, new AbortController().signal);
      const copy = lastGoodCopy(campaignsFile, { url, label: url });
      expect(copy?.items.map((c) => c.id)).to.deep.equal(['a']);
      expect(copy?.status).to.equal('cached');
      expect(
        lastGoodCopy(campaignsFile, { inline: { campaigns: [campaign] }, label: 'inline' }),
        'only URL sources are saved',
      ).to.be.undefined;
    });

    it('skips entries that are no longer valid, silently, and gives nothing for a copy unusable as a whole', async () => {
      const error = sinon.stub(console, 'error');
      answer({ campaigns: [campaign, { ...campaign, id: 'b', starts: 'soon' }] });
      await loadData(campaignsFile, { url, label: url }, new AbortController().signal);
      error.resetHistory();
      expect(lastGoodCopy(campaignsFile, { url, label: url })?.items.map((c) => c.id)).to.deep.equal(['a']);
      expect(error.called, 'the network load names the problems').to.be.false;
      localStorage.setItem(
        `wellbeing-widgets:cache:${new URL(url, document.baseURI).href}`,
        '{"campaigns": "tampered"}',
      );
      expect(lastGoodCopy(campaignsFile, { url, label: url })).to.be.undefined;
    });

    it('is nothing when storage throws', async () => {
      answer({ campaigns: [campaign] });
      const restore = blockStorage();
      try {
        expect(lastGoodCopy(campaignsFile, { url, label: url })).to.be.undefined;
      } finally {
        restore();
      }
    });
  });
});

describe('loadData of a long list', () => {
  afterEach(() => sinon.restore());

  const service = (i: number) => ({
    id: `s${i}`,
    name: `Service ${i}`,
    summary: 'Support for staff.',
    topics: ['stress'],
    contact: { phone: '01632 960000', url: 'https://example.org/support' },
    hours: [{ days: ['mon', 'tue'], opens: '08:00', closes: '18:00' }],
  });
  const file = (count: number) => ({ services: Array.from({ length: count }, (_, i) => service(i)) });
  const inline = (raw: unknown) => ({ inline: raw, label: 'inline JSON in <wellbeing-provider>' });

  /**
   * A file that takes this browser well over a slice to validate: 8 slices'
   * time at once, timed on a second pass so the engine has warmed up (a cold
   * first pass can be several times slower), so the first slice cannot finish it.
   */
  function longFile() {
    for (let count = 5_000; ; count *= 2) {
      const raw = file(count);
      validateFile(raw, servicesFile);
      const started = performance.now();
      validateFile(raw, servicesFile);
      if (performance.now() - started > 8 * SLICE_MS) return raw;
    }
  }

  it('validates in slices, giving the page the main thread back, with the same result and messages as at once', async () => {
    const raw = longFile();
    const last = raw.services.length - 1;
    raw.services[3] = { ...service(3), name: '' };
    raw.services[last] = { ...service(last), contact: { ...service(0).contact, phone: 'call us' } };
    const error = sinon.stub(console, 'error');
    const { result: loaded, tasks } = await countingTasks(() =>
      loadData(servicesFile, inline(raw), new AbortController().signal),
    );
    // How many slices depends on the engine's speed that moment (a warmed-up
    // Firefox or WebKit needed only two), so the test asks for one task at least
    // (that the page's own tasks then run is nextTask's test, in tasks.test.ts).
    expect(tasks, 'tasks in between').to.be.at.least(1);
    const atOnce = validateFile(raw, servicesFile);
    if ('fatal' in atOnce) throw new Error(atOnce.fatal);
    expect(loaded.status).to.equal('ok');
    expect(loaded.source).to.equal('inline JSON in <wellbeing-provider>');
    expect(loaded.items).to.have.length(last - 1);
    expect(loaded.items).to.deep.equal(atOnce.items);
    expect(loaded.extras).to.deep.equal(atOnce.extras);
    const lines = error.args.map((args) => args.join(' '));
    expect(lines).to.have.length(2);
    expect(lines[0])
      .to.include('inline JSON in <wellbeing-provider>')
      .and.include('services[3].name: expected some text (entry skipped)');
    expect(lines[1]).to.include(
      `services[${last}].contact.phone: expected a phone number (digits and spaces) (entry skipped)`,
    );
  });

  it('stops validating when the load is aborted, and says nothing', async () => {
    const error = sinon.stub(console, 'error');
    const abort = new AbortController();
    const { result: loaded, tasks } = await countingTasks(() => {
      const loading = loadData(servicesFile, inline(longFile()), abort.signal);
      abort.abort(); // after the first slice, as when the finder's source changes
      return loading;
    });
    expect(loaded.status).to.equal('failed');
    expect(tasks, 'one slice, then stopped').to.equal(1);
    expect(error.called).to.be.false;
  });

  it('loads a Trust-sized file at once, in the same task (it starts no later than before)', async () => {
    const posted = macrotask();
    const loaded = await loadData(servicesFile, inline(file(40)), new AbortController().signal);
    expect(loaded.items).to.have.length(40);
    expect(posted.ran(), 'no task ran in between').to.be.false;
  });
});
