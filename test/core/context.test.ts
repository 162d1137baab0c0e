import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import { expect, html } from '@open-wc/testing';
import { mount } from '../helpers/mount.js';
import { LitElement } from 'lit';
import '../../src/index.js';
import { trustContext, type TrustConfig } from '../../src/core/lit/context.js';
import { WellbeingElement } from '../../src/core/lit/element.js';
import { WellbeingProvider } from '../../src/provider/provider.js';

/** A widget that shows what it was given. */
class ContextProbe extends WellbeingElement {
  get config(): TrustConfig {
    return this.trust;
  }
}
customElements.define('context-probe', ContextProbe);

/** A Lit element speaking the protocol through @lit/context, as another library or bundle copy would. */
class LitContextUser extends LitElement {
  consumer = new ContextConsumer(this, { context: createContext<TrustConfig>(trustContext), subscribe: true });
}
customElements.define('lit-context-user', LitContextUser);

class LitContextProvider extends LitElement {
  provider = new ContextProvider(this, {
    context: createContext<TrustConfig>(trustContext),
    initialValue: { trustName: 'From @lit/context' },
  });
}
customElements.define('lit-context-provider', LitContextProvider);

describe('the Trust context', () => {
  it('gives a widget the nearest provider and follows its changes', async () => {
    const root = await mount(html`<wellbeing-provider trust-name="Outer">
      <context-probe id="a"></context-probe>
      <wellbeing-provider trust-name="Inner"><context-probe id="b"></context-probe></wellbeing-provider>
    </wellbeing-provider>`);
    const [a, b] = root.querySelectorAll<ContextProbe>('context-probe');
    expect(a!.config.trustName).to.equal('Outer');
    expect(b!.config.trustName).to.equal('Inner');
    root.setAttribute('trust-name', 'Renamed');
    await (root as LitElement).updateComplete;
    expect(a!.config.trustName).to.equal('Renamed');
    expect(b!.config.trustName).to.equal('Inner');
  });

  it('moves with the widget: a widget taken out stops listening, and one added later is answered at once', async () => {
    const root = await mount(
      html`<div><wellbeing-provider trust-name="One"><context-probe></context-probe></wellbeing-provider></div>`,
    );
    const provider = root.querySelector<LitElement>('wellbeing-provider')!;
    const probe = root.querySelector<ContextProbe>('context-probe')!;
    root.append(probe);
    provider.setAttribute('trust-name', 'Two');
    await provider.updateComplete;
    expect(probe.config.trustName).to.equal('One');
    const late = document.createElement('context-probe') as ContextProbe;
    provider.append(late);
    expect(late.config.trustName).to.equal('Two');
  });

  it('hands widgets over to a provider around them that upgrades later', async () => {
    const root = await mount(html`<wellbeing-provider trust-name="Outer">
      <late-trust-provider trust-name="Inner"><context-probe></context-probe></late-trust-provider>
    </wellbeing-provider>`);
    const probe = root.querySelector<ContextProbe>('context-probe')!;
    expect(probe.config.trustName).to.equal('Outer');
    customElements.define('late-trust-provider', class extends WellbeingProvider {});
    await root.querySelector<LitElement>('late-trust-provider')!.updateComplete;
    expect(probe.config.trustName).to.equal('Inner');
    root.setAttribute('trust-name', 'Outer again');
    await (root as LitElement).updateComplete;
    expect(probe.config.trustName).to.equal('Inner');
  });

  it('speaks the same protocol as @lit/context, both ways', async () => {
    const root = await mount(html`<div>
      <wellbeing-provider trust-name="Ours"><lit-context-user></lit-context-user></wellbeing-provider>
      <lit-context-provider><context-probe></context-probe></lit-context-provider>
    </div>`);
    const user = root.querySelector<LitContextUser>('lit-context-user')!;
    expect(user.consumer.value?.trustName).to.equal('Ours');
    root.querySelector('wellbeing-provider')!.setAttribute('trust-name', 'Changed');
    await root.querySelector<LitElement>('wellbeing-provider')!.updateComplete;
    expect(user.consumer.value?.trustName).to.equal('Changed');
    expect(root.querySelector<ContextProbe>('context-probe')!.config.trustName).to.equal('From @lit/context');
  });
});
