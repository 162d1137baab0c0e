import { html, nothing, svg } from 'lit';
import { clock, ukTime } from '../core/platform/clock.js';
import { WellbeingElement } from '../core/lit/element.js';
import { formatTime } from '../core/contacts/hours.js';
import type { Translate } from '../core/i18n/index.js';
import { sharedStrings } from '../core/i18n/shared.js';
import { storage } from '../core/platform/storage.js';
import { shareAcrossTabs, type CrossTabValue } from '../core/platform/sync.js';
import { controls } from '../styles/shared.js';
import { tokens } from '../styles/tokens.js';
import { breakReminderStyles } from './break-reminder.styles.js';
import {
  isState,
  pause,
  setEnd,
  setEvery,
  setNotify,
  snooze,
  taken,
  today,
  view,
  type BreakState,
  type View,
} from './schedule.js';
import { breakReminderStrings, type BreakReminderKey } from './strings.js';

/** How the person answered a break prompt. */
export type BreakAction = 'taken' | 'snooze' | 'pause';

/** `detail` of `wellbeing-break`; nothing about the person. */
export interface BreakDetail {
  /** `taken`: had a break; `snooze`: asked again in a few minutes; `pause`: no reminders for now. */
  action: BreakAction;
}

/** Fired when the person answers a break prompt. */
export const BREAK_EVENT = 'wellbeing-break';

/** The events `<wellbeing-break-reminder>` fires, by name (bubbling and composed). */
export interface WellbeingBreakReminderEventMap {
  [BREAK_EVENT]: CustomEvent<BreakDetail>;
}

/** Storage key (under `wellbeing-widgets:`) of today's record; stories may seed it. */
export const BREAK_KEY = 'break-reminder';

/** A minutes attribute when it is a positive number, otherwise the default. */
const positiveOr = (value: number, fallback: number) => (value > 0 ? value : fallback);
const pad = (n: number) => String(n | 0).padStart(2, '0');
const WAKE_EVENTS = ['pageshow', 'focus', 'visibilitychange'];

/**
 * Gentle, shift-aware break nudges. Today's state (the wall-clock time of the
 * next reminder, breaks taken, shift end) lives in this browser's storage, so
 * it follows the person from page to page; tabs stay in step through a
 * BroadcastChannel and the `storage` event, so one answer clears the prompt
 * everywhere. One timer is armed at a time, for the next moment anything can
 * change. The prompt is a polite live region and never takes focus.
 *
 * @summary Break reminders that follow staff across pages and tabs.
 *
 * @slot - Fallback for when the script does not load: shown until the element is defined, hidden (not read, not focusable) once it renders.
 *
 * @csspart prompt - The break prompt (when due) or end-of-shift message.
 * @csspart toggle - The compact "Next break in 25 min" button that opens the settings.
 * @csspart settings - The settings panel with today's timeline.
 * @csspart timeline - The SVG timeline of today's shift and breaks.
 *
 * @cssprop --wellbeing-warm-yellow-colour - The prompt's accent bar (#ffb81c).
 * @cssprop --wellbeing-brand-colour - Time worked on the timeline (falls back to --nhsuk-brand-colour, #005eb8).
 * @cssprop --wellbeing-button-colour - Main button and breaks on the timeline (falls back to --nhsuk-button-colour, #007f3b).
 *
 * @fires {CustomEvent<BreakDetail>} wellbeing-break - The person answered a prompt. `detail: { action: 'taken' | 'snooze' | 'pause' }`; nothing about the person.
 */
export class WellbeingBreakReminder extends WellbeingElement {
  static override styles = [tokens, controls, breakReminderStyles];

  // Declared here rather than with decorators: no decorator helpers ship in any file.
  static override properties = {
    interval: { type: Number },
    snooze: { type: Number },
    record: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    open: { state: true, attribute: false },
  };

  /** Minutes between breaks (default 90). The person's own choice in the settings wins. */
  interval = 90;

  /** Minutes a snooze lasts (default 10). */
  snooze = 10;

  /** Today's record, as stored. */
  private record?: BreakState;
  /** What shows now, and when that can change. */
  private shown?: View;
  /** The settings panel is open. */
  private open = false;
  private get toggle() {
    return this.renderRoot?.querySelector<HTMLButtonElement>('.toggle');
  }

  private timer?: number;
  private crossTab?: CrossTabValue;
  private refocus = false;

  /** Minutes between breaks: the person's own choice, else the `interval` attribute. */
  private get every(): number {
    return this.record?.every ?? positiveOr(this.interval, 90);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.crossTab = shareAcrossTabs(BREAK_KEY, this.adopt);
    // After sleep, or in a throttled background tab, look again as soon as the page is back.
    for (const type of WAKE_EVENTS) addEventListener(type, this.checkSchedule);
    this.checkSchedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.crossTab?.close();
    for (const type of WAKE_EVENTS) removeEventListener(type, this.checkSchedule);
    clock.clearTimeout(this.timer);
  }

  /** Reads today's record, shows what is due now and arms one timer for the next change. */
  private readonly checkSchedule = () => {
    if (!this.isConnected) return; // a late answer must not arm a timer for a removed element
    const now = clock.now();
    const stored = storage.get(BREAK_KEY);
    const record = today(stored, now, positiveOr(this.interval, 90));
    if (record !== stored) storage.set(BREAK_KEY, record);
    const shown = view(record, now);
    if (shown.status === 'due' && this.shown && this.shown.status !== 'due') this.notify(record, shown);
    this.record = record;
    this.shown = shown;
    clock.clearTimeout(this.timer);
    // A visible countdown updates each minute; a hidden tab wakes only when the status changes.
    this.timer = clock.setTimeout(this.checkSchedule, (document.hidden ? shown.wake : shown.tick) - now);
  };

  /** Another tab or element changed today's record: the newest copy wins. */
  private readonly adopt = (value?: unknown) => {
    const mine = storage.get(BREAK_KEY);
    if (isState(value) && !(isState(mine) && mine.at >= value.at)) storage.set(BREAK_KEY, value);
    this.checkSchedule();
  };

  private save(next: BreakState): void {
    this.crossTab!.set(next);
    this.checkSchedule();
  }

  private answer(action: BreakAction): void {
    const now = clock.now();
    const record = this.record!;
    this.save(
      action === 'taken'
        ? taken(record, now, this.every)
        : action === 'snooze'
          ? snooze(record, now, positiveOr(this.snooze, 10))
          : pause(record, now, true, this.every),
    );
    this.emit(BREAK_EVENT, { action });
  }

  /** Opt-in desktop notification, one across tabs (same tag), only when this page isn't in front. */
  private notify(record: BreakState, shown: View): void {
    if (!record.notify || document.hasFocus()) return;
    try {
      if (Notification.permission === 'granted') {
        new Notification(this.t(shown.rest ? 'restTitle' : 'title'), {
          body: this.idea(record, shown),
          tag: 'wellbeing-break',
        });
      }
    } catch {
      /* no notifications here (e.g. mobile browsers): the page prompt is enough */
    }
  }

  /** Asks for permission only now, after the person ticked the box. */
  private async chooseNotifications(event: Event): Promise<void> {
    const box = event.target as HTMLInputElement;
    const on = box.checked && (await Notification.requestPermission()) === 'granted';
    box.checked = on;
    this.save(setNotify(this.record!, clock.now(), on));
  }

  private get t(): Translate<BreakReminderKey> {
    return this.translator('break-reminder', breakReminderStrings);
  }

  /** One suggestion for the break, a different one for each prompt. */
  private idea(record: BreakState, shown: View): string {
    const ideas = this.t(shown.night ? 'nightIdeas' : 'ideas').split('\n');
    return ideas[record.n % ideas.length]!;
  }

  // If an answer here or in another tab removes the focused button, focus goes to the toggle.
  override willUpdate(): void {
    this.refocus = !!this.shadowRoot?.activeElement?.closest('.buttons');
  }

  override updated(): void {
    if (this.refocus && !this.shadowRoot!.activeElement) this.toggle?.focus();
  }

  override render() {
    const { record, shown, t } = this;
    if (!record || !shown) return nothing;
    const due = shown.status === 'due';
    const label =
      shown.status === 'idle'
        ? t('next', { count: shown.minutes })
        : shown.status === 'snoozed'
          ? t('snoozed', { count: shown.minutes })
          : shown.status === 'paused'
            ? t('paused')
            : t('settings');
    return html`<div class=${due || shown.status === 'ended' ? 'prompt' : ''} part="prompt">
        <div aria-live="polite">${
          due
            ? html`<h2>${t(shown.rest ? 'restTitle' : 'title')}</h2>
            ${shown.rest ? html`<p>${t('rest')}</p>` : nothing}
            <p>${this.idea(record, shown)}</p>`
            : shown.status === 'ended'
              ? html`<p>${t('ended')}</p>`
              : nothing
        }</div>
        ${
          due
            ? html`<div class="buttons">
            <button class="button" @click=${() => this.answer('taken')}>${t('taken')}</button>
            <button class="button secondary" @click=${() => this.answer('snooze')}>${t('snooze', { count: positiveOr(this.snooze, 10) })}</button>
            <button class="button secondary" @click=${() => this.answer('pause')}>${t('pause')}</button>
          </div>`
            : nothing
        }
      </div>
      <button class="toggle" part="toggle" aria-expanded=${this.open} aria-controls="settings" @click=${() => (this.open = !this.open)}>${label}</button>
      <div class="settings" id="settings" part="settings" ?hidden=${!this.open}>${this.open ? this.renderSettings(record, t) : nothing}</div>`;
  }

  private renderSettings(record: BreakState, t: Translate<BreakReminderKey>) {
    const now = clock.now();
    const end = record.end && ukTime(record.end).minutes;
    const tShared = this.translator('shared', sharedStrings);
    const time = (ms: number) => formatTime(ukTime(ms).minutes, tShared);
    // The timeline runs from the start of the day to now, or to the shift's end if that is later.
    const span = Math.max(Math.max(now, record.end ?? now) - record.start, 1);
    /** Where an instant falls on the timeline, in percent. */
    const along = (ms: number) => ((ms - record.start) / span) * 100;
    return html`<label>${t('every')}
        <input type="number" min="5" max="360" step="5" .valueAsNumber=${this.every} @change=${(event: Event) => {
          const every = Math.round((event.target as HTMLInputElement).valueAsNumber);
          if (every >= 5 && every <= 360) this.save(setEvery(record, clock.now(), every));
        }} /></label>
      <label>${t('shiftEnd')}
        <input type="time" .value=${end === undefined ? '' : `${pad(end / 60)}:${pad(end % 60)}`} @change=${(
          event: Event,
        ) => {
          const [hours, mins] = (event.target as HTMLInputElement).value.split(':');
          this.save(setEnd(record, clock.now(), mins ? +hours! * 60 + +mins : undefined));
        }} /></label>
      ${
        'Notification' in window
          ? html`<label class="check"
            ><input type="checkbox" .checked=${!!record.notify} @change=${this.chooseNotifications} />${t('notify')}</label
          >`
          : nothing
      }
      <button class="button secondary" @click=${() => this.save(pause(record, clock.now(), !record.paused, this.every))}>${t(record.paused ? 'resume' : 'pause')}</button>
      <h3>${t('today')}</h3>
      <svg part="timeline" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
        <rect class="day" y="4" width="100" height="4" />
        <rect class="done" y="4" width=${along(now)} height="4" />
        ${record.breaks.map((breakAt) => svg`<rect class="break" x=${along(breakAt) - 1} width="2" height="12" />`)}
      </svg>
      <p>${t('started', { time: time(record.start) })}
        ${record.breaks.length ? t('breaks', { times: record.breaks.map(time).join(', ') }) : t('noBreaks')}
        ${record.end ? t('ends', { time: time(record.end) }) : ''}</p>
      <p class="small">${t('private')}</p>`;
  }
}
