import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { storage } from '../../src/core/platform/storage.js';
import type { StudioDataView } from '../../src/studio/data-view.js';
import '../../src/studio/define.js';
import { emptyDraft, saveDraft, type Draft } from '../../src/studio/draft.js';
import type { StudioEntryForm } from '../../src/studio/entry-form.js';
import type { StudioFinderCheck } from '../../src/studio/finder-check.js';
import type { StudioHoursEditor } from '../../src/studio/hours-editor.js';
import type { RowsDetail, StudioImportPanel } from '../../src/studio/import-panel.js';
import { formsFromManifest, type Manifest } from '../../src/studio/manifest-forms.js';
import { StudioPreviewFrame } from '../../src/studio/preview-frame.js';
import type { StudioSnippetBuilder } from '../../src/studio/snippet-builder.js';
import { WellbeingStudio } from '../../src/studio/studio-app.js';

// The preview page is built into dist/; these tests look at the studio itself.
StudioPreviewFrame.pageUrl = 'about:blank';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttonNamed = (el: Element, name: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => text(b).startsWith(name))!;
const settle = async (el: Element & { updateComplete?: Promise<unknown> }) => {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
  }
};

const campaign = { id: 'ttt', title: 'Time to Talk Day', message: 'Talk.', starts: '2027-02-04', ends: '2027-02-04' };

async function dataView(kind: 'campaigns' | 'services' | 'contacts', items: Record<string, unknown>[]) {
  const draft: Draft = { items, extras: {}, unsaved: false };
  const el = await fixture<StudioDataView>(
    html`<wellbeing-studio-data kind=${kind} .draft=${draft}></wellbeing-studio-data>`,
  );
  // The app would pass the new draft back down; so do we.
  el.addEventListener('studio-draft', (e) => (el.draft = (e as CustomEvent<{ draft: Draft }>).detail.draft));
  await settle(el);
  return el;
}

describe('studio: the app', () => {
  beforeEach(() => {
    for (const kind of ['campaigns', 'services', 'contacts'] as const) saveDraft(kind, emptyDraft());
    location.hash = '';
  });
  afterEach(() => (location.hash = ''));

  it('starts with the tasks, and is accessible', async () => {
    const el = await fixture<WellbeingStudio>(html`<wellbeing-studio></wellbeing-studio>`);
    expect(text($(el, 'h1'))).to.equal('Studio for intranet editors');
    expect($$(el, 'nav a').map(text)).to.deep.equal([
      'Start',
      'Put widgets on a page',
      'Campaigns',
      'Support services',
      'Help contacts',
      'Check the finder',
    ]);
    await expect(el).to.be.accessible();
  });

  it('goes to a view by its link and moves focus to its heading', async () => {
    const el = await fixture<WellbeingStudio>(html`<wellbeing-studio></wellbeing-studio>`);
    location.hash = '#campaigns';
    await new Promise((r) => addEventListener('hashchange', r, { once: true }));
    await settle(el);
    const view = $(el, 'wellbeing-studio-data') as StudioDataView;
    await settle(view);
    expect(text($(view, 'h1'))).to.equal('Campaigns');
    expect($(el, 'nav a[aria-current=page]').textContent).to.equal('Campaigns');
    expect(view.shadowRoot!.activeElement?.id).to.equal('view-heading');
  });

  it('keeps drafts in this browser and warns before closing with work not downloaded', async () => {
    saveDraft('campaigns', { items: [campaign], extras: {}, unsaved: true });
    const first = await fixture<WellbeingStudio>(html`<wellbeing-studio></wellbeing-studio>`);
    const event = new Event('beforeunload', { cancelable: true });
    dispatchEvent(event);
    expect(event.defaultPrevented).to.be.true;
    first.remove();
    saveDraft('campaigns', { items: [campaign], extras: {}, unsaved: false });
    await fixture<WellbeingStudio>(html`<wellbeing-studio></wellbeing-studio>`);
    const calm = new Event('beforeunload', { cancelable: true });
    dispatchEvent(calm);
    expect(calm.defaultPrevented).to.be.false;
  });
});

describe('studio: a data file', () => {
  it('lists entries with their state and is accessible, with an entry open', async () => {
    const el = await dataView('campaigns', [
      campaign,
      { ...campaign, id: 'bad', title: 'Bad link', link: { href: 'javascript:alert(1)', text: 'x' } },
    ]);
    expect($$(el, '.entry h3').map(text)).to.deep.equal(['Time to Talk Day', 'Bad link']);
    expect($$(el, '.entry .tag').map(text)).to.deep.equal(['Ready', '1 problem to fix']);
    expect(text($(el, '#problems-heading'))).to.equal('1 problem to fix before you download');
    expect(text($(el, '.summary-list'))).to.equal(
      'Bad link: Link address: expected an http(s), tel, sms or mailto link',
    );
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Edit').click();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('goes from a problem to its field', async () => {
    const el = await dataView('campaigns', [{ ...campaign, link: { href: 'javascript:alert(1)', text: 'x' } }]);
    $<HTMLButtonElement>(el, '.summary-list button').click();
    await settle(el);
    const form = $(el, 'wellbeing-studio-entry-form') as StudioEntryForm;
    await settle(form);
    expect(form.shadowRoot!.activeElement?.id).to.equal('f-link-href');
    const field = form.shadowRoot!.activeElement!.closest('.field')!;
    expect(field.classList.contains('has-error')).to.be.true;
    expect(text(field.querySelector('.error-message'))).to.equal('Error: expected an http(s), tel, sms or mailto link');
  });

  it('shows the validator’s message as you type, and takes UK dates', async () => {
    const el = await dataView('campaigns', [campaign]);
    buttonNamed(el, 'Edit').click();
    await settle(el);
    const form = $(el, 'wellbeing-studio-entry-form') as StudioEntryForm;
    await settle(form);
    const title = $<HTMLInputElement>(form, '#f-title');
    title.focus();
    title.select();
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    await settle(form);
    expect(text($(form, '#f-title-error'))).to.equal('Error: Title is required');
    const starts = $<HTMLInputElement>(form, '#f-starts');
    expect(starts.value).to.equal('04/02/2027');
    starts.focus();
    starts.select();
    await sendKeys({ type: '31/02/2027' });
    await settle(el);
    await settle(form);
    expect(text($(form, '#f-starts-error'))).to.equal('Error: 31/02/2027 is not a real date');
    starts.select();
    await sendKeys({ type: '03/02/2027' });
    await settle(el);
    expect(el.draft.items[0]!.starts).to.equal('2027-02-03');
    expect(el.draft.unsaved).to.be.true;
  });

  it('has Welsh fields beside the English ones, marked as Welsh', async () => {
    const el = await dataView('campaigns', [campaign]);
    buttonNamed(el, 'Edit').click();
    await settle(el);
    const form = $(el, 'wellbeing-studio-entry-form') as StudioEntryForm;
    await settle(form);
    const pair = $(form, '.pair');
    expect($$(form, '.pair').length).to.be.greaterThan(2);
    expect([...pair.querySelectorAll('label')].map(text)).to.deep.equal(['Title', 'Title (Welsh)']);
    expect(pair.querySelector('#f-title_cy')!.getAttribute('lang')).to.equal('cy');
  });

  it('adds, duplicates, moves and deletes with undo', async () => {
    const el = await dataView('campaigns', [campaign, { ...campaign, id: 'two', title: 'Two' }]);
    buttonNamed(el, 'Duplicate').click();
    await settle(el);
    expect(el.draft.items.map((c) => c.id)).to.deep.equal(['ttt', 'ttt-copy', 'two']);
    $<HTMLButtonElement>(el, '#down-0').click();
    await settle(el);
    expect(el.draft.items.map((c) => c.id)).to.deep.equal(['ttt-copy', 'ttt', 'two']);
    expect(text($(el, '[role=status]'))).to.include('to position 2 of 3');
    $$<HTMLButtonElement>(el, 'button')
      .filter((b) => text(b).startsWith('Delete'))[2]!
      .click();
    await settle(el);
    expect(el.draft.items.map((c) => c.id)).to.deep.equal(['ttt-copy', 'ttt']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('undo');
    $<HTMLButtonElement>(el, '#undo').click();
    await settle(el);
    expect(el.draft.items.map((c) => c.id)).to.deep.equal(['ttt-copy', 'ttt', 'two']);
    buttonNamed(el, 'Add a campaign').click();
    await settle(el);
    expect(el.draft.items).to.have.length(4);
    // A new, empty entry is not called wrong before it is filled in.
    expect($$(el, '.entry .tag').map(text).at(-1)).to.equal('New');
    expect(el.shadowRoot!.activeElement?.id).to.equal('form-heading');
  });

  it('does not download while there are problems, and says where they are', async () => {
    const el = await dataView('campaigns', [{ ...campaign, starts: '2027-02-30' }]);
    $<HTMLButtonElement>(el, '#download').click();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('problems-heading');
    expect(el.draft.unsaved).to.be.false;
  });

  it('downloads JSON that the validator accepts', async () => {
    const el = await dataView('campaigns', [campaign]);
    let downloaded: HTMLAnchorElement | undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this;
    };
    try {
      $<HTMLButtonElement>(el, '#download').click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloaded!.download).to.equal('campaigns.json');
    const json = JSON.parse(await (await fetch(downloaded!.href)).text());
    expect(json).to.deep.equal({ $schema: './schemas/campaigns.schema.json', campaigns: [campaign] });
    await settle(el);
    expect(text($(el, '[role=status]'))).to.include('Downloaded campaigns.json');
  });

  it('previews services in the real finder and contacts in help-now', async () => {
    for (const kind of ['services', 'contacts'] as const) {
      const el = await dataView(kind, []);
      const preview = $(el, 'wellbeing-studio-preview') as StudioPreviewFrame;
      expect(preview.message!.widgets[0]!.tag).to.equal(
        kind === 'services' ? 'wellbeing-support-finder' : 'wellbeing-help-now',
      );
      expect(preview.message!.data).to.have.property(kind === 'services' ? 'services' : 'help');
      await expect(el).to.be.accessible();
    }
  });
});

describe('studio: open and import', () => {
  afterEach(() => storage.remove('studio:columns:campaigns'));

  it('opens a JSON data file of any kind', async () => {
    const el = await fixture<StudioImportPanel>(
      html`<wellbeing-studio-import kind="campaigns"></wellbeing-studio-import>`,
    );
    setTimeout(() => el.readText('{"services":[{"id":"a"}],"synonyms":{}}', 'services.json'));
    const { detail } = await oneEvent(el, 'studio-open');
    expect(detail).to.deep.equal({
      name: 'services.json',
      file: { kind: 'services', items: [{ id: 'a' }], extras: { synonyms: {} } },
    });
  });

  it('says why a file cannot be used', async () => {
    const el = await fixture<StudioImportPanel>(
      html`<wellbeing-studio-import kind="campaigns"></wellbeing-studio-import>`,
    );
    await el.readFile(new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'plan.xlsx'));
    await settle(el);
    expect(text($(el, '[role=alert]'))).to.include('plan.xlsx is a spreadsheet workbook. Save it as CSV first');
    await expect(el).to.be.accessible();
  });

  it('matches columns, imports the good rows and lists the others', async () => {
    const el = await fixture<StudioImportPanel>(
      html`<wellbeing-studio-import kind="campaigns"></wellbeing-studio-import>`,
    );
    const csv = await (await fetch('/test/studio/fixtures/campaigns-excel.csv')).arrayBuffer();
    await el.readFile(new File([csv], 'campaigns.csv'));
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('map-heading');
    expect($$<HTMLSelectElement>(el, 'select').map((s) => s.value)).to.deep.equal([
      'title',
      'title_cy',
      'message',
      'starts',
      'ends',
      'link.href',
      'link.text',
    ]);
    await expect(el).to.be.accessible();
    setTimeout(() => buttonNamed(el, 'Import 5 rows').click());
    const { detail } = (await oneEvent(el, 'studio-rows')) as CustomEvent<RowsDetail>;
    expect(detail.entries.map((e) => e.title)).to.deep.equal([
      'Time to Talk Day',
      'Mental Health Awareness Week',
      'World Mental Health Day',
    ]);
    await settle(el);
    expect($$(el, '.rejected li').map(text)).to.deep.equal([
      'Row 5 (Impossible Day): First day: 2027-02-30 is not a real date',
      'Row 6 (Bad Link): Link address: expected an http(s), tel, sms or mailto link',
    ]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-heading');
    await expect(el).to.be.accessible();
    setTimeout(() => buttonNamed(el, 'Add them to fix here').click());
    const fix = (await oneEvent(el, 'studio-rows')) as CustomEvent<RowsDetail>;
    expect(fix.detail.toFix).to.be.true;
    expect(fix.detail.entries.map((e) => e.starts)).to.deep.equal(['2027-02-30', '2027-06-01']);
  });
});

describe('studio: opening hours', () => {
  it('switches between not given, 24/7 and days and times, and notes overnight times', async () => {
    const el = await fixture<StudioHoursEditor>(html`<wellbeing-studio-hours></wellbeing-studio-hours>`);
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#mode-always').click();
    expect(el.value).to.equal('24/7');
    $<HTMLInputElement>(el, '#mode-times').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }]);
    el.value = [{ days: ['fri'], opens: '20:00', closes: '02:00' }];
    await el.updateComplete;
    expect(text($(el, '.period .hint'))).to.equal('Runs overnight: closes at 02:00 the next morning.');
    $$<HTMLInputElement>(el, '.period input[type=checkbox]')[5]!.click();
    expect(el.value).to.deep.equal([{ days: ['fri', 'sat'], opens: '20:00', closes: '02:00' }]);
    buttonNamed(el, 'Add more times').click();
    await el.updateComplete;
    expect((el.value as unknown[]).length).to.equal(2);
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Remove times 1').click();
    buttonNamed(el, 'Remove times 1').click();
    await el.updateComplete;
    expect(el.value).to.be.undefined;
  });
});

describe('studio: snippet builder', () => {
  let forms: ReturnType<typeof formsFromManifest>;
  before(async () => {
    forms = formsFromManifest((await (await fetch('/custom-elements.json')).json()) as Manifest);
  });
  beforeEach(() => storage.remove('studio:snippet'));
  after(() => storage.remove('studio:snippet'));

  it('builds its forms from the manifest and the code from the choices', async () => {
    const el = await fixture<StudioSnippetBuilder>(
      html`<wellbeing-studio-snippet .forms=${forms}></wellbeing-studio-snippet>`,
    );
    const code = () => $<HTMLTextAreaElement>(el, '#code').value;
    expect(code()).to.include('<wellbeing-help-now></wellbeing-help-now>');
    const trust = $<HTMLInputElement>(el, '#wellbeing-provider-trust-name');
    trust.value = 'Wellford Valley NHS Trust';
    trust.dispatchEvent(new Event('input'));
    $<HTMLInputElement>(el, '#choose-wellbeing-support-finder').click();
    await el.updateComplete;
    const region = $<HTMLSelectElement>(el, '#wellbeing-provider-region');
    expect([...region.options].map((o) => o.value)).to.deep.equal([
      '',
      'england',
      'wales',
      'scotland',
      'northern-ireland',
    ]);
    region.value = 'wales';
    region.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(code()).to.include('<wellbeing-provider trust-name="Wellford Valley NHS Trust" region="wales">');
    expect(code()).to.include('<wellbeing-support-finder></wellbeing-support-finder>');
    expect(text($(el, '#wellbeing-help-now-variant-hint'))).to.include('fixed to a corner of the window');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#form-iframe').click();
    await el.updateComplete;
    expect(code()).to.match(/^<iframe src="\/wellbeing\/embed\.html\?widget=help-now&amp;region=wales/);
    expect($$(el, 'wellbeing-studio-preview')).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});

describe('studio: finder check', () => {
  it('shows what staff would find and why, and learns a word', async () => {
    const services = [
      {
        id: 'money',
        name: 'Money advice',
        summary: 'Help with debt and bills.',
        topics: ['money'],
        contact: { phone: '01632 960 000' },
      },
      {
        id: 'sleep',
        name: 'Sleep clinic',
        summary: 'For shift workers.',
        topics: ['sleep-and-fatigue'],
        contact: { phone: '01632 960 001' },
      },
    ];
    const el = await fixture<StudioFinderCheck>(
      html`<wellbeing-studio-finder-check .services=${services}></wellbeing-studio-finder-check>`,
    );
    const query = $<HTMLInputElement>(el, '#query');
    query.focus();
    await sendKeys({ type: 'debt' });
    await el.updateComplete;
    expect($$(el, '.results > li > strong').map(text)).to.deep.equal(['Money advice']);
    expect(text($(el, '.results ul'))).to.include('“debt”');
    await expect(el).to.be.accessible();
    query.select();
    await sendKeys({ type: 'platypus' });
    await el.updateComplete;
    expect(text($(el, '[role=status]'))).to.include('No service matches “platypus”');
    $<HTMLSelectElement>(el, '#topic').value = 'money';
    setTimeout(() => buttonNamed(el, 'Add this word').click());
    const { detail } = await oneEvent(el, 'studio-draft');
    expect(detail.draft.extras).to.deep.equal({ synonyms: { platypus: ['money'] } });
    await el.updateComplete;
    expect($$(el, '.results > li > strong').map(text)).to.deep.equal(['Money advice']);
    expect(text($(el, '.results ul'))).to.include('“platypus” is an everyday word for the topic “Money”');
    // a time of night says why a service open day and night came first
    el.services = [...services, { ...services[1]!, id: 'sleep-line', name: 'Sleep line', hours: '24/7' }];
    // Set, not typed: in WebKit, sendKeys drops a repeated letter and a space ("slep at3am"), even in a
    // plain <input> of a bare page, so this is the test harness's, not the studio's.
    query.value = 'sleep at 3am';
    query.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect($$(el, '.results > li > strong').map(text)[0]).to.equal('Sleep line');
    expect(text($(el, '.results ul'))).to.include('“3am” is a time of night');
  });
});
