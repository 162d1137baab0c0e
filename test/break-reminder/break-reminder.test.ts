import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import sinon from 'sinon';
import { BREAK_KEY } from '../../src/break-reminder/break-reminder.js';
import '../../src/break-reminder/define.js';
import type { WellbeingBreakReminder } from '../../src/break-reminder/define.js';
import { breakReminderStrings } from '../../src/break-reminder/strings.js';
import { storage } from '../../src/core/platform/storage.js';
import meta, * as stories from '../../stories/break-reminder.stories.js';
import { renderAgain } from '../helpers/pure-render.js';
import { until } from '../helpers/mount.js';
import { renderStory } from '../helpers/stories.js';
import { blockStorage } from '../helpers/storage.js';

const MIN = 60_000;
const realSetTimeout = window.setTimeout.bind(window);
/** Tuesday 10 November 2026, 09:00 in the UK (GMT). */
const T0 = Date.UTC(2026, 10, 10, 9, 0);
const KEY = storage.keyFor(BREAK_KEY);

const reminderIn = (root: Element) => root.querySelector('wellbeing-break-reminder')!;
const shadow = (el: Element) => el.shadowRoot!;
const heading = (el: Element) => shadow(el).querySelector('h2')?.textContent ?? '';
const isDue = (el: Element) => !!shadow(el).querySelector('.buttons');
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');
const toggle = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part=toggle]')!;
const button = (el: Element, name: RegExp) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => name.test(b.textContent!.trim()))!;
const ideas = (key: 'ideas' | 'nightIdeas', locale: 'en' | 'cy' = 'en') =>
  (breakReminderStrings[locale][key] as string).split('\n');

async function settle(el: WellbeingBreakReminder) {
  await el.updateComplete;
  await el.updateComplete;
}

/**
 * Resolves with the milliseconds until the prompt in `el` goes, watching the
 * DOM rather than polling (background pages clamp timers to a second).
 */
function promptGone(el: Element, act: () => void): Promise<number> {
  const root = el.shadowRoot!;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (root.querySelector('.buttons')) return;
      observer.disconnect();
      resolve(performance.now() - started);
    });
    observer.observe(root, { childList: true, subtree: true });
    realSetTimeout(() => reject(new Error('the prompt was still showing after 2 seconds')), 2000);
    act();
  });
}

// The runner keeps two pages open and background pages clamp timers to a second and
// deliver no animation frames, so fake time moves with the synchronous tick() rather
// than tickAsync(), and plain wrappers use fixtureSync() (fixture() waits for a frame).
describe('<wellbeing-break-reminder>', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  const fake = (
    now = T0,
    toFake: Array<'setTimeout' | 'clearTimeout' | 'Date'> = ['setTimeout', 'clearTimeout', 'Date'],
  ) => (clock = sinon.useFakeTimers({ now, toFake }));

  beforeEach(() => storage.remove(BREAK_KEY));
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    storage.remove(BREAK_KEY);
  });

  it('starts quietly: a compact "Next break in 90 min" control and exactly one timer, no interval', async () => {
    fake();
    sinon.stub(document, 'hidden').get(() => false); // a visible page counts down each minute
    const setInterval = sinon.spy(window, 'setInterval');
    const el = await fixture<WellbeingBreakReminder>(html`<wellbeing-break-reminder></wellbeing-break-reminder>`);
    expect(toggle(el).textContent!.trim()).to.equal('Next break in 90 min');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(isDue(el)).to.be.false;
    expect(clock!.countTimers()).to.equal(1);
    clock!.tick(2 * MIN);
    await settle(el);
    expect(toggle(el).textContent!.trim()).to.equal('Next break in 88 min');
    expect(clock!.countTimers()).to.equal(1);
    expect(setInterval.called).to.be.false;
  });

  it('in a hidden tab, wakes only when the status changes', async () => {
    fake();
    sinon.stub(document, 'hidden').get(() => true);
    const el = await fixture<WellbeingBreakReminder>(html`<wellbeing-break-reminder></wellbeing-break-reminder>`);
    const render = sinon.spy(el, 'render');
    clock!.tick(89 * MIN);
    expect(render.called).to.be.false;
    expect(clock!.countTimers()).to.equal(1);
    clock!.tick(MIN);
    await settle(el);
    expect(isDue(el)).to.be.true;
  });

  it('interval: prompts after the interval, politely, without moving focus', async () => {
    fake();
    const root = fixtureSync(html`<div><button id="work">Patient notes</button>
      <wellbeing-break-reminder interval="30"></wellbeing-break-reminder></div>`);
    const el = reminderIn(root) as WellbeingBreakReminder;
    const work = root.querySelector<HTMLButtonElement>('#work')!;
    work.focus();
    clock!.tick(29 * MIN);
    await settle(el);
    expect(isDue(el)).to.be.false;
    clock!.tick(MIN);
    await settle(el);
    expect(isDue(el)).to.be.true;
    expect(heading(el)).to.match(/break/i);
    expect(ideas('ideas')).to.include(shadow(el).querySelector('h2 + p')!.textContent);
    const live = shadow(el).querySelector('h2')!.closest('[aria-live]');
    expect(live?.getAttribute('aria-live')).to.equal('polite');
    expect(shadow(el).querySelector('dialog, [role=dialog], [role=alertdialog]')).to.be.null;
    expect(document.activeElement).to.equal(work);
    expect(shadow(el).activeElement).to.be.null;
    clock!.restore();
    await expect(el).to.be.accessible();
  });

  it('names its buttons: Snooze with the real length, taken, and pause', async () => {
    const el = reminderIn(await renderStory(meta, { args: { seed: 'due', snooze: 5 } })) as WellbeingBreakReminder;
    await settle(el);
    const names = [...shadow(el).querySelectorAll('.buttons button')].map((b) => b.textContent!.trim());
    expect(names).to.deep.equal(["I've taken a break", 'Snooze 5 minutes', 'Pause for today']);
    expect(names[1]).to.match(/^Snooze/);
    expect(names[0]).to.contain('taken');
  });

  it('snooze: the prompt goes, "Snoozed" counts down, and it comes back after the snooze length', async () => {
    fake();
    const el = reminderIn(await renderStory(meta, stories.Due)) as WellbeingBreakReminder;
    await settle(el);
    const events: string[] = [];
    el.addEventListener('wellbeing-break', (e) => events.push((e as CustomEvent).detail.action));
    button(el, /^Snooze 10 minutes$/).click();
    await settle(el);
    expect(isDue(el)).to.be.false;
    expect(toggle(el).textContent).to.contain('Snoozed: next break in 10 min');
    clock!.tick(9 * MIN);
    await settle(el);
    expect(isDue(el)).to.be.false;
    clock!.tick(MIN);
    await settle(el);
    expect(isDue(el)).to.be.true;
    expect(events).to.deep.equal(['snooze']);
  });

  it("taken: the next reminder comes a full interval later, and today's timeline shows the break", async () => {
    fake();
    const el = reminderIn(await renderStory(meta, stories.Due)) as WellbeingBreakReminder;
    await settle(el);
    let detail: unknown;
    el.addEventListener('wellbeing-break', (e) => (detail = (e as CustomEvent).detail));
    button(el, /taken/).click();
    await settle(el);
    expect(detail).to.deep.equal({ action: 'taken' });
    expect(toggle(el).textContent).to.contain('Next break in 90 min');
    toggle(el).click();
    await settle(el);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).querySelectorAll('[part=timeline] .break')).to.have.length(2);
    expect(shadow(el).querySelector('[part=timeline]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(el)).to.contain('Started 6am. Breaks taken: 7:30am, 9am.');
    clock!.tick(89 * MIN);
    await settle(el);
    expect(isDue(el)).to.be.false;
    clock!.tick(MIN);
    await settle(el);
    expect(isDue(el)).to.be.true;
  });

  it('moves focus to the settings control when the focused answer button goes away', async () => {
    const el = reminderIn(await renderStory(meta, stories.Due)) as WellbeingBreakReminder;
    await settle(el);
    const taken = button(el, /taken/);
    taken.focus();
    taken.click();
    await settle(el);
    expect(shadow(el).activeElement).to.equal(toggle(el));
  });

  it('pause: nothing more today; the next day starts afresh', async () => {
    fake(Date.UTC(2026, 10, 10, 12, 0));
    const el = reminderIn(await renderStory(meta, stories.Due)) as WellbeingBreakReminder;
    await settle(el);
    button(el, /^Pause for today$/).click();
    await settle(el);
    expect(toggle(el).textContent).to.contain('Reminders paused for today');
    clock!.tick(11 * 60 * MIN);
    await settle(el);
    expect(isDue(el)).to.be.false;
    expect(toggle(el).textContent).to.contain('paused');
    clock!.tick(60 * MIN); // past midnight: the seeded day has ended
    await settle(el);
    expect(toggle(el).textContent!.trim()).to.equal('Next break in 90 min');
  });

  it('resumes from the settings', async () => {
    fake();
    const el = reminderIn(await renderStory(meta, stories.Paused)) as WellbeingBreakReminder;
    await settle(el);
    toggle(el).click();
    await settle(el);
    button(el, /^Resume reminders$/).click();
    await settle(el);
    expect(toggle(el).textContent!.trim()).to.equal('Next break in 90 min');
  });

  it('reload while due: a new page (a new element) shows the same prompt', async () => {
    fake();
    const first = reminderIn(await renderStory(meta, stories.Idle)) as WellbeingBreakReminder;
    await settle(first);
    first.remove();
    clock!.tick(40 * MIN); // no page open while the break falls due
    const second = await fixture<WellbeingBreakReminder>(html`<wellbeing-break-reminder></wellbeing-break-reminder>`);
    await settle(second);
    expect(isDue(second)).to.be.true;
    second.remove();
    const third = await fixture<WellbeingBreakReminder>(html`<wellbeing-break-reminder></wellbeing-break-reminder>`);
    expect(isDue(third)).to.be.true;
    button(third, /taken/).click();
    await settle(third);
    third.remove();
    const fourth = await fixture<WellbeingBreakReminder>(html`<wellbeing-break-reminder></wellbeing-break-reminder>`);
    expect(isDue(fourth)).to.be.false;
    expect(toggle(fourth).textContent).to.contain('Next break in 90 min');
  });

  it('catches up after the computer sleeps: re-checks on focus, pageshow and visibilitychange', async () => {
    fake();
    const el = reminderIn(await renderStory(meta, stories.Idle)) as WellbeingBreakReminder;
    await settle(el);
    for (const type of ['focus', 'pageshow', 'visibilitychange']) {
      storage.remove(BREAK_KEY);
      stories.seed('idle');
      window.dispatchEvent(new Event('focus'));
      await settle(el);
      expect(isDue(el), type).to.be.false;
      clock!.setSystemTime(Date.now() + 60 * MIN); // time jumps, no timer fired
      (type === 'visibilitychange' ? document : window).dispatchEvent(new Event(type, { bubbles: true }));
      await settle(el);
      expect(isDue(el), type).to.be.true;
    }
  });

  it('two elements (or tabs): one answer clears the prompt in both within a second', async () => {
    fake(T0, ['Date']); // real timers: the BroadcastChannel message is real
    stories.seed('due');
    const root = fixtureSync(html`<div>
      <wellbeing-break-reminder></wellbeing-break-reminder><wellbeing-break-reminder></wellbeing-break-reminder>
    </div>`);
    const [a, b] = [...root.querySelectorAll('wellbeing-break-reminder')];
    await settle(a!);
    await settle(b!);
    expect(isDue(a!) && isDue(b!)).to.be.true;
    expect(await promptGone(b!, () => button(a!, /^Snooze/).click())).to.be.below(1000);
    expect(toggle(b!).textContent).to.contain('Snoozed');
  });

  it('two tabs (two same-origin frames): taken in one clears the prompt in the other within a second', async () => {
    stories.seed('due');
    const frame = () => {
      const iframe = document.createElement('iframe');
      iframe.srcdoc = `<!doctype html><html lang="en"><body>
        <script type="module">import '/src/break-reminder/define.ts';</script>
        <wellbeing-break-reminder></wellbeing-break-reminder></body></html>`;
      document.body.append(iframe);
      return iframe;
    };
    const frames = [frame(), frame()];
    try {
      const reminders = () => frames.map((f) => f.contentDocument?.querySelector('wellbeing-break-reminder'));
      const due = (r?: Element | null) => !!r?.shadowRoot?.querySelector('.buttons');
      await until(() => reminders().every(due), 8000);
      const [a, b] = reminders();
      const taken = [...a!.shadowRoot!.querySelectorAll('button')].find((x) => /taken/.test(x.textContent!))!;
      expect(await promptGone(b!, () => taken.click())).to.be.below(1000);
      expect(b!.shadowRoot!.querySelector('[part=toggle]')!.textContent).to.contain('Next break in 90 min');
      expect(JSON.parse(localStorage.getItem(KEY)!).breaks).to.have.length(2);
    } finally {
      frames.forEach((f) => f.remove());
    }
  });

  it('with storage blocked it still works for the page lifetime', async () => {
    const restore = blockStorage();
    try {
      fake();
      const el = await fixture<WellbeingBreakReminder>(
        html`<wellbeing-break-reminder interval="20"></wellbeing-break-reminder>`,
      );
      clock!.tick(20 * MIN);
      await settle(el);
      expect(isDue(el)).to.be.true;
      button(el, /taken/).click();
      await settle(el);
      el.remove();
      const again = await fixture<WellbeingBreakReminder>(
        html`<wellbeing-break-reminder interval="20"></wellbeing-break-reminder>`,
      );
      expect(isDue(again)).to.be.false;
      expect(toggle(again).textContent!.trim()).to.equal('Next break in 20 min');
      clock!.tick(20 * MIN);
      await settle(again);
      expect(isDue(again)).to.be.true;
    } finally {
      restore();
    }
  });

  it('a daylight-saving day: the break comes 90 real minutes later and the shift ends at 07:00 BST', async () => {
    fake(Date.UTC(2026, 2, 29, 0, 30)); // 00:30 GMT; the clocks go forward at 01:00
    const el = await fixture<WellbeingBreakReminder>(html`<wellbeing-break-reminder></wellbeing-break-reminder>`);
    toggle(el).click();
    await settle(el);
    const end = shadow(el).querySelector<HTMLInputElement>('input[type=time]')!;
    end.value = '07:00';
    end.dispatchEvent(new Event('change'));
    await settle(el);
    expect(text(el)).to.contain('Shift ends 7am.');
    clock!.tick(89 * MIN);
    await settle(el);
    expect(isDue(el)).to.be.false;
    clock!.tick(MIN); // 02:00 GMT = 03:00 BST on the wall clock
    await settle(el);
    expect(isDue(el)).to.be.true;
    expect(ideas('nightIdeas')).to.include(shadow(el).querySelector('h2 + p')!.textContent);
    button(el, /taken/).click();
    clock!.tick(Date.UTC(2026, 2, 29, 6, 0) - Date.now() - 1);
    await settle(el);
    expect(text(el)).not.to.contain('shift has ended');
    clock!.tick(1);
    await settle(el);
    expect(text(el)).to.contain('Your shift has ended');
    expect(isDue(el)).to.be.false;
  });

  it('nudges for the legal 20-minute break after 6 hours without one', async () => {
    fake();
    const el = await fixture<WellbeingBreakReminder>(
      html`<wellbeing-break-reminder interval="240"></wellbeing-break-reminder>`,
    );
    clock!.tick(240 * MIN);
    await settle(el);
    button(el, /taken/).click();
    clock!.tick(120 * MIN);
    await settle(el);
    expect(heading(el)).to.equal('Time for your 20-minute break');
    expect(text(el)).to.contain("You've worked over 6 hours");
    clock!.restore();
    await expect(el).to.be.accessible();
  });

  it('night copy between midnight and 6am', async () => {
    fake(Date.UTC(2026, 10, 10, 2, 30));
    const el = reminderIn(await renderStory(meta, stories.Night)) as WellbeingBreakReminder;
    await settle(el);
    expect(heading(el)).to.match(/break/);
    expect(ideas('nightIdeas')).to.include(shadow(el).querySelector('h2 + p')!.textContent);
  });

  it('speaks Welsh', async () => {
    const el = reminderIn(await renderStory(meta, stories.Welsh)) as WellbeingBreakReminder;
    await settle(el);
    expect(heading(el)).to.equal('Amser am egwyl');
    expect(ideas('ideas', 'cy')).to.include(shadow(el).querySelector('h2 + p')!.textContent);
    expect(text(el)).to.contain('Cyntun 10 munud');
  });

  for (const name of ['Idle', 'Due', 'Snoozed', 'Paused', 'EndOfShift', 'Night', 'Welsh'] as const) {
    it(`is accessible: ${name}`, async () => {
      const root = await renderStory(meta, stories[name]);
      const el = reminderIn(root) as WellbeingBreakReminder;
      await settle(el);
      await expect(root).to.be.accessible();
      if (name !== 'Idle' && name !== 'Paused') return;
      toggle(el).click(); // the settings (with "Pause for today" or "Resume reminders") and timeline
      await settle(el);
      await expect(root).to.be.accessible();
    });
  }

  it('renders again with nothing changed without changing its state or updating twice', async () => {
    fake();
    for (const story of [stories.Idle, stories.Due]) {
      const el = reminderIn(await renderStory(meta, story)) as WellbeingBreakReminder;
      await settle(el);
      for (const settingsOpen of [false, true]) {
        if (settingsOpen) {
          toggle(el).click();
          await settle(el);
        }
        const again = await renderAgain(el);
        expect(again.updates, 'updates').to.equal(1);
        expect(again.changed, 'reactive values changed').to.deep.equal([]);
        expect(again.after).to.equal(again.before);
      }
    }
  });

  it('shows each state as documented', async () => {
    const expectations: Array<[keyof typeof stories, string]> = [
      ['Idle', 'Next break in 25 min'],
      ['Snoozed', 'Snoozed: next break in 8 min'],
      ['Paused', 'Reminders paused for today'],
      ['EndOfShift', 'Your shift has ended. Thank you, and rest well.'],
      ['Due', 'Time for a break'],
    ];
    for (const [name, expected] of expectations) {
      const el = reminderIn(await renderStory(meta, stories[name] as typeof stories.Idle));
      await settle(el as WellbeingBreakReminder);
      expect(text(el), name).to.contain(expected);
      expect(isDue(el), name).to.equal(name === 'Due');
    }
  });

  it('asks for notification permission only when the box is ticked, then notifies once when due in the background', async () => {
    const made: Array<[string, NotificationOptions | undefined]> = [];
    const request = sinon.stub().resolves('granted');
    class FakeNotification {
      static permission = 'default';
      static requestPermission = request;
      constructor(title: string, options?: NotificationOptions) {
        made.push([title, options]);
      }
    }
    const had = Object.getOwnPropertyDescriptor(window, 'Notification');
    Object.defineProperty(window, 'Notification', { configurable: true, writable: true, value: FakeNotification });
    try {
      fake();
      const el = await fixture<WellbeingBreakReminder>(
        html`<wellbeing-break-reminder interval="30"></wellbeing-break-reminder>`,
      );
      expect(request.called).to.be.false;
      toggle(el).click();
      await settle(el);
      expect(request.called).to.be.false;
      const box = shadow(el).querySelector<HTMLInputElement>('input[type=checkbox]')!;
      FakeNotification.permission = 'granted';
      box.click();
      for (let i = 0; i < 5; i++) await Promise.resolve(); // the permission answer
      await settle(el);
      expect(request.calledOnce).to.be.true;
      expect(box.checked).to.be.true;
      sinon.stub(document, 'hasFocus').returns(false);
      clock!.tick(30 * MIN);
      await settle(el);
      expect(made).to.have.length(1);
      expect(made[0]![0]).to.equal('Time for a break');
      expect(made[0]![1]).to.include({ tag: 'wellbeing-break' });
    } finally {
      if (had) Object.defineProperty(window, 'Notification', had);
      else delete (window as { Notification?: unknown }).Notification;
    }
  });
});
