import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { Service } from '../../src/core/data/schemas.js';
import '../../src/support-finder/define.js';
import { explain, search } from '../../src/support-finder/search.js';
import { indexServices } from '../../src/support-finder/service-index.js';
import type { WellbeingSupportFinder } from '../../src/support-finder/support-finder.js';
import meta, * as stories from '../../stories/support-finder.stories.js';
import { until } from '../helpers/mount.js';
import { renderStory } from '../helpers/stories.js';

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const names = (el: Element) => $$(el, '[part=service] h3').map((h) => h.textContent!.trim());

async function finder(story = stories.Default) {
  const root = await renderStory(meta, story);
  const el = root.querySelector<WellbeingSupportFinder>('wellbeing-support-finder')!;
  await until(() => $$(el, '[part=service]').length);
  return el;
}

async function type(el: WellbeingSupportFinder, query: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<wellbeing-support-finder> search', function () {
  this.timeout(30_000);
  afterEach(() => sinon.restore());

  it('shows the services in the order search ranks them, and can say why each matched', async () => {
    const el = await finder();
    const data = (await (await fetch('/samples/services.json')).json()) as {
      services: Service[];
      synonyms: Record<string, string[]>;
    };
    const index = indexServices(data.services, data.synonyms);
    for (const query of [
      "can't sleep after nights",
      'fy nghwnsela',
      'OH',
      'drinking too much',
      'bullied by my manager',
    ]) {
      await type(el, query);
      const ranked = (search(index, query) ?? []).map((i) => data.services[i]!);
      const shown = names(el);
      expect(shown, query).to.deep.equal(ranked.slice(0, shown.length).map((s) => s.name));
      for (const service of ranked.slice(0, shown.length)) {
        const reasons = explain(index, query, data.services.indexOf(service));
        expect(reasons.length, `${query}: ${service.id}`).to.be.greaterThan(0);
        for (const reason of reasons) expect(['name', 'topic', 'summary']).to.include(reason.field);
      }
    }
    // One of them spelled out: the sleep clinic matched "sleep" in its name, and "nights" by synonym.
    const sleep = data.services.findIndex((s) => s.id === 'shift-sleep-clinic');
    const reasons = explain(index, "can't sleep after nights", sleep);
    expect(reasons).to.deep.include({ query: 'sleep', how: 'word', matched: 'sleep', field: 'name' });
    expect(reasons.some((r) => r.query === 'nights' && r.field !== 'summary')).to.be.true;
    // In Welsh: "nghwnsela" is a mutated form of "cwnsela", which the EAP's Welsh summary has.
    const eap = data.services.findIndex((s) => s.id === 'eap');
    expect(explain(index, 'fy nghwnsela', eap)).to.deep.include({
      query: 'nghwnsela',
      how: 'mutation',
      matched: 'cwnsela',
      field: 'summary',
    });
  });

  it('keeps what is typed on the page: no request and no storage write while typing', async () => {
    // Without a saved copy the services show only once loaded (and saved), so loading is over
    // before typing starts; a saved copy would show at once and revalidate while the test types.
    for (const key of Object.keys(localStorage))
      if (key.startsWith('wellbeing-widgets:cache:')) localStorage.removeItem(key);
    const el = await finder();
    const resources = performance.getEntriesByType('resource').length;
    // Test files run side by side on one origin, and another file's writes land in this
    // localStorage too: a 'storage' event names each (it never fires for this page's own).
    const elsewhere = new Set<string | null>();
    const fromOtherWindows = (event: StorageEvent) => elsewhere.add(event.key);
    addEventListener('storage', fromOtherWindows);
    const stored = () =>
      [localStorage, sessionStorage].map((s) => Object.entries(s).filter(([key]) => !elsewhere.has(key)));
    const before = stored();
    const spies = [
      sinon.spy(window, 'fetch'),
      sinon.spy(XMLHttpRequest.prototype, 'open'),
      sinon.spy(Storage.prototype, 'setItem'),
      sinon.spy(Storage.prototype, 'removeItem'),
      sinon.spy(Storage.prototype, 'clear'),
      sinon.spy(indexedDB, 'open'),
      sinon.spy(history, 'pushState'),
      sinon.spy(history, 'replaceState'),
      ...('sendBeacon' in navigator ? [sinon.spy(navigator, 'sendBeacon')] : []),
    ];
    const cookie = sinon.spy(Document.prototype, 'cookie', ['set']);
    const url = location.href;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'money worries fy nghwnsela' });
    await until(() => el.shadowRoot!.querySelector('[role=status]')!.textContent); // the count is announced: typing has settled
    await type(el, 'suicidal');
    await type(el, '');
    for (const spy of spies) expect(spy.called, String(spy)).to.be.false;
    expect(cookie.set.called, 'document.cookie').to.be.false;
    expect(performance.getEntriesByType('resource').length, 'resources loaded while typing').to.equal(resources);
    expect(location.href).to.equal(url);
    removeEventListener('storage', fromOtherWindows);
    // In key order: a key another window removed and wrote again moves to the end of the list.
    const keptHere = (entries: [string, string][][]) =>
      entries.map((list) => list.filter(([key]) => !elsewhere.has(key)).sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(keptHere(stored())).to.deep.equal(keptHere(before)); // the data cache from loading is all there is, unchanged
  });
  it('offers the urgent help route with every list of results, so no danger query, however phrased, goes without it', async () => {
    const el = await finder();
    const sets = await Promise.all(
      ['danger', 'danger-2', 'danger-3', 'danger-4', 'danger-5', 'danger-6'].map(
        async (name) =>
          (await (await fetch(`/test/support-finder/eval/${name}.json`)).json()) as { en: string[]; cy?: string[] },
      ),
    );
    const queries = sets.flatMap((set) => [...set.en, ...(set.cy ?? [])]);
    expect(queries.length).to.be.greaterThan(50);
    for (const query of queries) {
      await type(el, query);
      const route = $$(el, '[part=urgent] [part=help], [part=empty] [part=help]');
      expect(route, query).to.have.length(1);
    }
    // Before anything is typed the list is the whole catalogue, with no urgent line above it.
    await type(el, '');
    expect($$(el, '[part=urgent]')).to.have.length(0);
  });

  it("opens the page's help-now from the urgent line above the results, or shows 999 and 111 when none answers", async () => {
    const el = await finder();
    await type(el, 'money worries');
    expect($$(el, '[part=service]').length).to.be.greaterThan(0);
    let asked = 0;
    const answer = (event: Event) => {
      asked++;
      event.preventDefault();
    };
    document.addEventListener('wellbeing-help-request', answer);
    $$(el, '[part=urgent] [part=help]')[0]!.click();
    document.removeEventListener('wellbeing-help-request', answer);
    expect(asked).to.equal(1);
    $$(el, '[part=urgent] [part=help]')[0]!.click();
    await until(() => $$(el, '[part=urgent] a').length === 2);
    expect($$(el, '[part=urgent] a').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:111']);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part=urgent] a')[0]);
    await expect(el).to.be.accessible();
  });
});
