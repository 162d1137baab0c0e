import { expect, html } from '@open-wc/testing';
import { WellbeingElement } from '../../src/core/lit/element.js';
import { mount } from '../helpers/mount.js';

// Two events for this test only, one with a detail and one without, in the one event map.
declare global {
  interface WellbeingEventMap {
    'element-test-pick': CustomEvent<{ id: string }>;
    'element-test-ask': Event;
  }
}

class EmitProbe extends WellbeingElement {
  pick(id: string): boolean {
    return this.emit('element-test-pick', { id });
  }

  ask(): boolean {
    return this.emit('element-test-ask', undefined, { cancelable: true });
  }
}
customElements.define('emit-probe', EmitProbe);

/** Puts the probe inside another element's shadow root, as a widget sits inside a page's own components. */
class ShadowHost extends HTMLElement {
  probe = document.createElement('emit-probe') as EmitProbe;
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).append(this.probe);
  }
}
customElements.define('emit-shadow-host', ShadowHost);

describe('emit()', () => {
  it('sends a typed detail that bubbles out through shadow roots to the document', async () => {
    const host = await mount<ShadowHost>(html`<emit-shadow-host></emit-shadow-host>`);
    const heard: Event[] = [];
    const listener = (event: Event) => heard.push(event);
    document.addEventListener('element-test-pick', listener);
    try {
      expect(host.probe.pick('chaplaincy')).to.be.true;
    } finally {
      document.removeEventListener('element-test-pick', listener);
    }
    expect(heard).to.have.length(1);
    const [event] = heard as [CustomEvent<{ id: string }>];
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.detail).to.deep.equal({ id: 'chaplaincy' });
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.cancelable).to.be.false;
    expect(event.target).to.equal(host);
  });

  it('sends a plain Event when there is no detail, cancelable on request, and says whether a listener cancelled it', async () => {
    const host = await mount<ShadowHost>(html`<emit-shadow-host></emit-shadow-host>`);
    let heard: Event | undefined;
    const answer = (event: Event) => {
      heard = event;
      event.preventDefault();
    };
    expect(host.probe.ask(), 'nobody answered').to.be.true;
    window.addEventListener('element-test-ask', answer);
    try {
      expect(host.probe.ask(), 'a listener answered').to.be.false;
    } finally {
      window.removeEventListener('element-test-ask', answer);
    }
    expect(heard).to.be.instanceOf(Event);
    expect(heard).not.to.be.instanceOf(CustomEvent);
    expect(heard!.cancelable).to.be.true;
    expect(heard!.composed).to.be.true;
  });
});
