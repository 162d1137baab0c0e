import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/help-now/define.js';
import '../../src/provider/define.js';
import '../../src/support-finder/define.js';
import type { WellbeingSupportFinder } from '../../src/support-finder/support-finder.js';
import meta, * as stories from '../../stories/support-finder.stories.js';
import { mount, until } from '../helpers/mount.js';
import { renderStory } from '../helpers/stories.js';

type Story = typeof stories.Default;
const finderIn = (root: Element) => root.querySelector('wellbeing-support-finder')!;
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const names = (el: Element) => $$(el, '[part=service] h3').map((h) => h.textContent!.trim());
const count = (el: Element) => $(el, '[part=count]').textContent!.trim();
const hrefs = (el: Element) => $$(el, 'a').map((a) => a.getAttribute('href'));

async function story(s: Story, loaded = true) {
  const root = await renderStory(meta, s);
  const el = finderIn(root);
  if (loaded) await until(() => $$(el, '[part=service], [part=empty]').length);
  return { root, el };
}

/** Presses "Show all" when the list is compact. */
async function showAll(el: WellbeingSupportFinder) {
  $$(el, '[part=more]')[0]?.click();
  await el.updateComplete;
}

async function type(el: WellbeingSupportFinder, query: string) {
  const input = $<HTMLInputElement>(el, 'input[type=search]');
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<wellbeing-support-finder>', function () {
  this.timeout(30_000); // axe runs in most tests; a busy machine can take a while
  afterEach(() => sinon.restore());

  it("lists the Trust's services with a labelled search box, topic chips and filters, and is accessible", async () => {
    const { root, el } = await story(stories.Default);
    const input = $<HTMLInputElement>(el, 'input');
    expect(input.type).to.equal('search');
    expect($(el, `label[for=${input.id}]`).textContent).to.equal('Search for support');
    expect(text(el)).to.contain('What’s on your mind?');
    expect($$(el, '[part=topic]').map((b) => b.textContent)).to.include.members([
      'money',
      'bereavement',
      'sleep and fatigue',
    ]);
    expect($$(el, '[part=results] > li')).to.have.length(3); // the first few
    expect(count(el)).to.equal('18 services');
    expect(names(el)[0]).to.equal('Employee Assistance Programme');
    await expect(root).to.be.accessible();
  });

  it('finds services in staff language and says how many match', async () => {
    const { el } = await story(stories.Default);
    await type(el, 'money worries');
    expect(names(el)[0]).to.equal('Money advice and hardship fund');
    await type(el, 'a patient hit me');
    expect(names(el)[0]).to.equal('Support after violence or aggression');
    await type(el, 'de'); // too short to search yet: everything still shows
    expect(count(el)).to.equal('18 services');
    await type(el, 'debt');
    expect(count(el)).to.equal('2 services match ‘debt’');
    expect(names(el)).to.deep.equal(['Money advice and hardship fund', 'Employee Assistance Programme']);
  });

  it('says when it read a word as another, in the count and so in the live region', async () => {
    const { el } = await story(stories.Default);
    await type(el, 'selfharm');
    expect(names(el)).to.include('Samaritans');
    expect(count(el)).to.match(/^\d services match ‘self harm’ \(you typed ‘selfharm’\)$/);
    await type(el, 'self harm'); // read as typed: the plain count
    expect(count(el)).to.match(/^\d services match ‘self harm’$/);
  });

  it('announces the count in a polite live region once typing pauses', async () => {
    const { el } = await story(stories.Default);
    const live = $(el, '[role=status]');
    expect(live.textContent).to.equal(''); // nothing is announced on load
    await type(el, 'd');
    await type(el, 'de');
    await type(el, 'debt');
    expect(live.textContent).to.equal('');
    await until(() => live.textContent === '2 services match ‘debt’');
  });

  it('shows each service with a heading, summary, contact links, hours, open status and a confidential badge', async () => {
    const { el } = await story(stories.Default);
    await type(el, 'money advice');
    const first = $(el, '[part=service]');
    expect(first.querySelector('h3')!.textContent).to.equal('Money advice and hardship fund');
    expect(first.textContent).to.contain('Free, confidential help with debt');
    expect(first.querySelector('[part=badge]')!.textContent).to.equal('Confidential');
    expect(first.textContent).to.contain('You can refer yourself');
    expect(first.textContent).to.contain('Monday to Friday, 9am to 5pm');
    expect(first.textContent).to.match(/Open now|Closed, opens/);
    expect([...first.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:08081570456',
      'mailto:money.advice@wellford-valley.example',
      'https://intranet.wellford-valley.example/money',
    ]);
  });

  it('preselects a topic from the topic attribute, and the chips toggle it', async () => {
    const { root, el } = await story(stories.TopicPreset);
    const chip = (label: string) => $$(el, '[part=topic]').find((b) => b.textContent === label)!;
    expect(chip('money').getAttribute('aria-pressed')).to.equal('true');
    expect(names(el)).to.deep.equal(['Employee Assistance Programme', 'Money advice and hardship fund']);
    expect(count(el)).to.equal('2 services for money');
    await expect(root).to.be.accessible();
    chip('bereavement').click();
    await el.updateComplete;
    expect(chip('money').getAttribute('aria-pressed')).to.equal('false');
    expect(chip('bereavement').getAttribute('aria-pressed')).to.equal('true');
    expect(names(el)).to.include('Bereavement support for staff');
    chip('bereavement').click();
    await el.updateComplete;
    expect(count(el)).to.equal('18 services');
  });

  it('filters by format and self-referral', async () => {
    const { el } = await story(stories.Default);
    const select = $<HTMLSelectElement>(el, 'select');
    select.value = 'text';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Shout']);
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    $<HTMLInputElement>(el, 'input[name=selfReferral]').click();
    await el.updateComplete;
    expect(count(el)).to.equal('17 services');
    $(el, '[part=more]').click();
    await el.updateComplete;
    expect(names(el)).to.have.length(17);
    expect(names(el)).not.to.include('Occupational Health'); // manager referral
  });

  it('shows "Open now" and filters on it in UK time, across midnight and the clock changes', async () => {
    const { el } = await story(stories.Default);
    const status = (name: string) =>
      $$(el, '[part=service]')
        .find((li) => li.querySelector('h3')!.textContent === name)
        ?.querySelector('.open')?.textContent;
    const clock = sinon.useFakeTimers({ now: Date.parse('2026-01-16T23:59:00Z'), toFake: ['Date'] }); // Fri 23:59 GMT
    await type(el, 'night shift sleep');
    expect(status('Night shift sleep and fatigue advice')).to.equal('Open now'); // closes tomorrow
    clock.setSystemTime(Date.parse('2026-01-17T00:01:00Z')); // Sat 00:01 GMT
    await type(el, 'night shift sleeping');
    expect(status('Night shift sleep and fatigue advice')).to.equal('Open now, closes 8am');
    clock.setSystemTime(Date.parse('2026-07-17T07:30:00Z')); // Fri 08:30 BST
    await type(el, 'night shift sleep fatigue');
    expect(status('Night shift sleep and fatigue advice')).to.equal('Closed, opens 8pm today');
    clock.setSystemTime(Date.parse('2026-03-29T06:30:00Z')); // Sun 07:30 BST, the morning the clocks went forward
    await type(el, '');
    $<HTMLInputElement>(el, 'input[name=openNow]').click();
    await showAll(el);
    expect(names(el)).to.include('Night shift sleep and fatigue advice');
    expect(names(el)).not.to.include('Staff Psychological Support Service'); // weekdays only
    expect(names(el)).not.to.include('Schwartz Rounds'); // no hours: not known to be open
    // Physio opens at 8am on weekdays. 07:30 UTC was 08:30 BST a week before the clocks went back…
    clock.setSystemTime(Date.parse('2026-10-19T07:30:00Z'));
    await type(el, 'physio');
    expect(names(el)).to.deep.equal(['Staff physiotherapy fast-track']);
    // …and is 07:30 GMT the day after.
    clock.setSystemTime(Date.parse('2026-10-26T07:30:00Z'));
    await type(el, 'physiotherapy');
    expect(names(el)).to.deep.equal([]);
    expect(text(el)).to.contain('Sorry, nothing matched');
  });

  it('says so kindly when nothing matches, names 999 and NHS 111, and opens the page’s help-now', async () => {
    const root = await mount(html`<div>
      <wellbeing-help-now variant="inline"></wellbeing-help-now>
      <wellbeing-support-finder src="/samples/services.json" query="parking permit"></wellbeing-support-finder>
    </div>`);
    const el = finderIn(root);
    await until(() => $$(el, '[part=empty]').length);
    expect(text(el)).to.contain('Sorry, nothing matched');
    expect(text(el)).to.contain('NHS 111');
    expect(text(el)).to.contain('999');
    await expect(root).to.be.accessible();
    $(el, '[part=help]').click();
    const helpNow = root.querySelector('wellbeing-help-now')!;
    expect(helpNow.shadowRoot!.querySelector('dialog')!.open).to.be.true;
    expect(hrefs(el)).not.to.include('tel:999'); // help-now answered, so no inline numbers
    helpNow.close();
  });

  it('shows the urgent numbers as links when no help-now answers', async () => {
    const { root, el } = await story(stories.NoResults);
    setTimeout(() => $(el, '[part=help]').click());
    const request = await oneEvent(window as unknown as HTMLElement, 'wellbeing-help-request');
    expect(request.cancelable && request.bubbles && request.composed).to.be.true;
    await until(() => hrefs(el).includes('tel:999'));
    expect(hrefs(el)).to.deep.equal(['tel:999', 'tel:111']);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=empty] a'));
    await expect(root).to.be.accessible();
  });

  it('skips invalid entries with a message naming the source and field, and renders markup as text', async () => {
    const errors = sinon.stub(console, 'error');
    const { root, el } = await story(stories.BadData);
    const log = errors.args.flat().join('\n');
    expect(log).to.contain(
      `${location.origin}/test/fixtures/invalid-services.json: services[1].contact.phone: expected a string (entry skipped)`,
    );
    expect(log).to.contain('services[2].contact.url: expected an http(s), tel, sms or mailto link');
    expect(log).to.contain('services[3].id: is required');
    expect(log).to.contain('services[4].hours[0].opens: expected HH:MM');
    expect(log).to.contain('services[5].topics: expected a list');
    expect(log).to.contain('services[6].formats[0]');
    expect(log).to.contain('services[8].contact.url');
    expect(log).to.contain('synonyms.broken: expected a list');
    expect(names(el)).to.deep.equal(['Good service', '<b>Markup stays text</b>']);
    expect(text(el)).to.contain('<script>alert(1)</script> shows as text');
    expect(
      el.shadowRoot!.querySelector('[part=results] b, [part=results] img, [part=results] script, [part=results] i'),
    ).to.be.null;
    expect(hrefs(el).filter((h) => !/^(tel|https?|mailto|sms):/.test(h!))).to.deep.equal([]);
    await expect(root).to.be.accessible();
  });

  it('gives a calm message and the route to urgent help when the file cannot be used', async () => {
    const errors = sinon.stub(console, 'error');
    for (const s of [stories.Unusable, { args: { src: '/test/fixtures/missing-services.json' } }]) {
      const { root, el } = await story(s);
      expect(text(el)).to.contain('could not be loaded');
      expect(text(el)).to.contain('999');
      expect($(el, '[part=help]')).to.exist;
      expect($$(el, 'input')).to.have.length(0);
      await expect(root).to.be.accessible();
    }
    expect(errors.args.flat().join('\n')).to.match(
      /unusable-services\.json: cannot be used as support services: services: expected a list/,
    );
  });

  it('speaks Welsh when the page is in Welsh', async () => {
    const { root, el } = await story(stories.Welsh);
    expect($(el, 'label[for=q]').textContent).to.equal('Chwilio am gymorth');
    expect(text(el)).to.contain('Beth sydd ar eich meddwl?');
    expect(count(el)).to.equal('18 gwasanaeth');
    expect($$(el, '[part=topic]').map((b) => b.textContent)).to.include('Arian');
    await type(el, 'arian');
    expect(names(el)[0]).to.equal('Cyngor ariannol a chronfa caledi');
    expect(count(el)).to.equal('2 gwasanaeth yn cyfateb i ‘arian’');
    await type(el, 'selfharm');
    expect(count(el)).to.match(/^\d gwasanaeth yn cyfateb i ‘self harm’ \(fe deipioch chi ‘selfharm’\)$/);
    await type(el, 'xyzzy');
    expect(text(el)).to.contain('Mae’n ddrwg gennym');
    expect(text(el)).to.contain('Cael help nawr');
    await expect(root).to.be.accessible();
  });

  it('shows the built-in catalogue with catalogue="built-in", even inside a provider with services-src', async () => {
    const { root, el } = await story(stories.BuiltInCatalogue);
    await showAll(el);
    expect(names(el)).to.deep.equal(['Samaritans', 'Shout', 'NHS Practitioner Health', 'NHS Talking Therapies']);
    expect(hrefs(el)).to.include.members([
      'tel:116123',
      'sms:85258?&body=SHOUT',
      'https://www.practitionerhealth.nhs.uk/',
    ]);
    await expect(root).to.be.accessible();
  });

  it('shows England-only national services only where the region is England', async () => {
    const root = await fixture(
      html`<wellbeing-provider region="wales" locale="cy"><wellbeing-support-finder></wellbeing-support-finder></wellbeing-provider>`,
    );
    const el = finderIn(root);
    await until(() => names(el).length);
    expect(names(el)).to.deep.equal(['Samariaid', 'Shout']);
    expect(text(el)).to.contain('Cymorth drwy neges destun');
    await expect(root).to.be.accessible();
  });

  it('uses the built-in catalogue with no data source, and the provider’s services-src otherwise', async () => {
    const alone = await fixture<WellbeingSupportFinder>(html`<wellbeing-support-finder></wellbeing-support-finder>`);
    await until(() => names(alone).length);
    expect(names(alone)).to.include('Samaritans');
    const root = await fixture(
      html`<wellbeing-provider services-src="/samples/services.json"><wellbeing-support-finder></wellbeing-support-finder></wellbeing-provider>`,
    );
    const inside = finderIn(root);
    await until(() => names(inside).length);
    expect(names(inside)[0]).to.equal('Employee Assistance Programme');
  });

  it('reads services from an inline JSON child', async () => {
    const el = await fixture<WellbeingSupportFinder>(html`<wellbeing-support-finder>
      <script type="application/json">
        { "services": [{ "id": "ward", "name": "Ward manager on call", "summary": "Talk to us.", "topics": ["rest"], "contact": { "phone": "01632 960 999" } }] }
      </script>
    </wellbeing-support-finder>`);
    await until(() => names(el).length);
    expect(names(el)).to.deep.equal(['Ward manager on call']);
    expect(hrefs(el)).to.include('tel:01632960999');
  });

  it('fires wellbeing-service-contact with only the service id when a contact link is used', async () => {
    const { el } = await story(stories.Default);
    await type(el, 'money advice');
    el.addEventListener('click', (event) => event.preventDefault()); // stay on the page
    setTimeout(() => $(el, '[part=service] a').click());
    const event = (await oneEvent(el, 'wellbeing-service-contact')) as CustomEvent;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail).to.deep.equal({ id: 'money-advice' });
  });

  it('is compact: the first three results, then "Show all" moves focus to the fourth', async () => {
    const { el } = await story(stories.Default);
    expect($$(el, '[part=results] > li')).to.have.length(3);
    const more = $(el, '[part=more]');
    expect(more.textContent!.trim()).to.equal('Show all 18 services');
    more.focus();
    more.click();
    await until(() => el.shadowRoot!.activeElement?.localName === 'h3');
    expect($$(el, '[part=results] > li')).to.have.length(18);
    expect($$(el, '[part=more]')).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part=service] h3')[3]);
    await type(el, 'stress'); // a new search is compact again
    expect($$(el, '[part=results] > li')).to.have.length(3);
    expect($(el, '[part=more]').textContent).to.match(/Show all \d+ services/);
  });

  it('puts the topic chips behind "Filter by topic" when narrow, and shows them when wide', async () => {
    const { root, el } = await story(stories.Narrow);
    const narrow = root.querySelector<HTMLElement>('[lang]')!;
    const toggle = $(el, '[part=topics-toggle]');
    const chipsShown = () => $$(el, '[part=topic]').filter((chip) => chip.getClientRects().length).length;
    expect(narrow.getBoundingClientRect().width).to.equal(320);
    expect(chipsShown()).to.equal(0);
    expect(toggle.textContent!.trim()).to.equal('Filter by topic: money'); // the chosen topic is not hidden with the chips
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
    await expect(root).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(chipsShown()).to.be.greaterThan(5);
    await expect(root).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    narrow.style.maxWidth = '800px';
    await until(() => !toggle.getClientRects().length);
    expect(chipsShown(), 'wide: every chip, no toggle').to.be.greaterThan(5);
  });

  it('works with the keyboard alone', async () => {
    const { el } = await story(stories.Default);
    const input = $<HTMLInputElement>(el, 'input');
    input.focus();
    await sendKeys({ type: 'grief' });
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Bereavement support for staff');
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as HTMLElement;
    expect(first.getAttribute('part')).to.equal('topic');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(first.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(first.getAttribute('aria-pressed')).to.equal('false');
    await sendKeys({ press: 'Tab' }); // through the chips to the filters
    expect(el.shadowRoot!.activeElement).not.to.equal(first);
  });

  it('keeps targets at least 44px and fits a 320px screen', async () => {
    const root = await renderStory(meta, stories.Default);
    (root as HTMLElement).style.width = '320px';
    const el = finderIn(root);
    await until(() => names(el).length);
    $(el, '[part=topics-toggle]').click(); // the chips wait behind "Filter by topic" at this width
    await showAll(el);
    for (const target of $$(el, 'button, a, select, input[type=search], label.check')) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.outerHTML).to.be.at.least(44);
      expect(box.right, target.outerHTML).to.be.at.most(root.getBoundingClientRect().right + 0.5);
    }
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
