import { expect, fixtureCleanup, fixtureSync, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { WellbeingCampaignBanner } from '../../src/campaign-banner/campaign-banner.js';
import '../../src/campaign-banner/define.js';
import type { Campaign } from '../../src/core/data/schemas.js';
import { until } from '../helpers/mount.js';
import { blockStorage } from '../helpers/storage.js';

// The banner on a URL, rendering from the last good copy saved in this browser
// before the network answers, and the page below it never moving.

type Banner = WellbeingCampaignBanner;
const title = (el: Banner) => el.shadowRoot!.querySelector('[part~=title]')?.textContent?.trim();
const campaign = (id: string, extra: Partial<Campaign> = {}): Partial<Campaign> => ({
  id,
  title: `Title ${id}`,
  message: `Message ${id}`,
  starts: '2026-01-01',
  ends: '2036-12-31',
  dismissible: false,
  ...extra,
});
const file = (...campaigns: Partial<Campaign>[]) => JSON.stringify({ campaigns });
let url: string;

/** The network, answering when the test says (or never). */
function network() {
  const answers: ((body: string) => void)[] = [];
  (window.fetch as Partial<sinon.SinonStub>).restore?.(); // the previous page view's network
  const fetch = sinon
    .stub(window, 'fetch')
    .callsFake(
      () =>
        new Promise<Response>((resolve) =>
          answers.push((body) => resolve(new Response(body, { headers: { 'content-type': 'application/json' } }))),
        ),
    );
  return { fetch, answer: (body: string) => answers.shift()!(body) };
}

/** A banner at the top of a column with a paragraph below it, as on an intranet page. */
function page(attrs = '') {
  const root = fixtureSync<HTMLElement>(html`<div style="width: 600px">
    <wellbeing-campaign-banner></wellbeing-campaign-banner>
    <p id="below" style="margin: 0; height: 200px">The page's own content.</p>
  </div>`);
  const el = root.querySelector('wellbeing-campaign-banner')!;
  // Attributes before the first update, as markup would give them.
  for (const [name, value] of [['src', url], ...(attrs ? [attrs.split('=')] : [])]) el.setAttribute(name!, value!);
  return { root, el, below: root.querySelector('p')! };
}

/** A banner through its first update, with a network that answers when told. */
async function mount(attrs = '') {
  const net = network();
  const mounted = page(attrs);
  await mounted.el.updateComplete;
  return { ...net, ...mounted };
}

/** Loads `body` once over the network, so it is saved as the last good copy. */
async function visitOnce(body: string) {
  const { fetch, answer, el } = await mount();
  answer(body);
  await until(() => title(el));
  fixtureCleanup();
  fetch.restore();
}

const frames = (n = 3) => new Promise((resolve) => setTimeout(resolve, 50 * n));
/** Until the browser has painted a frame (two animation frames), then a moment more. */
const painted = () =>
  new Promise<void>((resolve) => {
    const fallback = setTimeout(resolve, 1000); // a window with no frames must not hang the test
    requestAnimationFrame(() => requestAnimationFrame(() => (clearTimeout(fallback), resolve())));
  }).then(() => frames(1));

describe('<wellbeing-campaign-banner> and the last good copy', () => {
  beforeEach(() => {
    url = `/campaigns-${Math.random().toString(36).slice(2)}.json`;
  });
  afterEach(() => {
    sinon.restore();
    fixtureCleanup();
    for (const key of Object.keys(localStorage)) if (key.includes('/campaigns-')) localStorage.removeItem(key);
  });

  it('renders the saved campaign in its first render, with the network not answering', async () => {
    await visitOnce(file(campaign('a')));
    const { fetch, el } = await mount();
    expect(title(el)).to.equal('Title a');
    expect(el.hasAttribute('active')).to.be.true;
    expect(el.isUpdatePending).to.be.false;
    expect(fetch.calledOnce, 'still revalidates').to.be.true;
  });

  it('does not render again when the network confirms the same campaigns', async () => {
    await visitOnce(file(campaign('a')));
    const { answer, el } = await mount();
    const heading = el.shadowRoot!.querySelector('h2');
    const viewedAgain = sinon.spy();
    el.addEventListener('wellbeing-campaign-view', viewedAgain);
    answer(file(campaign('a')));
    await frames();
    expect(el.isUpdatePending).to.be.false;
    expect(viewedAgain.called, 'no second view event').to.be.false;
    expect(el.shadowRoot!.querySelector('h2')).to.equal(heading);
    expect(title(el)).to.equal('Title a');
  });

  it('swaps changed campaigns in place when it has a reserved height', async () => {
    await visitOnce(file(campaign('a')));
    const { answer, el } = await mount('reserve=16rem');
    expect(title(el)).to.equal('Title a');
    answer(file(campaign('b')));
    await until(() => title(el) === 'Title b');
  });

  it('without a reserved height, keeps changed campaigns for when the tab is hidden (they are saved for the next page view)', async () => {
    await visitOnce(file(campaign('a')));
    const { answer, el } = await mount();
    answer(file(campaign('b')));
    await frames();
    expect(title(el), 'in view: the page does not move').to.equal('Title a');
    const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(title(el)).to.equal('Title b');
    visibility.restore();
    fixtureCleanup();

    const next = await mount(); // the next page view shows the new copy at once
    expect(title(next.el)).to.equal('Title b');
    expect(next.fetch.calledOnce).to.be.true;
  });

  it('keeps the saved copy when the file has broken since', async () => {
    await visitOnce(file(campaign('a')));
    sinon.stub(console, 'error');
    const { answer, el } = await mount();
    answer('{"campaigns": "oops"}');
    await frames();
    expect(title(el)).to.equal('Title a');
  });

  it('loads normally when storage throws', async () => {
    const restore = blockStorage();
    try {
      const { answer, el } = await mount();
      expect(title(el)).to.be.undefined;
      answer(file(campaign('a')));
      await until(() => title(el));
      expect(title(el)).to.equal('Title a');
    } finally {
      restore();
    }
  });

  it('holds a reserved height while loading, keeps it showing, and gives it back when nothing shows', async () => {
    const { answer, el } = await mount('reserve=150px');
    expect(el.getBoundingClientRect().height).to.equal(150);
    answer(file(campaign('a')));
    await until(() => title(el));
    expect(el.getBoundingClientRect().height).to.be.at.least(150);
    el.setAttribute('src', `${url}?2`);
    await el.updateComplete;
    answer(file());
    await until(() => !el.hasAttribute('loading'));
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('ignores a reserve that is not a CSS length, naming it', async () => {
    const error = sinon.stub(console, 'error');
    const { el } = await mount('reserve=tall');
    expect(el.style.minBlockSize).to.equal('');
    expect(error.args.flat().join(' ')).to.contain('reserve "tall"');
  });

  describe('layout shift (Chromium reports layout-shift entries)', () => {
    /**
     * The layout shifts that moved the paragraph below a banner that has painted,
     * then gets `body` from the network, until `settled` says it has dealt with it.
     */
    async function shiftsWhenAnswered(attrs: string, body: string, settled: (el: Banner) => Promise<unknown>) {
      const entries: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
      observer.observe({ type: 'layout-shift' });
      const { answer, el, below } = await mount(attrs);
      await painted();
      answer(body);
      await settled(el);
      await frames();
      observer.takeRecords().forEach((entry) => entries.push(entry));
      observer.disconnect();
      type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
      return (entries as Shift[])
        .filter((entry) => entry.sources.some((source) => source.node === below))
        .map((entry) => entry.value);
    }

    before(function () {
      if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
    });

    it('sees the page move when the banner has nothing saved (the shift this prevents)', async () => {
      const shifts = await shiftsWhenAnswered('', file(campaign('a')), (el) => until(() => title(el)));
      expect(shifts.length).to.be.above(0);
    });

    it('does not move the page with a saved copy, when the network confirms it or changes it under a reserved height', async () => {
      await visitOnce(file(campaign('a')));
      const longer = file(campaign('a', { message: 'A much longer message '.repeat(20) }));
      const confirmed = await shiftsWhenAnswered('', longer, async (el) => {
        await frames();
        expect(title(el)).to.equal('Title a');
      });
      expect(confirmed).to.deep.equal([]);
      const changed = await shiftsWhenAnswered('reserve=20rem', file(campaign('b')), (el) =>
        until(() => title(el) === 'Title b'),
      );
      expect(changed).to.deep.equal([]);
    });

    it('does not move the page on a first visit with a reserved height', async () => {
      const shifts = await shiftsWhenAnswered('reserve=20rem', file(campaign('a')), (el) => until(() => title(el)));
      expect(shifts).to.deep.equal([]);
    });
  });
});
