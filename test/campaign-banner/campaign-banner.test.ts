import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { dismissedKey, type WellbeingCampaignBanner } from '../../src/campaign-banner/campaign-banner.js';
import '../../src/campaign-banner/define.js';
import '../../src/provider/define.js';
import type { Campaign } from '../../src/core/data/schemas.js';
import { storage } from '../../src/core/platform/storage.js';
import meta, * as stories from '../../stories/campaign-banner.stories.js';
import { until } from '../helpers/mount.js';
import { renderStory } from '../helpers/stories.js';
import { blockStorage } from '../helpers/storage.js';

type Banner = WellbeingCampaignBanner;
const bannerIn = (root: Element) => root.querySelector('wellbeing-campaign-banner')!;
const part = (el: Banner, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
const text = (el: Banner, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const title = (el: Banner) => text(el, 'title');
const click = async (el: Banner, name: string) => {
  part(el, name)!.click();
  await el.updateComplete;
};
const ALL_IDS = [
  'menopause-cafe',
  'time-to-talk',
  'flu-clinics',
  'wellbeing-week',
  'a',
  'b',
  'c',
  'summer',
  'winter',
  'x',
  'yearly',
];

/** Renders a banner on inline data, so it needs no network (and works under fake timers). */
async function bannerWith(campaigns: Partial<Campaign>[], attrs: Record<string, string> = {}): Promise<Banner> {
  const el = document.createElement('wellbeing-campaign-banner');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(
    Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify({ campaigns }),
    }),
  );
  return fixture<Banner>(html`${el}`);
}
const campaign = (id: string, starts: string, ends: string, extra: Partial<Campaign> = {}): Partial<Campaign> => ({
  id,
  title: `Title ${id}`,
  message: `Message ${id}`,
  starts,
  ends,
  ...extra,
});

/** Lets the inline data load and the banner render, with real or fake timers. */
async function settle(el: Banner, fake?: sinon.SinonFakeTimers) {
  for (let i = 0; i < 3; i++) {
    if (fake) await fake.tickAsync(0);
    else await new Promise((r) => setTimeout(r));
    await el.updateComplete;
  }
}

function stubReducedMotion(reduce: boolean) {
  const real = window.matchMedia.bind(window);
  sinon
    .stub(window, 'matchMedia')
    .callsFake((query: string) =>
      query.includes('prefers-reduced-motion') ? ({ matches: reduce, media: query } as MediaQueryList) : real(query),
    );
}

describe('<wellbeing-campaign-banner>', () => {
  afterEach(() => {
    sinon.restore();
    for (const id of ALL_IDS) storage.remove(dismissedKey(id));
  });

  it('shows one campaign in a labelled region with a heading, link, image and Dismiss, and is accessible', async () => {
    const root = await renderStory(meta, stories.Single);
    const el = bannerIn(root);
    await until(() => title(el));
    const region = part(el, 'banner')!;
    expect(region.localName).to.equal('section');
    expect(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Staff wellbeing',
    );
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(title(el)).to.equal('Menopause café');
    expect(part(el, 'link')!.getAttribute('href')).to.equal(new URL('/wellbeing/menopause', location.href).href);
    expect(part(el, 'dismiss')!.getAttribute('aria-label')).to.equal('Dismiss: Menopause café');
    expect(part(el, 'previous')).to.be.null;
    expect(part(el, 'position')).to.be.null;
    expect(part(el, 'pause')).to.be.null;
    expect(el.hasAttribute('active')).to.be.true;
    await expect(root).to.be.accessible();
  });

  it('keeps 44px targets and fits a 320px-wide column', async () => {
    const root = await renderStory(meta, stories.SeveralRotating);
    root.style.width = '320px';
    const el = bannerIn(root);
    await until(() => title(el));
    for (const name of ['pause', 'previous', 'next', 'link']) {
      const box = part(el, name)!.getBoundingClientRect();
      expect(box.height, name).to.be.at.least(44);
      expect(box.width, name).to.be.at.least(44);
    }
    const banner = part(el, 'banner')!;
    expect(banner.scrollWidth).to.be.at.most(banner.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('shows several one at a time, highest priority first, with Previous, Next and "1 of 3"', async () => {
    const root = await renderStory(meta, { args: {} });
    const el = bannerIn(root);
    await until(() => title(el));
    expect(title(el)).to.equal('Time to Talk Day');
    expect(text(el, 'position')).to.equal('1 of 3');
    expect(part(el, 'image')!.getAttribute('alt')).to.equal('Two speech bubbles');
    await expect(root).to.be.accessible();
    await click(el, 'next');
    expect([title(el), text(el, 'position')]).to.deep.equal(['Get your winter flu vaccination', '2 of 3']);
    expect(part(el, 'dismiss'), 'flu-clinics is not dismissible').to.be.null;
    await expect(root).to.be.accessible();
    await click(el, 'next');
    expect([title(el), text(el, 'position')]).to.deep.equal(['Menopause café', '3 of 3']);
    await click(el, 'next');
    expect(text(el, 'position')).to.equal('1 of 3');
    await click(el, 'previous');
    expect([title(el), text(el, 'position')]).to.deep.equal(['Menopause café', '3 of 3']);
    expect(part(el, 'body')!.getAttribute('aria-live'), 'manual changes are announced').to.equal('polite');
  });

  it('works the Previous and Next buttons from the keyboard', async () => {
    const el = bannerIn(await renderStory(meta, { args: {} }));
    await until(() => title(el));
    part(el, 'next')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el, 'position')).to.equal('2 of 3');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(text(el, 'position')).to.equal('3 of 3');
  });

  describe('rotation', () => {
    it('moves on every rotate-seconds without announcing it, and pauses while hovered or focused', async () => {
      stubReducedMotion(false);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const root = await renderStory(meta, stories.SeveralRotating);
      const el = bannerIn(root);
      await settle(el, clock);
      expect(text(el, 'position')).to.equal('1 of 3');
      expect(text(el, 'pause')).to.equal('Pause');
      expect(part(el, 'body')!.getAttribute('aria-live')).to.equal('off');
      await clock.tickAsync(7900);
      expect(text(el, 'position')).to.equal('1 of 3');
      await clock.tickAsync(100);
      await el.updateComplete;
      expect(text(el, 'position')).to.equal('2 of 3');

      const banner = part(el, 'banner')!;
      banner.dispatchEvent(new MouseEvent('mouseenter'));
      await el.updateComplete;
      await clock.tickAsync(30_000);
      expect(text(el, 'position'), 'held while hovered').to.equal('2 of 3');
      banner.dispatchEvent(new MouseEvent('mouseleave'));
      await el.updateComplete;
      await clock.tickAsync(8000);
      await el.updateComplete;
      expect(text(el, 'position')).to.equal('3 of 3');

      part(el, 'link')?.focus();
      part(el, 'next')!.focus();
      await settle(el, clock);
      expect(part(el, 'body')!.getAttribute('aria-live')).to.equal('polite');
      await clock.tickAsync(30_000);
      expect(text(el, 'position'), 'held while focused').to.equal('3 of 3');
      part(el, 'next')!.blur();
      await settle(el, clock);
      await clock.tickAsync(8000);
      await el.updateComplete;
      expect(text(el, 'position')).to.equal('1 of 3');
      clock.restore(); // axe needs real timers
      await expect(root).to.be.accessible();
    });

    it('stays paused after Pause, through hover and focus, until Play', async () => {
      stubReducedMotion(false);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const root = await renderStory(meta, stories.SeveralRotating);
      const el = bannerIn(root);
      await settle(el, clock);
      await click(el, 'pause');
      expect(el.paused).to.be.true;
      expect(text(el, 'pause')).to.equal('Play');
      const banner = part(el, 'banner')!;
      banner.dispatchEvent(new MouseEvent('mouseenter'));
      banner.dispatchEvent(new MouseEvent('mouseleave'));
      part(el, 'pause')!.blur();
      await el.updateComplete;
      await clock.tickAsync(120_000);
      await el.updateComplete;
      expect(text(el, 'position')).to.equal('1 of 3');
      await click(el, 'pause');
      part(el, 'pause')!.blur();
      await el.updateComplete;
      expect(text(el, 'pause')).to.equal('Pause');
      await clock.tickAsync(8000);
      await el.updateComplete;
      expect(text(el, 'position')).to.equal('2 of 3');
    });

    it('starts paused with the paused attribute (Paused story)', async () => {
      stubReducedMotion(false);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const root = await renderStory(meta, stories.Paused);
      const el = bannerIn(root);
      await settle(el, clock);
      expect(text(el, 'pause')).to.equal('Play');
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(text(el, 'position')).to.equal('1 of 3');
      clock.restore();
      await expect(root).to.be.accessible();
    });

    it('never rotates, and shows no Pause button, when the visitor prefers reduced motion', async () => {
      stubReducedMotion(true);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const root = await renderStory(meta, stories.SeveralRotating);
      const el = bannerIn(root);
      await settle(el, clock);
      expect(part(el, 'pause')).to.be.null;
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(text(el, 'position')).to.equal('1 of 3');
      expect(part(el, 'next')).to.exist;
      clock.restore();
      await expect(root).to.be.accessible();
    });

    it('starts no rotation timer when its data arrives after it has left the page (found by the e2e leak check)', async () => {
      stubReducedMotion(false);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = document.createElement('wellbeing-campaign-banner');
      el.setAttribute('rotate-seconds', '8');
      const campaigns = ['a', 'b', 'c'].map((id) => campaign(id, '2000-01-01', '2999-12-31'));
      el.append(
        Object.assign(document.createElement('script'), {
          type: 'application/json',
          textContent: JSON.stringify({ campaigns }),
        }),
      );
      document.body.append(el);
      await el.updateComplete;
      el.remove(); // before the inline data has rendered
      await settle(el, clock);
      expect(clock.countTimers()).to.equal(0);
    });

    it('never rotates with rotate-seconds below 5 or missing', async () => {
      stubReducedMotion(false);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      for (const rotateSeconds of [4, undefined]) {
        const el = bannerIn(await renderStory(meta, { args: { rotateSeconds } }));
        await settle(el, clock);
        expect(part(el, 'pause')).to.be.null;
        await clock.tickAsync(60_000);
        await el.updateComplete;
        expect(text(el, 'position')).to.equal('1 of 3');
      }
    });
  });

  describe('dismissal', () => {
    it('hides a dismissed campaign, keeps focus in the banner, fires the event and leaves the others', async () => {
      const root = await renderStory(meta, { args: {} });
      const el = bannerIn(root);
      await until(() => title(el));
      const events: CustomEvent[] = [];
      root.addEventListener('wellbeing-campaign-dismiss', (e) => events.push(e as CustomEvent));
      part(el, 'dismiss')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => title(el) === 'Get your winter flu vaccination');
      expect(text(el, 'position')).to.equal('1 of 2');
      await until(() => el.shadowRoot!.activeElement === part(el, 'title'));
      expect(events.map((e) => [e.detail, e.bubbles, e.composed])).to.deep.equal([
        [{ id: 'time-to-talk' }, true, true],
      ]);
      expect(storage.get(dismissedKey('time-to-talk'))).to.be.a('string');
      expect(storage.get(dismissedKey('menopause-cafe'))).to.be.undefined;
      await expect(root).to.be.accessible();
    });

    it('remembers a dismissal when the page is loaded again (Dismissed story)', async () => {
      const root = await renderStory(meta, stories.Dismissed);
      const el = bannerIn(root);
      await until(() => title(el));
      expect(title(el)).to.equal('Get your winter flu vaccination');
      expect(text(el, 'position')).to.equal('1 of 2');
      await expect(root).to.be.accessible();
    });

    it('remembers dismissals across re-creation, and shows a changed campaign again', async () => {
      const list = [campaign('a', '2000-01-01', '2999-12-31'), campaign('b', '2000-01-01', '2999-12-31')];
      const first = await bannerWith(list);
      await until(() => title(first));
      await click(first, 'dismiss');
      first.remove();
      const again = await bannerWith(list);
      await until(() => title(again));
      expect(title(again)).to.equal('Title b');
      expect(part(again, 'position')).to.be.null;
      const changed = await bannerWith([{ ...list[0], message: 'New dates announced' }, list[1]!]);
      await until(() => title(changed));
      expect(title(changed)).to.equal('Title a');
      expect(text(changed, 'position')).to.equal('1 of 2');
    });

    it('keeps dismissals in memory when storage is blocked', async () => {
      const restore = blockStorage();
      try {
        const list = [campaign('c', '2000-01-01', '2999-12-31')];
        const first = await bannerWith(list);
        await until(() => title(first));
        await click(first, 'dismiss');
        await first.updateComplete;
        expect(first.hasAttribute('active')).to.be.false;
        first.remove();
        const again = await bannerWith(list);
        await settle(again);
        expect(part(again, 'banner')).to.be.null;
      } finally {
        restore();
      }
    });

    it('forgets the dismissal of a yearly campaign when its occurrence is over, on a page left open', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.parse('2027-10-09T12:00:00Z'),
        toFake: ['setTimeout', 'clearTimeout', 'Date'],
      });
      const list = [campaign('yearly', '2026-10-04', '2026-10-10', { repeats: 'yearly' })];
      const el = await bannerWith(list);
      await settle(el, clock);
      expect(title(el)).to.equal('Title yearly');
      await click(el, 'dismiss');
      expect(el.hasAttribute('active')).to.be.false;
      expect(storage.get(dismissedKey('yearly'))).to.match(/@2027$/);
      await clock.tickAsync(86_400_000); // the 10th, still the 2027 occurrence
      await el.updateComplete;
      expect(el.hasAttribute('active'), 'dismissed for the rest of this year').to.be.false;
      const again = await bannerWith(list);
      await settle(again, clock);
      expect(part(again, 'banner'), 'in a new page too').to.be.null;
      again.remove();
      await clock.tickAsync(Date.parse('2028-10-04T00:00:00Z') - clock.now); // 01:00 BST on 4 October 2028
      await el.updateComplete;
      expect(title(el), 'shows again the next year').to.equal('Title yearly');
      expect(clock.countTimers()).to.equal(1);
    });

    it('hides the campaign in other banners on the page too', async () => {
      const list = [campaign('x', '2000-01-01', '2999-12-31')];
      const one = await bannerWith(list);
      const two = await bannerWith(list);
      await until(() => title(one) && title(two));
      await click(one, 'dismiss');
      await until(() => !two.hasAttribute('active'));
    });
  });

  describe('dates', () => {
    it('takes no space at all when nothing is showing, even with page margins', async () => {
      const el = await bannerWith([campaign('a', '2000-01-01', '2000-01-02')]);
      el.style.cssText = 'display: block; margin: 24px; padding: 8px; border: 2px solid';
      const before = document.createElement('p');
      el.before(before);
      const after = document.createElement('p');
      el.after(after);
      await settle(el);
      expect(el.hasAttribute('active')).to.be.false;
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(part(el, 'banner')).to.be.null;
      await expect(el.parentElement).to.be.accessible();
    });

    it('chooses by the UK date near UK midnight in summer (BST), and re-chooses at midnight', async () => {
      // 22:59:30 UTC on 15 July 2027 is 23:59:30 in the UK (and still the 15th in UTC after midnight UK).
      const clock = sinon.useFakeTimers({
        now: Date.parse('2027-07-15T22:59:30Z'),
        toFake: ['setTimeout', 'clearTimeout', 'Date'],
      });
      const el = await bannerWith([
        campaign('summer', '2027-07-16', '2027-07-16'),
        campaign('a', '2027-07-14', '2027-07-15'),
      ]);
      await settle(el, clock);
      expect(title(el)).to.equal('Title a');
      await clock.tickAsync(30_000); // UK midnight: 23:00 UTC
      await el.updateComplete;
      expect(title(el)).to.equal('Title summer');
      expect(part(el, 'position')).to.be.null;
    });

    it('chooses by the UK date near UK midnight in winter (GMT), and hides when the last day ends', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.parse('2027-01-15T23:59:00Z'),
        toFake: ['setTimeout', 'clearTimeout', 'Date'],
      });
      const el = await bannerWith([campaign('winter', '2027-01-10', '2027-01-15')]);
      await settle(el, clock);
      expect(title(el)).to.equal('Title winter');
      await clock.tickAsync(59_000);
      expect(title(el)).to.equal('Title winter');
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(part(el, 'banner')).to.be.null;
      expect(el.hasAttribute('active')).to.be.false;
    });

    it('keeps re-choosing on a page left open for days, across the clock change, with one timer', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.parse('2027-03-26T12:00:00Z'),
        toFake: ['setTimeout', 'clearTimeout', 'Date'],
      });
      const el = await bannerWith([
        campaign('a', '2027-03-26', '2027-03-26'),
        campaign('b', '2027-03-28', '2027-03-28'), // clocks go forward at 01:00 GMT on 28 March 2027
        campaign('c', '2027-03-29', '2027-04-30'),
      ]);
      await settle(el, clock);
      const seen: Array<string | undefined> = [];
      for (let hour = 0; hour < 24 * 4; hour++) {
        await clock.tickAsync(3_600_000);
        await el.updateComplete;
        seen.push(title(el));
      }
      // Noon on the 26th + 12h = midnight; each UK day's titles in turn, day by day.
      // seen[k] is k + 1 hours after noon on the 26th.
      expect(seen.slice(9, 12)).to.deep.equal(['Title a', 'Title a', undefined]); // 27th: nothing
      expect(seen[35]).to.equal('Title b'); // 00:00 GMT on the 28th
      expect(seen[57]).to.equal('Title b'); // 23:00 BST on the 28th, a 23-hour day
      expect(seen[58]).to.equal('Title c'); // 00:00 BST on the 29th
      expect(clock.countTimers()).to.equal(1);
    });

    it('shows a chosen day with preview-date, ignoring and not storing dismissals (PreviewDate story)', async () => {
      const errors = sinon.stub(console, 'error');
      const root = await renderStory(meta, stories.PreviewDate);
      const el = bannerIn(root);
      await until(() => title(el));
      expect(title(el)).to.equal('Mental Health Awareness Week');
      expect(part(el, 'position')).to.be.null; // the demo file has one campaign that week on this page
      expect(errors.called, 'the demo file is valid').to.be.false;
      await expect(root).to.be.accessible();
      await click(el, 'dismiss');
      expect(storage.get(dismissedKey('mental-health-awareness-week'))).to.be.undefined;
      expect(el.hasAttribute('active')).to.be.false;
    });

    it('shows a stored dismissal again in preview, and ignores an invalid preview-date with an error', async () => {
      const errors = sinon.stub(console, 'error');
      const list = [campaign('a', '2000-01-01', '2999-12-31')];
      const live = await bannerWith(list);
      await until(() => title(live));
      await click(live, 'dismiss');
      const preview = await bannerWith(list, { 'preview-date': '2030-01-01' });
      await until(() => title(preview));
      expect(title(preview)).to.equal('Title a');
      const invalid = await bannerWith(list, { 'preview-date': '2030-02-30' });
      await settle(invalid);
      expect(invalid.hasAttribute('active'), 'today, with the stored dismissal').to.be.false;
      expect(errors.args.flat().join('\n')).to.contain('preview-date "2030-02-30": expected a date as YYYY-MM-DD');
    });

    it('follows page patterns for the page path', async () => {
      const pages = { include: ['/wards/*'], exclude: ['/wards/day-surgery/*'] };
      const list = [campaign('a', '2000-01-01', '2999-12-31', { pages }), campaign('b', '2000-01-01', '2999-12-31')];
      const ward = await bannerWith(list, { path: '/wards/ward-7/' });
      await until(() => title(ward));
      expect(text(ward, 'position')).to.equal('1 of 2');
      const excluded = await bannerWith(list, { path: '/wards/day-surgery/rota' });
      await until(() => title(excluded));
      expect(title(excluded)).to.equal('Title b');
      expect(part(excluded, 'position')).to.be.null;
    });
  });

  it('speaks Welsh, marking English fallbacks with lang="en" (Welsh story)', async () => {
    const root = await renderStory(meta, stories.Welsh);
    const el = bannerIn(root);
    await until(() => title(el));
    expect(text(el, 'label')).to.equal('Llesiant staff');
    expect(title(el)).to.equal('Diwrnod Amser i Siarad');
    expect(part(el, 'title')!.hasAttribute('lang')).to.be.false;
    expect(part(el, 'link')!.getAttribute('lang')).to.equal('en');
    expect(part(el, 'image')!.getAttribute('alt')).to.equal('Dau swigen siarad');
    expect(text(el, 'position')).to.equal('1 o 3');
    expect(part(el, 'dismiss')!.getAttribute('aria-label')).to.equal('Diystyru: Diwrnod Amser i Siarad');
    await expect(root).to.be.accessible();
    await click(el, 'next');
    expect(title(el)).to.equal('Get your winter flu vaccination');
    expect(part(el, 'title')!.getAttribute('lang')).to.equal('en');
    expect(part(el, 'message')!.getAttribute('lang')).to.equal('en');
    await expect(root).to.be.accessible();
  });

  it('skips invalid campaigns naming the file and field, renders markup as text and drops unsafe links (InvalidData story)', async () => {
    const errors = sinon.stub(console, 'error');
    const root = await renderStory(meta, stories.InvalidData);
    const el = bannerIn(root);
    await until(() => title(el));
    const log = errors.args.flat().join('\n');
    expect(log).to.contain('invalid-campaigns.json: campaigns[1].title: is required');
    expect(log).to.contain('campaigns[2].starts: expected a date as YYYY-MM-DD');
    expect(log).to.contain('campaigns[3].link.href: expected an http(s), tel, sms or mailto link');
    expect(log).to.contain('campaigns[4].tone');
    expect(log).to.contain('campaigns[5].priority: expected a number');
    expect(title(el)).to.equal('<b>Markup stays text</b>');
    expect(text(el, 'message')).to.contain('<img src=x onerror=alert(1)>Plain words');
    expect(el.shadowRoot!.querySelector('b, script, img, a')).to.be.null; // the tab-hidden javascript: link and image are dropped
    expect(part(el, 'position')).to.be.null;
    await expect(root).to.be.accessible();
  });

  it("reads the provider's campaigns-src", async () => {
    const root = await fixture(html`<wellbeing-provider campaigns-src="/test/fixtures/invalid-campaigns.json">
      <wellbeing-campaign-banner></wellbeing-campaign-banner>
    </wellbeing-provider>`);
    sinon.stub(console, 'error');
    const el = bannerIn(root);
    await until(() => title(el));
    expect(title(el)).to.equal('<b>Markup stays text</b>');
  });

  it('renders purely: rendering again with nothing changed changes no state and asks for no second update', async () => {
    stubReducedMotion(false);
    const root = await renderStory(meta, stories.SeveralRotating);
    const el = bannerIn(root);
    await until(() => title(el));
    await el.updateComplete;
    const fields = [
      'showing',
      'currentIndex',
      'canRotate',
      'rotating',
      'requestedIndex',
      'hovered',
      'focused',
      'today',
    ] as const;
    const snapshot = () =>
      Object.fromEntries(fields.map((name) => [name, (el as unknown as Record<string, unknown>)[name]]));
    const before = snapshot();
    expect(before.showing).to.have.length(3);
    const heading = part(el, 'title');
    const views = sinon.spy();
    el.addEventListener('wellbeing-campaign-view', views);

    el.render();
    el.render();
    expect(el.isUpdatePending, 'render() asked for an update').to.be.false;
    for (const name of fields) expect(snapshot()[name], `render() changed ${name}`).to.equal(before[name]);

    // Test files run side by side on one origin: another file's dismissal is a real storage event
    // here, and would rightly re-render the banner. Keep them out while counting.
    const otherWindows = (event: Event) => event.stopImmediatePropagation();
    window.addEventListener('storage', otherWindows, { capture: true });
    const update = sinon.spy(el as unknown as { update(changed: unknown): void }, 'update');
    try {
      el.requestUpdate();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
    } finally {
      window.removeEventListener('storage', otherWindows, { capture: true });
    }
    expect(update.callCount, 'updates for one request').to.equal(1);
    expect(el.isUpdatePending).to.be.false;
    expect(part(el, 'title'), 'the same heading element').to.equal(heading);
    expect(snapshot()).to.deep.equal(before);
    expect(views.called).to.be.false;
  });

  it('fires view once per campaign and click with only the campaign id', async () => {
    const events: CustomEvent[] = [];
    const record = (e: Event) => events.push(e as CustomEvent);
    for (const kind of ['view', 'click']) document.addEventListener(`wellbeing-campaign-${kind}`, record);
    const root = await renderStory(meta, { args: {} });
    const el = bannerIn(root);
    await until(() => events.length);
    await click(el, 'next');
    await click(el, 'previous');
    const stop = (e: Event) => e.preventDefault(); // stay on the test page
    window.addEventListener('click', stop);
    try {
      part(el, 'link')!.click();
    } finally {
      window.removeEventListener('click', stop);
    }
    for (const kind of ['view', 'click']) document.removeEventListener(`wellbeing-campaign-${kind}`, record);
    expect(events.map((e) => [e.type, e.detail, e.bubbles && e.composed])).to.deep.equal([
      ['wellbeing-campaign-view', { id: 'time-to-talk' }, true],
      ['wellbeing-campaign-view', { id: 'flu-clinics' }, true],
      ['wellbeing-campaign-click', { id: 'time-to-talk' }, true],
    ]);
  });
});
