import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { define } from '../../src/core/lit/define.js';
import { VERSION } from '../../src/core/version.js';
import '../../src/index.js';

describe('define()', () => {
  afterEach(() => sinon.restore());

  it('leaves the first registration in place and warns once, naming both versions', () => {
    const warn = sinon.stub(console, 'warn');
    const original = customElements.get('wellbeing-help-now');
    class SecondCopy extends HTMLElement {}
    expect(() => define('wellbeing-help-now', SecondCopy)).not.to.throw();
    expect(() => define('wellbeing-provider', SecondCopy)).not.to.throw();
    expect(customElements.get('wellbeing-help-now')).to.equal(original);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain(`version ${VERSION}`).and.to.contain('<wellbeing-help-now>');
  });

  it('says so once for the page, however many copies find a taken tag', async () => {
    // Each copy of the bundle has its own define(); with the split bundle their widgets
    // arrive at different times, so each copy can find a tag another one took.
    const warn = sinon.stub(console, 'warn');
    await import(`/dist/wellbeing-widgets.js?copy=${Math.random()}`);
    await import(`/dist/wellbeing-widgets.js?copy=${Math.random()}`);
    expect(warn.callCount).to.be.at.most(1);
  });

  it('is quiet when the same class is registered again', () => {
    const warn = sinon.stub(console, 'warn');
    define('wellbeing-help-now', customElements.get('wellbeing-help-now')!);
    expect(warn.called).to.be.false;
  });

  it('survives the whole bundle being evaluated a second time', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    sinon.stub(console, 'warn');
    await import(`/dist/wellbeing-widgets.js?copy=${Math.random()}`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('wellbeing-help-now')).to.exist;
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
