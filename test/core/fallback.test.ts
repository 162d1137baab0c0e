import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { mount, until } from '../helpers/mount.js';

/**
 * Help without the script: whatever an editor puts inside a widget's tag shows
 * until the element is defined (the browser renders an unknown element's
 * children) and is hidden once it renders, because no widget gives its light
 * DOM a `<slot>`. Hidden that way it is not drawn, not in the Tab order and not
 * in the accessibility tree, so a screen reader never reads the urgent numbers
 * twice.
 */
const TAGS = [
  'wellbeing-help-now',
  'wellbeing-support-finder',
  'wellbeing-break-reminder',
  'wellbeing-campaign-banner',
];

describe('fallback content inside a widget tag', () => {
  it('shows while the tag is not yet defined', async () => {
    const root = await mount(html`<div>
      <wellbeing-not-defined-yet><p>In an emergency call <a href="tel:999">999</a>.</p></wellbeing-not-defined-yet>
    </div>`);
    const link = root.querySelector('a')!;
    expect(link.getClientRects().length).to.be.greaterThan(0);
    link.focus();
    expect(document.activeElement).to.equal(link);
    link.blur();
  });

  for (const tag of TAGS) {
    it(`is hidden from sight, the keyboard and screen readers once <${tag}> renders`, async () => {
      const root = await mount(html`<div><button id="before">Before</button><button id="after">After</button></div>`);
      const el = document.createElement(tag);
      // The banner renders nothing without a campaign, and the help-now button would float: keep both in view.
      if (tag === 'wellbeing-help-now') el.setAttribute('variant', 'inline');
      el.innerHTML =
        '<p>In an emergency call <a href="tel:999">999</a>. For urgent mental health help call <a href="tel:111">111</a>.</p>';
      root.querySelector('#after')!.before(el);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await until(() => el.shadowRoot);
      expect(el.shadowRoot!.querySelector('slot'), 'no slot shows the light DOM').to.equal(null);
      const links = [...el.querySelectorAll<HTMLAnchorElement>('a')];
      for (const link of links) {
        expect(link.getClientRects().length, 'not drawn').to.equal(0);
        expect(link.checkVisibility?.() ?? false).to.equal(false);
      }
      // The keyboard goes from the button before the widget, through the widget's own controls, to the one after.
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      for (let i = 0; i < 80 && document.activeElement?.id !== 'after'; i++) {
        await sendKeys({ press: 'Tab' });
        expect(links, 'a fallback link took focus').not.to.include(document.activeElement);
      }
      expect(document.activeElement?.id).to.equal('after');
      el.remove();
    });
  }
});
