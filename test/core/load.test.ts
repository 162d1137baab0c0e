import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { lastGoodCopy, loadData } from '../../src/core/data/load.js';
import { campaignsFile, helpFile } from '../../src/core/data/schemas.js';
import { storage } from '../../src/core/platform/storage.js';
import { blockStorage } from '../helpers/storage.js';

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
