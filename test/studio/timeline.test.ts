import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Campaign } from '../../src/core/data/schemas.js';
import '../../src/studio/define.js';
import { StudioPreviewFrame } from '../../src/studio/preview-frame.js';
import type { StudioTimeline } from '../../src/studio/timeline.js';
import { addMonths, lastDay, monthOf, weekday } from '../../src/studio/timeline-model.js';

StudioPreviewFrame.pageUrl = 'about:blank';

const campaign = (id: string, starts: string, ends: string, extra: Partial<Campaign> = {}): Campaign => ({
  id,
  title: id,
  message: 'M',
  starts,
  ends,
  ...extra,
});
const live = (...campaigns: Campaign[]) => campaigns.map((c, index) => ({ campaign: c, index }));

describe('studio: campaign calendar model', () => {
  it('lays a month out Monday first, with the days either side', () => {
    const month = monthOf([], '2027-02');
    expect(month.weeks).to.have.length(4); // February 2027 starts on a Monday and ends on a Sunday
    expect(month.weeks[0]!.map((d) => d.date)).to.deep.equal([
      '2027-02-01',
      '2027-02-02',
      '2027-02-03',
      '2027-02-04',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
    ]);
    const may = monthOf([], '2027-05');
    expect(may.weeks[0]![0]!.date).to.equal('2027-04-26');
    expect(may.weeks.at(-1)!.at(-1)!.date).to.equal('2027-06-06');
    expect(may.days).to.have.length(31);
    expect(weekday('2027-05-01')).to.equal(5);
    expect(addMonths('2027-12', 1)).to.equal('2028-01');
    expect(addMonths('2027-01', -1)).to.equal('2026-12');
    expect(lastDay('2028-02')).to.equal('2028-02-29');
  });

  it('uses the banner’s schedule: yearly repeats, priority order, gaps and overlaps', () => {
    const ttt = campaign('ttt', '2026-02-05', '2026-02-05', { repeats: 'yearly' });
    const week = campaign('week', '2027-02-01', '2027-02-07', { priority: -1 });
    const month = monthOf(live(ttt, week), '2027-02');
    expect(month.days.find((d) => d.date === '2027-02-05')!.campaigns.map((l) => l.campaign.id)).to.deep.equal([
      'ttt',
      'week',
    ]);
    expect(month.overlaps).to.deep.equal([{ starts: '2027-02-05', ends: '2027-02-05' }]);
    expect(month.gaps).to.deep.equal([{ starts: '2027-02-08', ends: '2027-02-28' }]);
    expect(month.showing.map((s) => [s.campaign.id, s.spans])).to.deep.equal([
      ['ttt', [{ starts: '2027-02-05', ends: '2027-02-05' }]],
      ['week', [{ starts: '2027-02-01', ends: '2027-02-07' }]],
    ]);
    expect(monthOf(live(ttt), '2030-02').showing).to.have.length(1);
    expect(
      monthOf(live(campaign('until', '2026-02-05', '2026-02-05', { repeats: 'yearly', until: 2027 })), '2028-02')
        .showing,
    ).to.deep.equal([]);
  });

  it('applies page rules for a page, and none without one', () => {
    const wards = campaign('wards', '2027-02-01', '2027-02-28', { pages: { include: ['/wards/*'] } });
    expect(monthOf(live(wards), '2027-02').showing).to.have.length(1);
    expect(monthOf(live(wards), '2027-02', '/wards/ward-7').showing).to.have.length(1);
    expect(monthOf(live(wards), '2027-02', '/news/').showing).to.deep.equal([]);
  });
});

describe('studio: campaign calendar', () => {
  const campaigns = [
    {
      id: 'ttt',
      title: 'Time to Talk Day',
      message: 'Talk.',
      starts: '2026-02-05',
      ends: '2026-02-05',
      repeats: 'yearly',
    },
    {
      id: 'wards',
      title: 'Ward week',
      message: 'M',
      starts: '2027-02-01',
      ends: '2027-02-07',
      pages: { include: ['/wards/*'] },
    },
    { id: 'bad', title: 'Broken', message: 'M', starts: '2027-02-30', ends: '2027-03-01' },
  ];
  const shadow = (el: Element) => el.shadowRoot!;
  const day = (el: Element, date: string) => shadow(el).querySelector<HTMLButtonElement>(`[data-date="${date}"]`)!;
  const preview = (el: Element) => shadow(el).querySelector<StudioPreviewFrame>('wellbeing-studio-preview')!;

  it('names each day by what shows on it, and is accessible', async () => {
    const el = await fixture<StudioTimeline>(
      html`<wellbeing-studio-timeline .campaigns=${campaigns} today="2027-02-03"></wellbeing-studio-timeline>`,
    );
    expect(shadow(el).querySelector('#month-heading')!.textContent).to.equal('February 2027');
    expect(day(el, '2027-02-05').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '5 Friday 5 February 2027: 2 in turn: Time to Talk Day, Ward week',
    );
    expect(day(el, '2027-02-10').textContent).to.include('no banner');
    expect(day(el, '2027-02-03').getAttribute('aria-current')).to.equal('date');
    expect(shadow(el).textContent).to.include('Not on the calendar until its problems are fixed: Broken');
    expect(shadow(el).textContent).to.include('Time to Talk Day: 5 Feb 2027, every year.');
    await expect(el).to.be.accessible();
  });

  it('moves between days with the arrow keys and shows the banner on the day chosen', async () => {
    const el = await fixture<StudioTimeline>(
      html`<wellbeing-studio-timeline .campaigns=${campaigns} today="2027-02-03"></wellbeing-studio-timeline>`,
    );
    day(el, '2027-02-03').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-date')).to.equal('2027-02-05');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(day(el, '2027-02-05').getAttribute('aria-pressed')).to.equal('true');
    const message = preview(el).message!;
    expect(message.widgets).to.deep.equal([
      { tag: 'wellbeing-campaign-banner', attributes: { 'preview-date': '2027-02-05' } },
    ]);
    // Without a page, page rules are left out, as the calendar leaves them out.
    expect((message.data.campaigns as { campaigns: object[] }).campaigns[1]).to.not.have.property('pages');
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(shadow(el).querySelector('#month-heading')!.textContent).to.equal('March 2027');
    expect(shadow(el).activeElement?.getAttribute('data-date')).to.equal('2027-03-05');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(shadow(el).querySelector('#month-heading')!.textContent).to.equal('February 2027');
  });

  it('points from an empty month to the next campaign', async () => {
    const el = await fixture<StudioTimeline>(
      html`<wellbeing-studio-timeline .campaigns=${campaigns} today="2026-11-30"></wellbeing-studio-timeline>`,
    );
    expect(shadow(el).textContent!.replace(/\s+/g, ' ')).to.include(
      'No campaign shows this month. The next is Ward week, from Monday 1 February 2027.',
    );
    [...shadow(el).querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Show Monday 1 February 2027'))!
      .click();
    await el.updateComplete;
    expect(shadow(el).querySelector('#month-heading')!.textContent).to.equal('February 2027');
    expect(day(el, '2027-02-01').getAttribute('aria-pressed')).to.equal('true');
  });

  it('applies a page’s rules, and takes a typed UK date', async () => {
    const el = await fixture<StudioTimeline>(
      html`<wellbeing-studio-timeline .campaigns=${campaigns} today="2027-02-03"></wellbeing-studio-timeline>`,
    );
    const page = shadow(el).querySelector<HTMLInputElement>('#page')!;
    page.value = '/news/';
    page.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(day(el, '2027-02-05').textContent).to.include('2027: Time to Talk Day');
    const goTo = shadow(el).querySelector<HTMLInputElement>('#go-to')!;
    goTo.value = '30/02/2028';
    goTo.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await el.updateComplete;
    expect(shadow(el).querySelector('#go-to-error')!.textContent).to.include('30/02/2028 is not a real date');
    goTo.value = '05/02/2029';
    goTo.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await el.updateComplete;
    expect(shadow(el).querySelector('#month-heading')!.textContent).to.equal('February 2029');
    expect(preview(el).message!.widgets[0]!.attributes).to.deep.equal({ 'preview-date': '2029-02-05', path: '/news/' });
    expect(shadow(el).querySelector('#preview-day')!.textContent).to.include('Monday 5 February 2029');
    await expect(el).to.be.accessible();
  });
});
