import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { WellbeingHelpNow } from '../../src/help-now/help-now.js';
import type { WellbeingProvider } from '../../src/provider/provider.js';
import { IN_SLICES_OVER } from '../../src/core/data/inline-json.js';
import type { WellbeingBreakReminder } from '../../src/break-reminder/break-reminder.js';
import { countUpdates, renderAgain } from '../helpers/pure-render.js';
import { mount, until } from '../helpers/mount.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const hrefs = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('<wellbeing-provider>', () => {
  afterEach(() => sinon.restore());

  it('shares region, Trust name and help contacts with widgets inside it', async () => {
    const root =
      await fixture(html`<wellbeing-provider trust-name="Wellford Valley NHS Trust" region="scotland" help-src="/samples/help-contacts.json">
      <div><wellbeing-help-now variant="inline"></wellbeing-help-now></div>
    </wellbeing-provider>`);
    const el = root.querySelector<WellbeingHelpNow>('wellbeing-help-now')!;
    await el.updateComplete;
    el.show(); // the dialog's contents render on first open
    await until(() => text(el).includes('Employee Assistance Programme'));
    expect(text(el)).to.contain('Support from Wellford Valley NHS Trust');
    expect(hrefs(el)).to.include('tel:0800838587');
  });

  it("lets a widget's own attributes win", async () => {
    const root = await fixture(html`<wellbeing-provider region="scotland">
      <wellbeing-help-now variant="inline" region="northern-ireland"></wellbeing-help-now>
    </wellbeing-provider>`);
    const el = root.querySelector('wellbeing-help-now')!;
    await el.updateComplete;
    el.show();
    expect(hrefs(el)).to.include('tel:08088088000');
    expect(hrefs(el)).not.to.include('tel:0800838587');
  });

  it('takes everything from an inline JSON child, including data and string overrides', async () => {
    const root = await fixture(html`<wellbeing-provider>
      <script type="application/json">
        {
          "locale": "cy",
          "region": "wales",
          "help": { "contacts": [{ "name": "Inline contact", "phone": "01632 960 321" }] },
          "strings": { "cy": { "help-now.trigger": "Angen cymorth?" } }
        }
      </script>
      <wellbeing-help-now variant="inline"></wellbeing-help-now>
    </wellbeing-provider>`);
    const el = root.querySelector('wellbeing-help-now')!;
    await el.updateComplete;
    el.show();
    await until(() => text(el).includes('Inline contact'));
    expect(el.shadowRoot!.querySelector('[part=trigger]')!.textContent).to.contain('Angen cymorth?');
    expect(text(el)).to.contain('Ffoniwch 111, yna pwyswch 2');
  });

  it('reports malformed inline JSON and the widgets carry on with defaults', async () => {
    const errors = sinon.stub(console, 'error');
    const root = await fixture(html`<wellbeing-provider>
      <script type="application/json">{ "region": </script>
      <wellbeing-help-now variant="inline"></wellbeing-help-now>
    </wellbeing-provider>`);
    const el = root.querySelector('wellbeing-help-now')!;
    await el.updateComplete;
    el.show();
    expect(errors.calledWithMatch(/inline JSON in <wellbeing-provider>: is not valid JSON/)).to.be.true;
    expect(hrefs(el)).to.include.members(['tel:999', 'tel:111']);
  });

  /** A provider with a very long inline JSON child, put in the page the way a page's own script would. */
  function longInlineProvider(json: string, ...tags: string[]) {
    const root = document.createElement('wellbeing-provider');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    root.append(script, ...tags.map((tag) => document.createElement(tag)));
    document.body.append(root);
    return root;
  }
  const manyServices = (count: number) => ({
    services: Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      name: `Service ${i}`,
      summary: 'Support for staff.',
      topics: ['stress'],
      contact: { phone: '01632 960000' },
    })),
  });

  /** Over IN_SLICES_OVER: about 120 characters of JSON each. */
  const MANY = 36_000;

  it('parses very long inline JSON in slices: its widgets wait for their data, help-now does not', async () => {
    const errors = sinon.stub(console, 'error');
    const json = JSON.stringify({ services: manyServices(MANY) });
    expect(json.length).to.be.above(IN_SLICES_OVER);
    const parse = sinon.spy(JSON, 'parse');
    const root = longInlineProvider(json, 'wellbeing-help-now', 'wellbeing-support-finder');
    try {
      const help = root.querySelector<WellbeingHelpNow>('wellbeing-help-now')!;
      await help.updateComplete;
      help.show();
      // The national numbers are in the first render, before the JSON is parsed.
      expect(hrefs(help)).to.include.members(['tel:999', 'tel:111']);
      await customElements.whenDefined('wellbeing-support-finder');
      const finder = root.querySelector('wellbeing-support-finder') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await finder.updateComplete;
      const count = () => finder.shadowRoot!.querySelector('[part=count]')!;
      expect(count().getAttribute('aria-busy'), 'loading, not the built-in list').to.equal('true');
      await until(() => count().getAttribute('aria-busy') === 'false', 20_000);
      expect(text(finder)).to.contain('Service 0').and.contain(`${MANY} services`);
      // Never the whole text in one call: in pieces, a batch of entries at a time.
      const longest = Math.max(...parse.args.map(([arg]) => String(arg).length));
      expect(longest)
        .to.be.above(0)
        .and.below(IN_SLICES_OVER / 10);
      expect(errors.called, errors.args.join('\n')).to.be.false;
    } finally {
      root.remove();
    }
  });

  it('reports very long inline JSON that is not valid, and its widgets carry on with defaults', async () => {
    const errors = sinon.stub(console, 'error');
    const json = JSON.stringify({ services: manyServices(MANY) }).replace('},{', '} {');
    const root = longInlineProvider(json, 'wellbeing-support-finder');
    try {
      await until(() => errors.called, 20_000);
      expect(errors.args.join('\n')).to.match(/inline JSON in <wellbeing-provider>: is not valid JSON/);
      const finder = root.querySelector('wellbeing-support-finder')!;
      // The built-in national services, as with short JSON that is not valid.
      await until(() => text(finder).includes('Samaritans'));
    } finally {
      root.remove();
    }
  });

  it("keeps its widgets in a theme's content column that limits the width of its children", async () => {
    // As WordPress themes do: `.is-layout-constrained > * { max-width: var(--wp--style--global--content-size) }`.
    const root = await mount(html`<div>
      <style>
        .column { width: 1216px; }
        .column > * { max-width: 650px; margin-inline: auto; }
      </style>
      <div class="column">
        <p>Some of the page's own text.</p>
        <wellbeing-provider>
          <wellbeing-support-finder catalogue="built-in"></wellbeing-support-finder>
          <wellbeing-break-reminder></wellbeing-break-reminder>
          <wellbeing-help-now variant="inline"></wellbeing-help-now>
        </wellbeing-provider>
      </div>
    </div>`);
    const text = root.querySelector('p')!.getBoundingClientRect();
    expect(text.width).to.equal(650);
    for (const tag of ['wellbeing-support-finder', 'wellbeing-break-reminder', 'wellbeing-help-now']) {
      const box = root.querySelector(tag)!.getBoundingClientRect();
      expect(box.left, tag).to.be.at.least(text.left - 0.5);
      expect(box.right, tag).to.be.at.most(text.right + 0.5);
    }
  });

  it('updates widgets when its attributes change', async () => {
    const root = await fixture(
      html`<wellbeing-provider region="england"><wellbeing-help-now variant="inline"></wellbeing-help-now></wellbeing-provider>`,
    );
    const el = root.querySelector('wellbeing-help-now')!;
    await el.updateComplete;
    el.show();
    root.setAttribute('region', 'northern-ireland');
    await until(() => hrefs(el).includes('tel:08088088000'));
  });

  it('renders again with nothing changed without changing anything or updating its widgets', async () => {
    const root =
      await mount<WellbeingProvider>(html`<wellbeing-provider trust-name="Wellford Valley NHS Trust" region="wales">
      <script type="application/json">{ "strings": { "en": { "break-reminder.settings": "Breaks" } } }</script>
      <wellbeing-break-reminder></wellbeing-break-reminder>
    </wellbeing-provider>`);
    const widget = root.querySelector<WellbeingBreakReminder>('wellbeing-break-reminder')!;
    await widget.updateComplete;
    const widgetUpdates = countUpdates(widget);
    const again = await renderAgain(root);
    await widget.updateComplete;
    expect(again.updates).to.equal(1);
    expect(again.changed).to.deep.equal([]);
    expect(again.after).to.equal(again.before);
    expect(widgetUpdates(), 'updates of the widget inside').to.equal(0);
  });
});
