import { expect } from '@open-wc/testing';
import { html } from 'lit';
import sinon from 'sinon';
import '../../src/provider/define.js';
import '../../src/support-finder/define.js';
import type { Service } from '../../src/core/data/schemas.js';
import { search } from '../../src/support-finder/search.js';
import { indexServices, indexServicesInSlices } from '../../src/support-finder/service-index.js';
import type { WellbeingSupportFinder } from '../../src/support-finder/support-finder.js';
import { countingTasks } from '../core/task-counting.js';
import { mount, until } from '../helpers/mount.js';
import { renderAgain } from '../helpers/pure-render.js';

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const names = (el: Element) => $$(el, '[part=service] h3').map((h) => h.textContent!.trim());
const count = (el: Element) => el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim();

async function type(el: WellbeingSupportFinder, query: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** `n` valid services, each with its own name, on a few topics. */
function services(n: number): Service[] {
  const topics = ['stress', 'money', 'sleep-and-fatigue', 'bereavement', 'physical-health', 'rest'];
  return Array.from({ length: n }, (_, i) => ({
    id: `service-${i}`,
    name: `Site ${i} ${['counselling', 'money advice', 'sleep clinic', 'bereavement support', 'physiotherapy', 'rest room'][i % 6]}`,
    summary: `Support for staff at site ${i} with ${topics[i % 6]!.replace(/-/g, ' ')} and ${topics[(i * 7) % 6]!.replace(/-/g, ' ')}.`,
    topics: [topics[i % 6]!, topics[(i * 7) % 6]!].filter((t, k, all) => all.indexOf(t) === k),
    contact: { phone: '01632 960 000' },
  }));
}

/** A unique URL for the sample data, so no last good copy saved by another test renders first. */
const fresh = () => `/samples/services.json?test=${Math.random().toString(36).slice(2)}`;

describe('<wellbeing-support-finder> rendering', function () {
  this.timeout(30_000);
  const after: Array<() => void> = [];
  afterEach(() => {
    sinon.restore();
    after.splice(0).forEach((undo) => undo());
  });

  it('renders purely: a second render with nothing changed runs one update, changes nothing and draws the same', async () => {
    const el = await mount<WellbeingSupportFinder>(
      html`<wellbeing-support-finder src="/samples/services.json"></wellbeing-support-finder>`,
    );
    await until(() => names(el).length);
    for (const query of ['', 'money worries', 'parking permit']) {
      await type(el, query);
      const again = await renderAgain(el);
      expect(again.updates, query).to.equal(1);
      expect(again.changed, query).to.deep.equal([]);
      expect(again.after, query).to.equal(again.before);
    }
  });

  it('marks its count busy while the services load (and while a query waits for the index), and is accessible meanwhile', async () => {
    const el = await mount<WellbeingSupportFinder>(
      html`<wellbeing-support-finder src=${fresh()}></wellbeing-support-finder>`,
    );
    const line = el.shadowRoot!.querySelector('[part=count]')!;
    expect(count(el)).to.equal('Loading…');
    expect(line.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await until(() => names(el).length);
    expect(line.getAttribute('aria-busy')).to.equal('false');
    expect(count(el)).to.not.equal('Loading…');
  });

  it('keeps the reserved height while the services load, so what is below does not move', async () => {
    const page = await mount<HTMLElement>(html`<div>
      <wellbeing-support-finder reserve="120rem" src=${fresh()}></wellbeing-support-finder>
      <p id="below">Below the finder</p>
    </div>`);
    const el = page.querySelector<WellbeingSupportFinder>('wellbeing-support-finder')!;
    const below = page.querySelector<HTMLElement>('#below')!;
    expect(getComputedStyle(el).minBlockSize).to.equal(
      `${120 * parseFloat(getComputedStyle(document.documentElement).fontSize)}px`,
    );
    const before = below.getBoundingClientRect().top;
    await until(() => names(el).length);
    expect(below.getBoundingClientRect().top).to.equal(before);
  });

  it('without a reserved height the page below moves when the services arrive (what reserve prevents)', async () => {
    const page = await mount<HTMLElement>(html`<div>
      <wellbeing-support-finder src=${fresh()}></wellbeing-support-finder>
      <p id="below">Below the finder</p>
    </div>`);
    const el = page.querySelector<WellbeingSupportFinder>('wellbeing-support-finder')!;
    const below = page.querySelector<HTMLElement>('#below')!;
    const before = below.getBoundingClientRect().top;
    await until(() => names(el).length);
    expect(below.getBoundingClientRect().top).to.be.greaterThan(before);
  });

  it('reserves nothing for a reserve that is not a CSS length, and says so in the console', async () => {
    const error = sinon.stub(console, 'error');
    const el = await mount<WellbeingSupportFinder>(
      html`<wellbeing-support-finder reserve="tall" src="/samples/services.json"></wellbeing-support-finder>`,
    );
    expect(el.style.minBlockSize).to.equal('');
    expect(error.calledWithMatch(sinon.match(/<wellbeing-support-finder>: reserve "tall": expected a CSS length/))).to
      .be.true;
    el.reserve = '20rem';
    await el.updateComplete;
    expect(el.style.minBlockSize).to.equal('20rem');
  });

  it('leaves the index out of its first render: the list shows, and the index waits for the page to be idle', async () => {
    const idle = globalThis.requestIdleCallback as typeof requestIdleCallback | undefined; // none in WebKit
    let asked = 0;
    if (idle) globalThis.requestIdleCallback = (callback, options) => (asked++, idle(callback, options));
    after.push(() => idle && (globalThis.requestIdleCallback = idle));
    const { result: el, tasks } = await countingTasks(() =>
      mount<WellbeingSupportFinder>(html`<wellbeing-support-finder catalogue="built-in"></wellbeing-support-finder>`),
    );
    after.push(() => el.remove());
    const built = () => (el as unknown as { index?: unknown }).index;
    expect(built(), 'no index in the first render').to.equal(undefined);
    // requestIdleCallback where there is one (Chromium, Firefox); a task of its own where not (WebKit)
    expect(idle ? asked : tasks, 'the index asked for idle time').to.be.at.least(1);
    expect($$(el, '[part=service]')).to.have.length.above(0);
    expect(count(el)).to.match(/^\d+ services$/);
    await until(() => built());
  });

  it('spends no idle time on an index while out of the page, and goes on with it when put back', async () => {
    const el = await mount<WellbeingSupportFinder>(
      html`<wellbeing-support-finder catalogue="built-in"></wellbeing-support-finder>`,
    );
    const built = () => (el as unknown as { index?: unknown }).index;
    const parent = el.parentElement!;
    el.remove(); // before the page was idle
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(built(), 'not built while out of the page').to.equal(undefined);
    parent.append(el);
    after.push(() => el.remove());
    await until(() => built());
  });

  it('finds a query typed straight after the first render in the same update (a Trust’s list is indexed at once then)', async () => {
    const el = await mount<WellbeingSupportFinder>(
      html`<wellbeing-support-finder catalogue="built-in"></wellbeing-support-finder>`,
    );
    after.push(() => el.remove());
    await type(el, 'feeling low');
    expect(count(el)).to.match(/^\d+ services? match(es)? ‘feeling low’$/);
    expect(names(el)).to.have.length.above(0);
  });

  it('indexes a long list between frames, then finds exactly what the index built at once finds', async () => {
    const list = services(20_000);
    const el = document.createElement('wellbeing-support-finder');
    const data = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify({ services: list }),
    });
    el.append(data);
    el.query = 'sleep clinic'; // typed before the services arrive
    const drawn: Array<[chips: number, count: string]> = [];
    document.body.append(el);
    after.push(() => el.remove());
    const observer = new MutationObserver(() => drawn.push([$$(el, '[part=topic]').length, count(el)]));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    after.push(() => observer.disconnect());
    await until(() => $$(el, '[part=service]').length, 20_000);
    // The services were in (the topic chips showed) while the query waited for the index.
    expect(
      drawn.some(([chips, text]) => chips && text === 'Loading…'),
      'drawn while the index was built',
    ).to.be.true;
    const expected = (search(indexServices(list), 'sleep clinic') ?? []).map((i) => list[i]!.name);
    expect(count(el)).to.equal(`${expected.length} services match ‘sleep clinic’`);
    expect(names(el)).to.deep.equal(expected.slice(0, 3));
  });

  it('builds the index in slices of a few hundred services, ending with the same index', () => {
    const list = services(5_000);
    const slices = indexServicesInSlices(list);
    let steps = 0;
    let step = slices.next();
    for (; !step.done; step = slices.next()) steps++;
    expect(steps, 'chances to stop').to.be.at.least(20);
    const whole = indexServices(list);
    for (const query of ['sleep clinic', 'money worries', 'grief', 'site 4321', 'councelling']) {
      expect(search(step.value, query), query).to.deep.equal(search(whole, query));
    }
  });
});
