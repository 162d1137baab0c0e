import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addDays, nextOccurrence, type DateSpan } from '../campaign-banner/schedule.js';
import { isIsoDate } from '../core/data/schemas.js';
import type { Campaign } from '../core/data/schemas.js';
import { longDate, monthName, parseUkDate, shortDate } from './dates.js';
import { findProblems } from './problems.js';
import { addMonths, lastDay, monthOf, type Live } from './timeline-model.js';
import { studioStyles } from './studio-styles.js';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const COLOURS = 6;

const spanText = ({ starts, ends }: DateSpan) =>
  starts === ends ? shortDate(starts) : `${shortDate(starts)} to ${shortDate(ends)}`;

/** `detail` of `studio-edit`: the editor asked to edit this campaign. */
export interface EditDetail {
  index: number;
}

/**
 * The campaign calendar: a month at a time in UK dates, each day showing the
 * campaigns the banner shows then (yearly repeats and page rules included),
 * with the gaps and overlaps listed; choosing a day shows the real banner as
 * staff will see it that day (`preview-date`). Arrow keys move between days,
 * Page Up and Page Down between months.
 *
 * @fires studio-edit - `detail: { index }`: edit this campaign.
 */
export class StudioTimeline extends LitElement {
  static override styles = [
    ...studioStyles,
    css`
      .month-bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px 16px;
        margin: 0 0 16px;
      }
      .calendar {
        width: 100%;
        max-width: 44em;
        border-collapse: collapse;
        table-layout: fixed;
        margin: 0 0 24px;
      }
      @media (max-width: 24em) {
        .calendar {
          width: calc(100% + 24px);
          margin: 0 -12px 24px;
        }
      }
      th {
        padding: 4px 0;
        font-size: 0.875rem;
        text-align: center;
      }
      abbr {
        text-decoration: none;
      }
      td {
        padding: 1px;
      }
      .day {
        display: flex;
        flex-direction: column;
        align-items: stretch;
        justify-content: flex-start;
        gap: 2px;
        width: 100%;
        min-width: 44px;
        min-height: 64px;
        margin: 0;
        padding: 2px 3px 4px;
        border: 1px solid var(--_border);
        border-radius: 0;
        background: #fff;
        color: var(--_text);
        font: inherit;
        text-align: start;
        cursor: pointer;
      }
      .day.other {
        color: var(--_secondary-text);
        background: var(--_background);
      }
      .day.gap {
        background: repeating-linear-gradient(135deg, #fff, #fff 6px, #eef1f2 6px, #eef1f2 9px);
      }
      .day.other.gap {
        background: var(--_background);
      }
      .day[aria-pressed='true'] {
        outline: 3px solid var(--_text);
        outline-offset: -3px;
      }
      .day:focus-visible {
        outline: 4px solid var(--_focus);
        outline-offset: 0;
        box-shadow: inset 0 0 0 3px var(--_text);
        background: #fff;
        color: var(--_text);
      }
      .number {
        font-weight: 600;
        line-height: 1.5;
      }
      .today .number {
        align-self: flex-start;
        padding: 0 4px;
        border-radius: 12px;
        background: var(--_brand);
        color: #fff;
      }
      .bar {
        display: block;
        height: 6px;
        border-radius: 3px;
      }
      .more {
        font-size: 0.75rem;
        line-height: 1;
      }
      .c0 {
        background: #005eb8;
      }
      .c1 {
        background: #007f3b;
      }
      .c2 {
        background: #ae2573;
      }
      .c3 {
        background: #ed8b00;
      }
      .c4 {
        background: #330072;
      }
      .c5 {
        background: #00a499;
      }
      .legend {
        list-style: none;
        padding: 0;
      }
      .legend li {
        display: grid;
        grid-template-columns: 16px 1fr;
        gap: 0 12px;
        margin: 0 0 12px;
      }
      .swatch {
        width: 16px;
        height: 16px;
        margin-top: 4px;
        border-radius: 3px;
      }
      .preview {
        padding: 8px;
        border: 2px dashed var(--_border);
        background: var(--_background);
      }
    `,
  ];

  /** The campaigns draft, as the editor has it. */
  @property({ attribute: false }) campaigns: Record<string, unknown>[] = [];

  /** Today in the UK, `YYYY-MM-DD`. */
  @property() today = '';

  @state() private month = '';
  @state() private selected = '';
  @state() private focusDate = '';
  @state() private page = '';
  @state() private goToError = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('today') && isIsoDate(this.today)) {
      this.selected ||= this.today;
      this.focusDate ||= this.today;
      this.month ||= this.today.slice(0, 7);
    }
  }

  /** The campaigns the banner would show (entries with problems are skipped, as the banner skips them). */
  private live(): { live: Live[]; broken: number[] } {
    const problems = findProblems('campaigns', this.campaigns).entries;
    const live: Live[] = [];
    const broken: number[] = [];
    this.campaigns.forEach((entry, index) => {
      if (problems[index]!.some((p) => p.level === 'error')) broken.push(index);
      else live.push({ campaign: entry as unknown as Campaign, index });
    });
    return { live, broken };
  }

  /** Shows `date` (and its month) and moves keyboard focus to it. */
  private async show(date: string, { select = false, focus = true } = {}): Promise<void> {
    this.focusDate = date;
    this.month = date.slice(0, 7);
    if (select) this.selected = date;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-date="${date}"]`)?.focus();
  }

  private onKey(event: KeyboardEvent): void {
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    const date = this.focusDate;
    let next: string | undefined;
    if (event.key in steps) next = addDays(date, steps[event.key]!);
    else if (event.key === 'Home') next = addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
    else if (event.key === 'End') next = addDays(date, 6 - ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
    else if (event.key === 'PageUp' || event.key === 'PageDown') {
      const month = addMonths(date.slice(0, 7), event.key === 'PageUp' ? -1 : 1);
      const day = Math.min(+date.slice(8), +addDays(`${addMonths(month, 1)}-01`, -1).slice(8));
      next = `${month}-${String(day).padStart(2, '0')}`;
    }
    if (!next) return;
    event.preventDefault();
    void this.show(next);
  }

  private goTo(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#go-to')!;
    const read = parseUkDate(input.value);
    if (!read) return;
    if ('error' in read) {
      this.goToError = read.error;
      return;
    }
    this.goToError = '';
    void this.show(read.date, { select: true });
  }

  private stepMonth(step: number): void {
    const month = addMonths(this.month, step);
    this.month = month;
    this.focusDate = this.selected.startsWith(month) ? this.selected : `${month}-01`;
  }

  override render() {
    if (!this.month) return nothing;
    const { live, broken } = this.live();
    const page = this.page.trim();
    const model = monthOf(live, this.month, page || undefined);
    const name = (c: Campaign) => c.title || c.id;
    const selectedDay = model.weeks.flat().find((d) => d.date === this.selected);
    // The next campaign to start after this month, for a month with none.
    const after = lastDay(this.month);
    const upcoming = live
      .map((l) => ({ campaign: l.campaign, span: nextOccurrence(l.campaign, addDays(after, 1)) }))
      .filter((u) => u.span)
      .sort((a, b) => (a.span!.starts < b.span!.starts ? -1 : 1))[0];
    // Without a page, the preview ignores page rules, as the calendar does.
    const previewCampaigns = page ? this.campaigns : this.campaigns.map(({ pages: _, ...rest }) => rest);
    return html`
      <div class="field">
        <label for="page">Page (optional)</label>
        <span class="hint" id="page-hint">A page address, such as <code>/wards/ward-7/</code>, to see only the campaigns for that page. Leave it blank for every page.</span>
        <input id="page" type="text" aria-describedby="page-hint" .value=${this.page} @input=${(e: Event) => (this.page = (e.target as HTMLInputElement).value)} />
      </div>

      <h3 id="month-heading" aria-live="polite">${monthName(`${this.month}-01`)}</h3>
      <div class="month-bar">
        <button type="button" class="button secondary small" @click=${() => this.stepMonth(-1)}>Previous<span class="visually-hidden"> month</span></button>
        <button type="button" class="button secondary small" @click=${() => this.stepMonth(1)}>Next<span class="visually-hidden"> month</span></button>
        <button type="button" class="link-button" @click=${() => this.show(this.today, { select: true, focus: false })}>Today</button>
      </div>

      <table class="calendar" aria-labelledby="month-heading" aria-describedby="calendar-keys">
        <thead>
          <tr>
            ${DAYS.map((day) => html`<th scope="col"><abbr title=${day}>${day.slice(0, 3)}</abbr></th>`)}
          </tr>
        </thead>
        <tbody @keydown=${this.onKey}>
          ${model.weeks.map(
            (week) => html`<tr>
              ${week.map((day) => {
                const other = !day.date.startsWith(this.month);
                const titles = day.campaigns.map((l) => name(l.campaign));
                const what = !titles.length
                  ? 'no banner'
                  : titles.length === 1
                    ? titles[0]
                    : `${titles.length} in turn: ${titles.join(', ')}`;
                return html`<td>
                  <button
                    type="button"
                    class="day ${other ? 'other' : ''} ${titles.length ? '' : 'gap'} ${day.date === this.today ? 'today' : ''}"
                    data-date=${day.date}
                    tabindex=${day.date === this.focusDate ? '0' : '-1'}
                    aria-pressed=${day.date === this.selected ? 'true' : 'false'}
                    aria-current=${day.date === this.today ? 'date' : nothing}
                    @click=${() => this.show(day.date, { select: true })}
                  >
                    <span class="number" aria-hidden="true">${+day.date.slice(8)}</span>
                    ${day.campaigns.slice(0, 3).map((l) => html`<span class="bar c${l.index % COLOURS}" aria-hidden="true"></span>`)}
                    ${day.campaigns.length > 3 ? html`<span class="more" aria-hidden="true">+${day.campaigns.length - 3}</span>` : nothing}
                    <span class="visually-hidden">${longDate(day.date)}: ${what}</span>
                  </button>
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="hint" id="calendar-keys">Choose a day to see the banner on it. In the calendar, arrow keys move between days, and Page Up and Page Down between months.</p>

      <div class="field ${this.goToError ? 'has-error' : ''}">
        <label for="go-to">Or type a day</label>
        <span class="hint" id="go-to-hint">For example, 14/05/2027.</span>
        ${this.goToError ? html`<span class="error-message" id="go-to-error"><span class="visually-hidden">Error:</span> ${this.goToError}</span>` : nothing}
        <div class="buttons">
          <input id="go-to" type="text" class="short" autocomplete="off" aria-describedby="go-to-hint ${this.goToError ? 'go-to-error' : ''}"
            @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.goTo()} />
          <button type="button" class="button secondary small" @click=${this.goTo}>Show this day</button>
        </div>
      </div>

      <h3>In ${monthName(`${this.month}-01`)}${page ? html`, on <code>${page}</code>` : ''}</h3>
      ${
        model.showing.length
          ? html`<ul class="legend">
            ${model.showing.map(
              ({ campaign, index, spans }) => html`<li>
                <span class="swatch c${index % COLOURS}" aria-hidden="true"></span>
                <span>
                  <strong>${name(campaign)}</strong>: ${spans.map(spanText).join(', ')}${
                    campaign.repeats === 'yearly'
                      ? html`, every year${campaign.until ? ` until ${campaign.until}` : ''}`
                      : ''
                  }${campaign.priority ? `, priority ${campaign.priority}` : ''}.
                  ${campaign.pages?.include?.length ? html`Only on ${campaign.pages.include.map((p, i) => html`${i ? ', ' : ''}<code>${p}</code>`)}.` : 'On every page.'}
                  ${campaign.pages?.exclude?.length ? html`Never on ${campaign.pages.exclude.map((p, i) => html`${i ? ', ' : ''}<code>${p}</code>`)}.` : nothing}
                  <button type="button" class="link-button" @click=${() => this.dispatchEvent(new CustomEvent<EditDetail>('studio-edit', { detail: { index }, bubbles: true, composed: true }))}>
                    Edit<span class="visually-hidden"> ${name(campaign)}</span>
                  </button>
                </span>
              </li>`,
            )}
          </ul>`
          : html`<p>
            No campaign shows this month.
            ${
              upcoming
                ? html`The next is ${name(upcoming.campaign)}, from ${longDate(upcoming.span!.starts)}.
                  <button type="button" class="link-button" @click=${() => this.show(upcoming.span!.starts, { select: true, focus: false })}>
                    Show ${longDate(upcoming.span!.starts)}
                  </button>`
                : 'Add one, or import a spreadsheet.'
            }
          </p>`
      }
      <p><strong>No banner:</strong> ${model.gaps.length ? model.gaps.map(spanText).join(', ') : 'none, a campaign shows every day'}.</p>
      <p><strong>Two or more in turn:</strong> ${model.overlaps.length ? model.overlaps.map(spanText).join(', ') : 'none'}.</p>
      ${
        broken.length
          ? html`<p class="warning-message">Not on the calendar until its problems are fixed: ${broken.map((i) => String(this.campaigns[i]!.title || `campaign ${i + 1}`)).join(', ')}.</p>`
          : nothing
      }

      <h3 id="preview-day">The banner on ${longDate(this.selected)}${page ? html`, on <code>${page}</code>` : ''}</h3>
      <p class="hint">
        ${
          selectedDay && !selectedDay.campaigns.length
            ? 'No campaign shows on this day, so the banner takes no space at all.'
            : 'This is the real banner, as staff will see it on that day. Dismissing it here is not remembered.'
        }
      </p>
      <div class="preview">
        <wellbeing-studio-preview
          label="The campaign banner on ${longDate(this.selected)}"
          .message=${{
            mode: 'page',
            provider: {},
            widgets: [
              {
                tag: 'wellbeing-campaign-banner',
                attributes: { 'preview-date': this.selected, ...(page ? { path: page } : {}) },
              },
            ],
            data: { campaigns: { campaigns: previewCampaigns } },
          }}
        ></wellbeing-studio-preview>
      </div>
    `;
  }
}
