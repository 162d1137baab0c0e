import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { WEEKDAYS, type Weekday } from '../core/platform/clock.js';
import type { Hours, OpeningPeriod } from '../core/contacts/hours.js';
import { isOvernight } from './hours-text.js';
import { studioStyles } from './studio-styles.js';

const DAY_WORDS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `detail` of `studio-hours-change`: the new hours, or `undefined` for "not given". */
export interface HoursChange {
  value: Hours | undefined;
}

/**
 * Opening hours as days and times: "not given", "24 hours, every day", or
 * one or more sets of days with an opening and a closing time (a closing time
 * at or before the opening time runs overnight, as the data format says).
 *
 * @fires studio-hours-change - `detail: { value }` after each change.
 */
export class StudioHoursEditor extends LitElement {
  static override styles = [
    ...studioStyles,
    css`
      .times {
        display: flex;
        flex-wrap: wrap;
        gap: 0 24px;
      }
      .period {
        margin: 16px 0;
      }
      .period .hint:empty {
        display: none;
      }
    `,
  ];

  /** The hours being edited, as in the data files. */
  @property({ attribute: false }) value?: Hours;

  /** The validator's messages for these hours. */
  @property({ attribute: false }) problems: string[] = [];

  private get periods(): OpeningPeriod[] {
    return Array.isArray(this.value) ? this.value : [];
  }

  private change(value: Hours | undefined): void {
    this.value = value;
    this.dispatchEvent(
      new CustomEvent<HoursChange>('studio-hours-change', { detail: { value }, bubbles: true, composed: true }),
    );
  }

  private setPeriod(index: number, patch: Partial<OpeningPeriod>): void {
    this.change(this.periods.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  }

  private toggleDay(index: number, day: Weekday, on: boolean): void {
    const days = new Set(this.periods[index]?.days ?? []);
    if (on) days.add(day);
    else days.delete(day);
    this.setPeriod(index, { days: WEEKDAYS.filter((d) => days.has(d)) });
  }

  private async addTimes(): Promise<void> {
    this.change([...this.periods, { days: ['sat', 'sun'], opens: '10:00', closes: '16:00' }]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#period-${this.periods.length - 1}`)?.focus();
  }

  private async removeTimes(index: number): Promise<void> {
    const rest = this.periods.filter((_, i) => i !== index);
    this.change(rest.length ? rest : undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(rest.length ? '#add' : '#mode-none')?.focus();
  }

  private mode(): 'none' | 'always' | 'times' {
    return this.value === '24/7' ? 'always' : Array.isArray(this.value) ? 'times' : 'none';
  }

  private note(period: OpeningPeriod) {
    if (period.closes === '00:00' || period.closes === '24:00') return 'Closes at midnight.';
    return isOvernight(period) ? `Runs overnight: closes at ${period.closes} the next morning.` : nothing;
  }

  override render() {
    const mode = this.mode();
    const radio = (value: typeof mode, words: string, next: () => Hours | undefined) =>
      html`<label class="check"
        ><input type="radio" name="mode" id="mode-${value}" .checked=${mode === value} @change=${() => this.change(next())} />${words}</label
      >`;
    return html`<fieldset class="field ${this.problems.length ? 'has-error' : ''}" aria-describedby="hours-hint">
      <legend>Opening hours</legend>
      <span class="hint" id="hours-hint">When staff can use it, in UK time. The widgets show “Open now” or when it next opens.</span>
      ${this.problems.map((p) => html`<span class="error-message"><span class="visually-hidden">Error:</span> ${p}</span>`)}
      ${radio('none', 'Not given', () => undefined)} ${radio('always', 'Open 24 hours, every day', () => '24/7')}
      ${radio('times', 'Set days and times', () => [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }])}
      ${
        mode === 'times'
          ? html`${this.periods.map(
              (period, i) => html`<fieldset class="card period">
                <legend id="period-${i}" tabindex="-1">Times ${i + 1}</legend>
                <fieldset>
                  <legend class="label">Days</legend>
                  <div class="checks">
                    ${WEEKDAYS.map(
                      (day, d) => html`<label class="check"
                        ><input
                          type="checkbox"
                          .checked=${period.days.includes(day)}
                          @change=${(e: Event) => this.toggleDay(i, day, (e.target as HTMLInputElement).checked)}
                        />${DAY_WORDS[d]}</label
                      >`,
                    )}
                  </div>
                </fieldset>
                <div class="times">
                  <div>
                    <label for="opens-${i}">Opens</label>
                    <input
                      id="opens-${i}"
                      class="short"
                      type="time"
                      .value=${period.opens}
                      @input=${(e: Event) => this.setPeriod(i, { opens: (e.target as HTMLInputElement).value })}
                    />
                  </div>
                  <div>
                    <label for="closes-${i}">Closes</label>
                    <input
                      id="closes-${i}"
                      class="short"
                      type="time"
                      .value=${period.closes === '24:00' ? '00:00' : period.closes}
                      @input=${(e: Event) => this.setPeriod(i, { closes: (e.target as HTMLInputElement).value })}
                    />
                  </div>
                </div>
                <p class="hint">${this.note(period)}</p>
                <button type="button" class="link-button" @click=${() => this.removeTimes(i)}>Remove times ${i + 1}</button>
              </fieldset>`,
            )}
            <button type="button" class="button secondary small" id="add" @click=${this.addTimes}>Add more times</button>`
          : nothing
      }
    </fieldset>`;
  }
}
