import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { loadData } from '../../src/core/data/load.js';
import { helpFile } from '../../src/core/data/schemas.js';

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
    expect(error.args.flat().join('\n')).to.match(/huge\.json: could not load help contacts: the file is larger than 5 MB/);
    expect(cancel.called).to.be.true;
  });
});
