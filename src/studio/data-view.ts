import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isIsoDate } from '../core/data/schemas.js';
import { ukTime } from '../core/platform/clock.js';
import { shortDate, toUkDate } from './dates.js';
import { duplicateEntry, moveEntry, removeEntry, type Draft } from './draft.js';
import type { EntryChange, StudioEntryForm } from './entry-form.js';
import { toJson } from './export.js';
import { KINDS, getPath, type Kind } from './fields.js';
import { freeId } from './import-rows.js';
import type { RowsDetail } from './import-panel.js';
import { describeProblem, findProblems } from './problems.js';
import { studioStyles } from './studio-styles.js';
import type { EditDetail } from './timeline.js';

/** `detail` of `studio-draft`: the draft of one kind after a change. */
export interface DraftChange {
  kind: Kind;
  draft: Draft;
}

const INTRO: Record<Kind, string> = {
  campaigns: 'Plan the awareness campaigns the banner shows, and see what staff will see on any day.',
  services: 'List the support services the finder searches. Staff find them by topic, and in their own words.',
  contacts:
    'Add your Trust’s own urgent contacts. The help button shows them after the national lines (999, NHS 111, Samaritans and the others), which are built in.',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface Notice {
  text: string;
  kind: 'success' | 'info';
  /** the draft before the change, for Undo */
  undo?: Draft;
}

/**
 * One kind of data file (campaigns, services or help contacts): open or
 * import, a list of entries to edit, duplicate, reorder and delete (with
 * undo), the problems to fix, a preview, and the download.
 *
 * @fires studio-draft - `detail: { kind, draft }` after every change.
 */
export class StudioDataView extends LitElement {
  static override styles = [
    ...studioStyles,
    css`
      .entries {
        list-style: none;
        padding: 0;
        max-width: none;
      }
      .entry {
        margin: 0 0 16px;
        padding: 16px;
        border: 1px solid var(--_border);
        border-left: 6px solid var(--_border);
        background: var(--_card);
      }
      .entry.open {
        border-left-color: var(--_brand);
      }
      .entry.bad {
        border-left-color: var(--_error);
      }
      .entry h3 {
        margin: 0 0 4px;
        overflow-wrap: anywhere;
      }
      .meta {
        margin: 0 0 8px;
        color: var(--_secondary-text);
      }
      .entry .buttons {
        gap: 8px 16px;
        margin: 8px 0 0;
      }
      .entry-form {
        margin-top: 24px;
        padding-top: 24px;
        border-top: 1px solid var(--_border);
      }
      .summary-list li {
        margin: 0;
      }
      .summary-list .link-button {
        text-align: start;
        color: var(--_error);
        font-weight: 600;
      }
      section {
        margin: 0 0 40px;
      }
    `,
  ];

  @property() kind: Kind = 'campaigns';

  @property({ attribute: false }) draft: Draft = { items: [], extras: {}, unsaved: false };

  @state() private selected = -1;
  @state() private notice?: Notice;
  /** the entry just added, whose empty fields are not yet called errors */
  @state() private fresh = -1;
  @state() private wantsDownload = false;

  private get info() {
    return KINDS[this.kind];
  }

  private change(draft: Partial<Draft>, notice?: Notice): void {
    const next: Draft = { ...this.draft, ...draft, unsaved: true };
    this.draft = next;
    this.notice = notice;
    this.dispatchEvent(
      new CustomEvent<DraftChange>('studio-draft', {
        detail: { kind: this.kind, draft: next },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private nameOf(entry: Record<string, unknown> | undefined): string {
    const name = entry && getPath(entry, this.info.nameField);
    return typeof name === 'string' && name.trim() ? name : `Untitled ${this.info.one}`;
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(selector);
    el?.focus();
    el?.scrollIntoView?.({ block: 'nearest' });
  }

  /** Shows a notice (a line of text, perhaps with Undo) that screen readers announce. */
  private say(notice: Notice): void {
    this.notice = notice;
  }

  /** Says what just happened (a file was opened), with Undo back to `undo`. */
  announce(text: string, undo?: Draft): void {
    this.selected = -1;
    this.say({ text, kind: 'success', undo });
    void this.focusOn(undo ? '#undo' : '#list-heading');
  }

  /** Adds rows from a spreadsheet (called by the app, or by the import panel's event). */
  addRows({ entries, name, toFix }: RowsDetail): void {
    const { idField } = this.info;
    const taken = new Set(this.draft.items.map((item) => String(item.id ?? '')));
    const added = idField ? entries.map((e) => ({ ...e, id: freeId(String(e.id || 'entry'), taken) })) : entries;
    const before = this.draft;
    const text = toFix
      ? `Added ${plural(added.length, 'row')} to fix. Their problems are listed below.`
      : `Added ${plural(added.length, this.info.one)} from ${name}.`;
    this.change(
      { items: [...this.draft.items, ...added] },
      { text, kind: added.length || toFix ? 'success' : 'info', undo: added.length ? before : undefined },
    );
    if (toFix) void this.focusOn('#problems-heading');
  }

  private add(): void {
    const items = [...this.draft.items, {}];
    this.change({ items });
    this.selected = items.length - 1;
    this.fresh = this.selected;
    void this.focusOn('#form-heading');
  }

  private toggle(index: number): void {
    this.selected = this.selected === index ? -1 : index;
    this.renderRoot.querySelector<StudioEntryForm>('wellbeing-studio-entry-form')?.reset();
    if (this.selected >= 0) void this.focusOn('#form-heading');
  }

  private duplicate(index: number): void {
    this.change(
      { items: duplicateEntry(this.kind, this.draft.items, index) },
      { text: `Made a copy of “${this.nameOf(this.draft.items[index])}” below it.`, kind: 'info' },
    );
    if (this.selected > index) this.selected++;
    void this.focusOn(`#edit-${index + 1}`);
  }

  private move(index: number, step: number): void {
    const to = index + step;
    this.change(
      { items: moveEntry(this.draft.items, index, to) },
      {
        text: `Moved “${this.nameOf(this.draft.items[index])}” to position ${to + 1} of ${this.draft.items.length}.`,
        kind: 'info',
      },
    );
    if (this.selected === index) this.selected = to;
    else if (this.selected === to) this.selected = index;
    const atEnd = to === 0 || to === this.draft.items.length - 1;
    void this.focusOn(atEnd ? `#${step < 0 ? 'down' : 'up'}-${to}` : `#${step < 0 ? 'up' : 'down'}-${to}`);
  }

  private deleteEntry(index: number): void {
    const before = this.draft;
    this.change(
      { items: removeEntry(this.draft.items, index) },
      { text: `Deleted “${this.nameOf(this.draft.items[index])}”.`, kind: 'info', undo: before },
    );
    if (this.selected === index) this.selected = -1;
    else if (this.selected > index) this.selected--;
    void this.focusOn('#undo');
  }

  private undo(): void {
    const before = this.notice?.undo;
    if (!before) return;
    this.change({ items: before.items, extras: before.extras }, { text: 'Undone.', kind: 'info' });
    this.selected = -1;
    void this.focusOn('#list-heading');
  }

  private startAgain(): void {
    const before = this.draft;
    this.change(
      { items: [], extras: {} },
      { text: `Removed all ${this.info.title.toLowerCase()}.`, kind: 'info', undo: before },
    );
    this.selected = -1;
    void this.focusOn('#undo');
  }

  private download(errorCount: number): void {
    if (errorCount) {
      this.wantsDownload = true;
      this.notice = undefined;
      void this.focusOn('#problems-heading');
      return;
    }
    const { kind } = this;
    const text = toJson({ kind, items: this.draft.items, extras: this.draft.extras });
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: this.info.fileName });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.draft = { ...this.draft, unsaved: false };
    this.dispatchEvent(
      new CustomEvent<DraftChange>('studio-draft', {
        detail: { kind, draft: this.draft },
        bubbles: true,
        composed: true,
      }),
    );
    this.say({
      text: `Downloaded ${this.info.fileName}. Put it on your intranet in the folder with wellbeing-widgets.js.`,
      kind: 'success',
    });
  }

  private async goTo(index: number, path: string): Promise<void> {
    this.selected = index;
    await this.updateComplete;
    await this.renderRoot.querySelector<StudioEntryForm>('wellbeing-studio-entry-form')?.focusField(path);
  }

  private meta(entry: Record<string, unknown>): string {
    if (this.kind === 'campaigns') {
      const { starts, ends, repeats } = entry as { starts?: string; ends?: string; repeats?: string };
      const when = (d?: string) => (isIsoDate(d) ? shortDate(d) : toUkDate(d) || '?');
      if (!starts && !ends) return 'No dates yet';
      const dates = starts === ends ? when(starts) : `${when(starts)} to ${when(ends)}`;
      return repeats === 'yearly' ? `${dates}, then every year` : dates;
    }
    if (this.kind === 'services') {
      const topics = entry.topics;
      return Array.isArray(topics) && topics.length ? `Topics: ${topics.join(', ')}` : 'No topics yet';
    }
    const how = ['phone', 'email', 'url'].map((k) => entry[k]).find((v) => typeof v === 'string');
    return typeof how === 'string' ? how : 'No phone, email or website yet';
  }

  /** The entry being edited, its form and its problems. */
  private form(index: number, problems: ReturnType<typeof findProblems>): TemplateResult {
    const entry = this.draft.items[index]!;
    return html`<div class="entry-form" id="form-${index}">
      <h3 id="form-heading" tabindex="-1">Edit ${this.nameOf(entry)}</h3>
      <p class="hint">Changes are saved in this browser as you type.</p>
      <wellbeing-studio-entry-form
        kind=${this.kind}
        .entry=${entry}
        .problems=${problems.entries[index] ?? []}
        ?show-all=${this.fresh !== index || this.wantsDownload}
        @studio-entry-change=${(e: CustomEvent<EntryChange>) => {
          e.stopPropagation();
          this.change({ items: this.draft.items.map((item, i) => (i === index ? e.detail.entry : item)) });
        }}
      ></wellbeing-studio-entry-form>
      <div class="buttons">
        <button type="button" class="button" @click=${() => this.toggle(index)}>Done</button>
      </div>
    </div>`;
  }

  private problemSummary(problems: ReturnType<typeof findProblems>): TemplateResult | typeof nothing {
    const lines: Array<{ index: number; path: string; text: string }> = [];
    problems.entries.forEach((list, index) =>
      list
        .filter((p) => p.level === 'error' && (this.fresh !== index || this.wantsDownload))
        .forEach((p) =>
          lines.push({
            index,
            path: p.path,
            text: `${this.nameOf(this.draft.items[index])}: ${describeProblem(this.kind, p)}`,
          }),
        ),
    );
    const fileLines = problems.file;
    const count = lines.length + fileLines.length;
    if (!count) return nothing;
    const shown = lines.slice(0, 25);
    return html`<div class="notice error" aria-labelledby="problems-heading">
      <h2 id="problems-heading" tabindex="-1">${count === 1 ? '1 problem' : `${count} problems`} to fix before you download</h2>
      <ul class="summary-list">
        ${shown.map((line) => html`<li><button type="button" class="link-button" @click=${() => this.goTo(line.index, line.path)}>${line.text}</button></li>`)}
        ${fileLines.map((line) => html`<li>${line}</li>`)}
      </ul>
      ${lines.length > shown.length ? html`<p>And ${lines.length - shown.length} more.</p>` : nothing}
    </div>`;
  }

  /** What each kind shows under its list: overridden in spirit by the campaign calendar. */
  private preview(): TemplateResult {
    const { kind } = this;
    const file = { [this.info.spec.list]: this.draft.items, ...this.draft.extras };
    if (kind === 'campaigns')
      return html`<wellbeing-studio-timeline
        .campaigns=${this.draft.items}
        today=${ukTime().date}
        @studio-edit=${(e: CustomEvent<EditDetail>) => this.goTo(e.detail.index, 'title')}
      ></wellbeing-studio-timeline>`;
    const widget =
      kind === 'services'
        ? { tag: 'wellbeing-support-finder', attributes: {} }
        : { tag: 'wellbeing-help-now', attributes: { variant: 'inline' } };
    return html`<p>This is the real ${kind === 'services' ? 'support finder' : 'help button'} with your ${this.info.title.toLowerCase()}. Entries with problems are left out, as they would be on your intranet.</p>
      <wellbeing-studio-preview
        label="Preview of the ${kind === 'services' ? 'support finder' : 'help button'}"
        .message=${{ mode: 'page', provider: {}, widgets: [widget], data: kind === 'services' ? { services: file } : { help: file } }}
      ></wellbeing-studio-preview>`;
  }

  override render() {
    const { title, one, fileName } = this.info;
    const items = this.draft.items;
    const problems = findProblems(this.kind, items, this.draft.extras);
    const shownErrors = problems.entries.reduce(
      (n, list, i) =>
        n + (this.fresh === i && !this.wantsDownload ? 0 : list.filter((p) => p.level === 'error').length),
      0,
    );
    return html`
      <h1 id="view-heading" tabindex="-1">${title}</h1>
      <p class="lede">${INTRO[this.kind]}</p>

      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Open or import</h2>
        <wellbeing-studio-import
          kind=${this.kind}
          .takenIds=${items.map((item) => String(item.id ?? ''))}
          @studio-rows=${(e: CustomEvent<RowsDetail>) => (e.stopPropagation(), this.addRows(e.detail))}
        ></wellbeing-studio-import>
      </section>

      <div role="status" class="status">
        ${
          this.notice
            ? html`<div class="notice ${this.notice.kind === 'success' ? 'success' : ''}">
              <p>
                ${this.notice.text}
                ${this.notice.undo ? html`<button type="button" class="link-button" id="undo" @click=${this.undo}>Undo</button>` : nothing}
              </p>
            </div>`
            : nothing
        }
      </div>

      ${this.problemSummary(problems)}

      <section aria-labelledby="list-heading">
        <h2 id="list-heading" tabindex="-1">Your ${title.toLowerCase()} (${items.length})</h2>
        ${
          items.length
            ? html`<ol class="entries">
              ${items.map((entry, i) => {
                const errors = (problems.entries[i] ?? []).filter((p) => p.level === 'error').length;
                const warnings = (problems.entries[i] ?? []).length - errors;
                const hideErrors = this.fresh === i && !this.wantsDownload;
                const name = this.nameOf(entry);
                const hidden = html`<span class="visually-hidden"> ${name}</span>`;
                return html`<li class="entry ${this.selected === i ? 'open' : ''} ${errors && !hideErrors ? 'bad' : ''}">
                  <h3>${name}</h3>
                  <p class="meta">${this.meta(entry)}</p>
                  ${
                    hideErrors
                      ? html`<span class="tag note">New</span>`
                      : errors
                        ? html`<span class="tag bad">${plural(errors, 'problem')} to fix</span>`
                        : warnings
                          ? html`<span class="tag note">Ready, with ${plural(warnings, 'warning')}</span>`
                          : html`<span class="tag good">Ready</span>`
                  }
                  <div class="buttons">
                    <button type="button" class="button small ${this.selected === i ? '' : 'secondary'}" id="edit-${i}" aria-expanded=${this.selected === i ? 'true' : 'false'} @click=${() => this.toggle(i)}>
                      ${this.selected === i ? 'Close' : 'Edit'}${hidden}
                    </button>
                    <button type="button" class="link-button" @click=${() => this.duplicate(i)}>Duplicate${hidden}</button>
                    ${i > 0 ? html`<button type="button" class="link-button" id="up-${i}" @click=${() => this.move(i, -1)}>Move up${hidden}</button>` : nothing}
                    ${i < items.length - 1 ? html`<button type="button" class="link-button" id="down-${i}" @click=${() => this.move(i, 1)}>Move down${hidden}</button>` : nothing}
                    <button type="button" class="link-button" @click=${() => this.deleteEntry(i)}>Delete${hidden}</button>
                  </div>
                  ${this.selected === i ? this.form(i, problems) : nothing}
                </li>`;
              })}
            </ol>`
            : html`<p>No ${title.toLowerCase()} yet. Import a spreadsheet above, or add one here.</p>`
        }
        <div class="buttons">
          <button type="button" class="button secondary" @click=${this.add}>Add a ${one}</button>
        </div>
      </section>

      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">${this.kind === 'campaigns' ? 'Calendar and preview' : 'Preview'}</h2>
        ${this.preview()}
      </section>

      <section aria-labelledby="save-heading">
        <h2 id="save-heading">Download your file</h2>
        <p>
          Your work is kept in this browser as you go, and nothing is uploaded. When it is ready, download <code>${fileName}</code> and put it on your
          intranet in the folder with <code>wellbeing-widgets.js</code>. Your web team can check it with <code>npx wellbeing-widgets validate ${fileName}</code>.
        </p>
        ${shownErrors ? html`<p class="warning-message">Fix the ${plural(shownErrors, 'problem')} above first.</p>` : nothing}
        <div class="buttons">
          <button type="button" class="button" id="download" @click=${() => this.download(problems.errorCount)}>Download ${fileName}</button>
          ${items.length ? html`<button type="button" class="button secondary" @click=${this.startAgain}>Start again</button>` : nothing}
        </div>
      </section>
    `;
  }
}
