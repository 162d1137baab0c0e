import { html, nothing, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { clock, ukTime } from '../core/platform/clock.js';
import { WellbeingElement } from '../core/lit/element.js';
import { formatTime } from '../core/contacts/hours.js';
import type { Translate } from '../core/i18n/index.js';
import { sharedStrings } from '../core/i18n/shared.js';
import { storage } from '../core/platform/storage.js';
import { shareAcrossTabs, type Shared } from '../core/platform/sync.js';
import { controls } from '../styles/shared.js';
import { tokens } from '../styles/tokens.js';
import { breakReminderStyles } from './break-reminder.styles.js';
import {
  isState, pause, setEnd, setEvery, setNotify, snooze, taken, today, view, type BreakState, type View,
} from './schedule.js';
import { breakReminderStrings, type BreakReminderKey } from './strings.js';

/** How the person answered a break prompt. */
export type BreakAction = 'taken' | 'snooze' | 'pause';

/** `detail` of `wellbeing-break`; nothing about the person. */
export interface BreakDetail {
  /** `taken`: had a break; `snooze`: asked again in a few minutes; `pause`: no reminders for now. */
  action: BreakAction;
}

/** The events `<wellbeing-break-reminder>` fires, by name (bubbling and composed). */
export interface WellbeingBreakReminderEventMap {
  'wellbeing-break': CustomEvent<BreakDetail>;
}

/** Storage key (under `wellbeing-widgets:`) of today's record; stories may seed it. */
export const BREAK_KEY = 'break-reminder';

const minutes = (value: number, fallback: number) => (value > 0 ? value : fallback);
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

  /** Minutes between breaks (default 90). The person's own choice in the settings wins. */
  @property({ type: Number }) interval = 90;

  /** Minutes a snooze lasts (default 10). */
  @property({ type: Number }) snooze = 10;

  @state() private s?: BreakState;
  @state() private v?: View;
  @state() private open = false;
  @query('.toggle') private toggle?: HTMLButtonElement;

  private timer?: number;
  private shared?: Shared;
  private refocus = false;

  private get every(): number {
    return this.s?.every ?? minutes(this.interval, 90);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.shared = shareAcrossTabs(BREAK_KEY, this.adopt);
    // After sleep, or in a throttled background tab, look again as soon as the page is back.
    for (const type of WAKE_EVENTS) addEventListener(type, this.refresh);
    this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.shared?.close();
    for (const type of WAKE_EVENTS) removeEventListener(type, this.refresh);
    clock.clearTimeout(this.timer);
  }

  /** Reads today's state, shows what is due now and arms one timer for the next change. */
  private readonly refresh = () => {
    if (!this.isConnected) return; // a late answer must not arm a timer for a removed element
    const now = clock.now();
    const stored = storage.get(BREAK_KEY);
    const s = today(stored, now, minutes(this.interval, 90));
    if (s !== stored) storage.set(BREAK_KEY, s);
    const v = view(s, now);
    if (v.status === 'due' && this.v && this.v.status !== 'due') this.notify(s, v);
    this.s = s;
    this.v = v;
    clock.clearTimeout(this.timer);
    // A visible countdown updates each minute; a hidden tab wakes only when the status changes.
    this.timer = clock.setTimeout(this.refresh, (document.hidden ? v.wake : v.tick) - now);
  };

  /** Another tab or element changed the state: the newest copy wins. */
  private readonly adopt = (value?: unknown) => {
    const mine = storage.get(BREAK_KEY);
    if (isState(value) && !(isState(mine) && mine.at >= value.at)) storage.set(BREAK_KEY, value);
    this.refresh();
  };

  private save(next: BreakState): void {
    this.shared!.set(next);
    this.refresh();
  }

  private answer(action: BreakAction): void {
    const now = clock.now();
    const s = this.s!;
    this.save(
      action === 'taken' ? taken(s, now, this.every)
        : action === 'snooze' ? snooze(s, now, minutes(this.snooze, 10))
          : pause(s, now, true, this.every),
    );
    this.dispatchEvent(new CustomEvent<BreakDetail>('wellbeing-break', { bubbles: true, composed: true, detail: { action } }));
  }

  /** Opt-in desktop notification, one across tabs (same tag), only when this page isn't in front. */
  private notify(s: BreakState, v: View): void {
    if (!s.notify || document.hasFocus()) return;
    try {
      if (Notification.permission === 'granted') {
        new Notification(this.t(v.rest ? 'restTitle' : 'title'), { body: this.idea(s, v), tag: 'wellbeing-break' });
      }
    } catch {
      /* no notifications here (e.g. mobile browsers): the page prompt is enough */
    }
  }

  /** Asks for permission only now, after the person ticked the box. */
  private async setNotify(event: Event): Promise<void> {
    const box = event.target as HTMLInputElement;
    const on = box.checked && (await Notification.requestPermission()) === 'granted';
    box.checked = on;
    this.save(setNotify(this.s!, clock.now(), on));
  }

  private get t(): Translate<BreakReminderKey> {
    return this.translator('break-reminder', breakReminderStrings);
  }

  private idea(s: BreakState, v: View): string {
    const ideas = this.t(v.night ? 'nightIdeas' : 'ideas').split('\n');
    return ideas[s.n % ideas.length]!;
  }

  // If an answer here or in another tab removes the focused button, focus goes to the toggle.
  override willUpdate(): void {
    this.refocus = !!this.shadowRoot?.activeElement?.closest('.buttons');
  }

  override updated(): void {
    if (this.refocus && !this.shadowRoot!.activeElement) this.toggle?.focus();
  }

  override render() {
    const { s, v, t } = this;
    if (!s || !v) return nothing;
    const due = v.status === 'due';
    const label =
      v.status === 'idle' ? t('next', { count: v.minutes })
        : v.status === 'snoozed' ? t('snoozed', { count: v.minutes })
          : v.status === 'paused' ? t('paused') : t('settings');
    return html`<div class=${due || v.status === 'ended' ? 'prompt' : ''} part="prompt">
        <div aria-live="polite">${due
          ? html`<h2>${t(v.rest ? 'restTitle' : 'title')}</h2>
            ${v.rest ? html`<p>${t('rest')}</p>` : nothing}
            <p>${this.idea(s, v)}</p>`
          : v.status === 'ended' ? html`<p>${t('ended')}</p>` : nothing}</div>
        ${due
          ? html`<div class="buttons">
            <button class="button" @click=${() => this.answer('taken')}>${t('taken')}</button>
            <button class="button secondary" @click=${() => this.answer('snooze')}>${t('snooze', { count: minutes(this.snooze, 10) })}</button>
            <button class="button secondary" @click=${() => this.answer('pause')}>${t('pause')}</button>
          </div>`
          : nothing}
      </div>
      <button class="toggle" part="toggle" aria-expanded=${this.open} aria-controls="settings" @click=${() => (this.open = !this.open)}>${label}</button>
      <div class="settings" id="settings" part="settings" ?hidden=${!this.open}>${this.open ? this.renderSettings(s, t) : nothing}</div>`;
  }

  private renderSettings(s: BreakState, t: Translate<BreakReminderKey>) {
    const now = clock.now();
    const end = s.end && ukTime(s.end).minutes;
    const shared = this.translator('shared', sharedStrings);
    const time = (ms: number) => formatTime(ukTime(ms).minutes, shared);
    const x = (ms: number) => ((ms - s.start) / Math.max(Math.max(now, s.end ?? now) - s.start, 1)) * 100;
    return html`<label>${t('every')}
        <input type="number" min="5" max="360" step="5" .valueAsNumber=${this.every} @change=${(e: Event) => {
          const every = Math.round((e.target as HTMLInputElement).valueAsNumber);
          if (every >= 5 && every <= 360) this.save(setEvery(s, clock.now(), every));
        }} /></label>
      <label>${t('shiftEnd')}
        <input type="time" .value=${end === undefined ? '' : `${pad(end / 60)}:${pad(end % 60)}`} @change=${(e: Event) => {
          const [h, m] = (e.target as HTMLInputElement).value.split(':');
          this.save(setEnd(s, clock.now(), m ? +h! * 60 + +m : undefined));
        }} /></label>
      ${'Notification' in window
        ? html`<label class="check"><input type="checkbox" .checked=${!!s.notify} @change=${this.setNotify} />${t('notify')}</label>`
        : nothing}
      <button class="button secondary" @click=${() => this.save(pause(s, clock.now(), !s.paused, this.every))}>${t(s.paused ? 'resume' : 'pause')}</button>
      <h3>${t('today')}</h3>
      <svg part="timeline" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
        <rect class="day" y="4" width="100" height="4" />
        <rect class="done" y="4" width=${x(now)} height="4" />
        ${s.breaks.map((b) => svg`<rect class="break" x=${x(b) - 1} width="2" height="12" />`)}
      </svg>
      <p>${t('started', { time: time(s.start) })}
        ${s.breaks.length ? t('breaks', { times: s.breaks.map(time).join(', ') }) : t('noBreaks')}
        ${s.end ? t('ends', { time: time(s.end) }) : ''}</p>
      <p class="small">${t('private')}</p>`;
  }
}
