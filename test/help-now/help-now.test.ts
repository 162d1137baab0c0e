import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/help-now/define.js';
import type { WellbeingHelpNow } from '../../src/help-now/help-now.js';
import meta, * as stories from '../../stories/help-now.stories.js';
import { mount, until } from '../helpers/mount.js';
import { renderAgain } from '../helpers/pure-render.js';
import { renderStory } from '../helpers/stories.js';

const helpNowIn = (root: Element) => root.querySelector('wellbeing-help-now')!;
const shadow = (el: WellbeingHelpNow) => el.shadowRoot!;
const hrefs = (el: WellbeingHelpNow) => [...shadow(el).querySelectorAll('dialog a')].map((a) => a.getAttribute('href'));
const dialogText = (el: WellbeingHelpNow) => shadow(el).querySelector('dialog')!.textContent!.replace(/\s+/g, ' ');
const activeInShadow = (el: WellbeingHelpNow) => shadow(el).activeElement;
const overlapsTrigger = (el: WellbeingHelpNow, focused: Element) => {
  const b = shadow(el).querySelector('[part=trigger]')!.getBoundingClientRect();
  const f = focused.getBoundingClientRect();
  return b.left < f.right && b.right > f.left && b.top < f.bottom && b.bottom > f.top;
};

async function open(el: WellbeingHelpNow) {
  shadow(el).querySelector<HTMLButtonElement>('[part=trigger]')!.click();
  await el.updateComplete;
}

describe('<wellbeing-help-now>', () => {
  afterEach(() => sinon.restore());

  it('renders a button named "Get help now", at least 44px in each direction even on a 10px root', async () => {
    document.documentElement.style.fontSize = '10px';
    try {
      const el = helpNowIn(await renderStory(meta, stories.Inline));
      await el.updateComplete;
      const trigger = shadow(el).querySelector('[part=trigger]')!;
      expect(trigger.textContent).to.contain('Get help now');
      const box = trigger.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('is accessible closed and open, inline and floating', async () => {
    for (const story of [stories.Inline, stories.Floating]) {
      const root = await renderStory(meta, story);
      const el = helpNowIn(root);
      await expect(root).to.be.accessible();
      await open(el);
      await expect(el).to.be.accessible();
      el.close();
    }
  });

  it('shows 999 first, then the England 111 option, Samaritans and Shout, with digit-only tel: and sms: links', async () => {
    const el = helpNowIn(await renderStory(meta, stories.Inline));
    await open(el);
    const links = hrefs(el);
    expect(links[0]).to.equal('tel:999');
    expect(links).to.include.members(['tel:111', 'tel:116123', 'mailto:jo@samaritans.org', 'sms:85258?&body=SHOUT']);
    expect(dialogText(el)).to.contain('Call 111, then option 2');
    expect(dialogText(el)).to.contain('Text SHOUT to 85258');
    expect(dialogText(el)).not.to.contain('Breathing Space');
  });

  it('shows each region its own urgent line', async () => {
    const expectations: Array<[keyof typeof stories, string[], string]> = [
      ['Welsh', ['tel:111'], 'Ffoniwch 111, yna pwyswch 2'],
      ['Scotland', ['tel:111', 'tel:0800838587'], 'Breathing Space'],
      ['NorthernIreland', ['tel:08088088000', 'tel:1800108088088000'], 'Lifeline'],
    ];
    for (const [name, expected, text] of expectations) {
      const el = helpNowIn(await renderStory(meta, stories[name] as typeof stories.Inline));
      await open(el);
      expect(hrefs(el), name).to.include.members(expected);
      expect(dialogText(el), name).to.contain(text);
      expect(hrefs(el), name).to.include('tel:116123');
    }
  });

  it('speaks Welsh when the page is in Welsh', async () => {
    const el = helpNowIn(await renderStory(meta, stories.Welsh));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=trigger]')!.textContent).to.contain('Cael help nawr');
    await open(el);
    expect(dialogText(el)).to.contain('Samariaid');
    await until(() => dialogText(el).includes('Gwasanaeth Cymorth Seicolegol i Staff'));
    await expect(el).to.be.accessible();
  });

  it('moves focus into the dialog, closes on Escape and returns focus to the button', async () => {
    const el = helpNowIn(await renderStory(meta, stories.Inline));
    await el.updateComplete;
    const trigger = shadow(el).querySelector<HTMLButtonElement>('[part=trigger]')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = shadow(el).querySelector('dialog')!;
    expect(dialog.open).to.be.true;
    expect(dialog.contains(activeInShadow(el))).to.be.true;
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open);
    await until(() => activeInShadow(el) === trigger);
  });

  it('closes with the Close button and returns focus', async () => {
    const el = helpNowIn(await renderStory(meta, stories.Inline));
    shadow(el).querySelector<HTMLButtonElement>('[part=trigger]')!.focus(); // as a pointer click would
    await open(el);
    shadow(el).querySelector<HTMLButtonElement>('[part=close]')!.click();
    const dialog = shadow(el).querySelector('dialog')!;
    expect(dialog.open).to.be.false;
    await until(() => activeInShadow(el) === shadow(el).querySelector('[part=trigger]'));
  });

  it('makes the page behind inert while open', async () => {
    const root = await mount(
      html`<div><button id="behind">Behind</button><wellbeing-help-now variant="inline"></wellbeing-help-now></div>`,
    );
    const el = helpNowIn(root);
    await open(el);
    const behind = root.querySelector<HTMLButtonElement>('#behind')!;
    behind.focus();
    expect(document.activeElement).not.to.equal(behind);
    el.close();
  });

  it('fires wellbeing-help-open with only the region', async () => {
    const el = helpNowIn(await renderStory(meta, stories.Inline));
    await el.updateComplete;
    setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('[part=trigger]')!.click());
    const event = (await oneEvent(el, 'wellbeing-help-open')) as CustomEvent;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail).to.deep.equal({ region: 'england' });
  });

  it("adds the Trust's contacts with hours and open status after the national lines", async () => {
    const el = helpNowIn(await renderStory(meta, stories.WithTrustContacts));
    await open(el);
    await until(() => dialogText(el).includes('Employee Assistance Programme'));
    const text = dialogText(el);
    expect(text.indexOf('Samaritans')).to.be.lessThan(text.indexOf('Employee Assistance Programme'));
    expect(hrefs(el)).to.include.members([
      'tel:01632960123',
      'mailto:staff.psychology@wellford-valley.example',
      'https://eap.wellford-valley.example/',
    ]);
    expect(text).to.contain('Monday to Friday, 8am to 6pm');
    expect(text).to.match(/Open now|Closed, opens/);
  });

  it('renders the dialog and fetches Trust contacts only when someone reaches for the button', async () => {
    const fetch = sinon.spy(window, 'fetch');
    const el = await fixture<WellbeingHelpNow>(
      html`<wellbeing-help-now variant="inline" src="/samples/help-contacts.json?wanted=${Math.random()}"></wellbeing-help-now>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(shadow(el).querySelector('dialog')!.childElementCount).to.equal(0);
    expect(fetch.called).to.be.false;
    shadow(el).querySelector<HTMLButtonElement>('[part=trigger]')!.focus(); // keyboard users reach it first
    await until(() => fetch.called);
    expect(shadow(el).querySelector('dialog')!.childElementCount).to.equal(0);
    shadow(el).querySelector<HTMLButtonElement>('[part=trigger]')!.click();
    // The numbers are there in the same task as the click; the Trust's follow.
    expect(shadow(el).querySelector('dialog')!.open).to.be.true;
    expect(hrefs(el)).to.include.members(['tel:999', 'tel:111', 'tel:116123']);
    await until(() => dialogText(el).includes('Employee Assistance Programme'));
    el.close();
  });

  it('shows national numbers at once while a slow contacts file loads, and gives up after 8 seconds', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let requested!: () => void;
    const fetching = new Promise<void>((resolve) => (requested = resolve));
    sinon.stub(window, 'fetch').callsFake(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          requested();
          init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const errors = sinon.stub(console, 'error');
    const el = await fixture<WellbeingHelpNow>(
      html`<wellbeing-help-now variant="inline" src="/slow/help.json"></wellbeing-help-now>`,
    );
    await open(el);
    expect(hrefs(el)).to.include.members(['tel:999', 'tel:111', 'tel:116123']);
    expect(dialogText(el)).to.contain("Loading your Trust's contacts");
    // The 8 seconds run from the request, which waits for the contacts code to arrive.
    await fetching;
    await clock.tickAsync(8000);
    await el.updateComplete;
    expect(errors.calledWithMatch(/\/slow\/help\.json: could not load help contacts: no answer within 8 seconds/)).to.be
      .true;
    expect(dialogText(el)).to.contain('could not be loaded');
    expect(hrefs(el)).to.include('tel:999');
  });

  it('names the source when the file is missing or not JSON, keeping the national numbers', async () => {
    const errors = sinon.stub(console, 'error');
    for (const src of ['/test/fixtures/missing.json', '/test/fixtures/not-json.json']) {
      const el = await fixture<WellbeingHelpNow>(
        html`<wellbeing-help-now variant="inline" src=${src}></wellbeing-help-now>`,
      );
      await open(el);
      await until(() => dialogText(el).includes('could not be loaded'));
      el.close();
      expect(hrefs(el)).to.include.members(['tel:999', 'tel:116123', 'sms:85258?&body=SHOUT']);
      expect(errors.args.flat().join('\n')).to.contain(`${location.origin}${src}`);
    }
    expect(errors.args.flat().join('\n'))
      .to.match(/answered 404/)
      .and.to.match(/not valid JSON/);
  });

  it('skips invalid contacts with a message naming the field, and renders markup as text', async () => {
    const errors = sinon.stub(console, 'error');
    const el = await fixture<WellbeingHelpNow>(
      html`<wellbeing-help-now variant="inline" src="/test/fixtures/invalid-help-contacts.json"></wellbeing-help-now>`,
    );
    await open(el);
    await until(() => dialogText(el).includes('Good line'));
    const log = errors.args.flat().join('\n');
    expect(log).to.contain('invalid-help-contacts.json: contacts[1].phone: expected a string');
    expect(log).to.contain('contacts[2].url: expected an http(s), tel, sms or mailto link');
    expect(log).to.contain('contacts[3].name: is required');
    expect(log).to.contain('contacts[4].hours[0].opens: expected HH:MM');
    expect(dialogText(el)).to.contain('<b>Markup stays text</b>');
    expect(shadow(el).querySelector('dialog b, dialog img')).to.be.null;
    expect(hrefs(el).some((href) => href!.startsWith('javascript'))).to.be.false;
  });

  it('reads contacts from an inline JSON child', async () => {
    const el = await fixture<WellbeingHelpNow>(html`<wellbeing-help-now variant="inline">
      <script type="application/json">
        { "contacts": [{ "name": "Ward manager on call", "phone": "01632 960 999" }] }
      </script>
    </wellbeing-help-now>`);
    await open(el);
    await until(() => dialogText(el).includes('Ward manager on call'));
    expect(hrefs(el)).to.include('tel:01632960999');
  });

  it('shows at most 50 Trust contacts from an enormous file, quickly, and says so in the console', async () => {
    const error = sinon.stub(console, 'error');
    const contacts = Array.from({ length: 5000 }, (_, i) => ({
      name: `Contact ${i}`,
      phone: '01632 960 000',
      hours: '24/7',
    }));
    const el = document.createElement('wellbeing-help-now');
    el.variant = 'inline';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ contacts });
    el.append(script);
    document.body.append(el);
    try {
      const started = performance.now();
      await el.updateComplete;
      await open(el);
      await until(() => dialogText(el).includes('Contact 49'));
      expect(performance.now() - started).to.be.below(2000);
      expect(dialogText(el)).not.to.contain('Contact 50');
      expect(error.args.flat().join('\n')).to.contain(
        'inline JSON in <wellbeing-help-now>: only the first 50 of 5000 contacts are shown',
      );
    } finally {
      el.remove();
    }
  });

  it('keeps working from the last good copy when the file later fails to load', async () => {
    const src = `/samples/help-contacts.json?cache-test=${Math.random()}`;
    const first = await fixture<WellbeingHelpNow>(
      html`<wellbeing-help-now variant="inline" src=${src}></wellbeing-help-now>`,
    );
    await open(first);
    await until(() => dialogText(first).includes('Employee Assistance Programme'));
    first.close();
    sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
    sinon.stub(console, 'error');
    const info = sinon.stub(console, 'info');
    const second = await fixture<WellbeingHelpNow>(
      html`<wellbeing-help-now variant="inline" src=${src}></wellbeing-help-now>`,
    );
    await open(second);
    await until(() => dialogText(second).includes('Employee Assistance Programme'));
    second.close();
    expect(info.calledWithMatch(/last good copy/)).to.be.true;
  });

  it('opens when another widget asks for urgent help, and only one help-now answers', async () => {
    const root = await mount(html`<div>
      <wellbeing-help-now variant="inline"></wellbeing-help-now><wellbeing-help-now variant="inline"></wellbeing-help-now>
    </div>`);
    const [a, b] = root.querySelectorAll('wellbeing-help-now');
    const request = new Event('wellbeing-help-request', { bubbles: true, composed: true, cancelable: true });
    expect(root.dispatchEvent(request)).to.be.false;
    const opened = [a!, b!].filter((el) => shadow(el).querySelector('dialog')!.open);
    expect(opened).to.have.length(1);
    opened[0]!.close();
  });

  it('moves the floating button away from the focused element', async () => {
    const root = await mount(html`<div>
      <button id="corner" style="position:fixed;right:0;bottom:0;width:300px;height:120px">Corner</button>
      <wellbeing-help-now variant="floating"></wellbeing-help-now>
    </div>`);
    const el = helpNowIn(root);
    await el.updateComplete;
    const corner = root.querySelector<HTMLButtonElement>('#corner')!;
    corner.focus();
    const button = shadow(el).querySelector('[part=trigger]')!.getBoundingClientRect();
    const focused = corner.getBoundingClientRect();
    const overlaps =
      button.left < focused.right &&
      button.right > focused.left &&
      button.top < focused.bottom &&
      button.bottom > focused.top;
    expect(overlaps).to.be.false;
  });

  it('moves the floating button away when focus moves between controls inside one shadow root', async () => {
    // Such a move fires focusin inside the shadow root only: the document never hears it.
    const root = await mount(html`<div>
      <div id="widget"></div>
      <wellbeing-help-now variant="floating"></wellbeing-help-now>
    </div>`);
    const shadowHost = root.querySelector('#widget')!.attachShadow({ mode: 'open' });
    shadowHost.innerHTML = `<button style="position:fixed;left:0;top:0">First</button>
      <button style="position:fixed;right:0;bottom:0;width:300px;height:120px">Corner</button>`;
    const [first, corner] = shadowHost.querySelectorAll('button');
    const el = helpNowIn(root);
    await el.updateComplete;
    first!.focus();
    expect(overlapsTrigger(el, first!)).to.be.false;
    corner!.focus();
    expect(shadowHost.activeElement).to.equal(corner);
    expect(overlapsTrigger(el, corner!)).to.be.false;
  });

  it('moves the floating button away when the focused control scrolls under it', async () => {
    const root = await mount(html`<div style="position:relative;height:4000px">
      <button id="late" style="position:absolute;right:0;top:1500px;width:320px;height:80px">Late</button>
      <wellbeing-help-now variant="floating"></wellbeing-help-now>
    </div>`);
    const el = helpNowIn(root);
    await el.updateComplete;
    const late = root.querySelector<HTMLButtonElement>('#late')!;
    try {
      late.focus({ preventScroll: true }); // below the fold for now
      expect(overlapsTrigger(el, late)).to.be.false;
      // Scroll until the focused button sits in the bottom-right corner, under the floating button.
      const box = late.getBoundingClientRect();
      window.scrollBy(0, box.bottom - innerHeight + 8);
      await until(() => Math.abs(late.getBoundingClientRect().bottom - innerHeight + 8) < 2);
      await until(() => !overlapsTrigger(el, late));
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('keeps the title and Close in view while the dialog scrolls, and focus clear of them', async () => {
    const contacts = Array.from({ length: 20 }, (_, i) => ({ name: `Contact ${i}`, phone: `01632 960 ${100 + i}` }));
    const root = await mount(html`<div></div>`);
    const el = document.createElement('wellbeing-help-now');
    el.variant = 'inline';
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify({ contacts }),
    });
    el.append(script);
    root.append(el);
    await el.updateComplete;
    await open(el);
    await until(() => dialogText(el).includes('Contact 19'));
    const dialog = shadow(el).querySelector('dialog')!;
    const header = shadow(el).querySelector('.header')!;
    const close = shadow(el).querySelector<HTMLButtonElement>('[part=close]')!;
    expect(dialog.scrollHeight).to.be.greaterThan(dialog.clientHeight);
    dialog.scrollTop = dialog.scrollHeight;
    await until(() => dialog.scrollTop > 0);
    const top = dialog.getBoundingClientRect().top;
    expect(header.getBoundingClientRect().top).to.be.closeTo(top, 1);
    const c = close.getBoundingClientRect();
    expect(c.top).to.be.at.least(top);
    // Close is the element on top at its own centre: nothing scrolled over it.
    expect(shadow(el).elementFromPoint(c.left + c.width / 2, c.top + c.height / 2)).to.equal(close);
    // Going back up link by link, no focused link hides under the sticky header.
    const links = [...dialog.querySelectorAll<HTMLAnchorElement>('.body a')].reverse();
    for (const link of links) {
      link.focus();
      await until(() => link.getBoundingClientRect().top >= header.getBoundingClientRect().bottom - 1, 1000).catch(
        () => {
          throw new Error(`${link.textContent} is under the header`);
        },
      );
    }
    el.close();
  });

  it('dims the page behind the dialog so that its edge stands out clearly (at least 4.5:1 on white, past the 3:1 WCAG asks)', async () => {
    const el = helpNowIn(await renderStory(meta, stories.Inline));
    await open(el);
    const dialog = shadow(el).querySelector('dialog')!;
    const [r, g, b, a] = getComputedStyle(dialog, '::backdrop')
      .backgroundColor.match(/[\d.]+/g)!
      .map(Number);
    const over = (c: number) => c! * a! + 255 * (1 - a!);
    const lum = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const backdrop = 0.2126 * lum(over(r!)) + 0.7152 * lum(over(g!)) + 0.0722 * lum(over(b!));
    expect(getComputedStyle(dialog).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(1.05 / (backdrop + 0.05)).to.be.at.least(4.5); // well past 1.4.11's 3:1: clearly dimmed
    el.close();
  });

  it('renders purely, closed and open: rendering again with nothing changed changes nothing', async () => {
    const el = helpNowIn(await renderStory(meta, stories.WithTrustContacts));
    for (const state of ['closed', 'open']) {
      if (state === 'open') {
        await open(el);
        await until(() => dialogText(el).includes('Employee Assistance Programme'));
      }
      const again = await renderAgain(el);
      expect(again.updates, `${state}: updates`).to.equal(1);
      expect(again.changed, `${state}: reactive values changed`).to.deep.equal([]);
      expect(again.after, state).to.equal(again.before);
    }
    el.close();
  });

  it('is hidden when printing', async () => {
    const el = helpNowIn(await renderStory(meta, stories.Floating));
    await el.updateComplete;
    const printRule = [...(el.shadowRoot!.adoptedStyleSheets ?? [])]
      .flatMap((sheet) => [...sheet.cssRules])
      .find((rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print');
    expect(printRule?.cssText).to.contain('display: none');
  });
});
