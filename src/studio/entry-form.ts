import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Hours } from '../core/contacts/hours.js';
import { parseUkDate, toUkDate } from './dates.js';
import { FIELDS, getPath, setPath, type Field, type Kind } from './fields.js';
import type { HoursChange } from './hours-editor.js';
import { withLabel, type Problem } from './problems.js';
import { studioStyles } from './studio-styles.js';

/** `detail` of `studio-entry-change`. */
export interface EntryChange {
  entry: Record<string, unknown>;
}

export const fieldId = (path: string): string => `f-${path.replace(/[^\w]+/g, '-')}`;

const listText = (value: unknown, separator: string) =>
  Array.isArray(value) ? value.join(separator) : typeof value === 'string' ? value : '';

/**
 * The form for one entry of a data file: every field of its kind, Welsh beside
 * English, with the validator's message under each field as you type.
 *
 * @fires studio-entry-change - `detail: { entry }`: the entry after each change.
 */
export class StudioEntryForm extends LitElement {
  static override styles = studioStyles;

  @property() kind: Kind = 'campaigns';

  @property({ attribute: false }) entry: Record<string, unknown> = {};

  /** This entry's problems (from problems.ts). */
  @property({ attribute: false }) problems: Problem[] = [];

  /** Show every field's problems; otherwise only those of fields already filled in or left (for a new, empty entry). */
  @property({ type: Boolean, attribute: 'show-all' }) showAll = true;

  /** Text being typed into date and list fields, kept as typed until the field is left. */
  @state() private typing = new Map<string, string>();
  @state() private touched = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind')) {
      this.typing = new Map();
      this.touched = new Set();
    }
  }

  /** Moves focus to a field (from a list of problems). */
  async focusField(path: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
    }
  }

  /** Forgets what was being typed (another entry is now shown). */
  reset(): void {
    this.typing = new Map();
    this.touched = new Set();
  }

  private set(path: string, value: unknown): void {
    this.entry = setPath(this.entry, path, value);
    this.dispatchEvent(
      new CustomEvent<EntryChange>('studio-entry-change', {
        detail: { entry: this.entry },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private type(field: Field, text: string): void {
    this.typing = new Map(this.typing).set(field.path, text);
    this.touch(field.path);
    if (field.type === 'date') {
      const result = parseUkDate(text);
      this.set(field.path, !result ? undefined : 'date' in result ? result.date : text);
    } else if (field.type === 'list' || field.type === 'lines') {
      const parts = text
        .split(field.type === 'lines' ? /\n/ : /,/)
        .map((s) => s.trim())
        .filter(Boolean);
      this.set(field.path, parts);
    }
  }

  private leave(path: string): void {
    this.touch(path);
    if (!this.typing.has(path)) return;
    const typing = new Map(this.typing);
    typing.delete(path);
    this.typing = typing;
  }

  private touch(path: string): void {
    if (!this.touched.has(path)) this.touched = new Set(this.touched).add(path);
  }

  private messagesFor(field: Field): Problem[] {
    if (!this.showAll && !this.touched.has(field.path)) return [];
    return this.problems
      .filter((p) => p.path === field.path)
      .map((p) => {
        // A date typed in a form the studio cannot read: say why, in the studio's words.
        const value = getPath(this.entry, field.path);
        if (field.type === 'date' && typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
          const read = parseUkDate(value);
          if (read && 'error' in read) return { ...p, message: read.error };
        }
        return p;
      });
  }

  private control(field: Field, describedBy: string): TemplateResult {
    const id = fieldId(field.path);
    const value = getPath(this.entry, field.path);
    const welsh = field.english ? 'cy' : nothing;
    const text = (e: Event) => (e.target as HTMLInputElement).value;
    switch (field.type) {
      case 'long-text':
        return html`<textarea id=${id} lang=${welsh} aria-describedby=${describedBy || nothing} rows="3" .value=${String(value ?? '')}
          @input=${(e: Event) => (this.touch(field.path), this.set(field.path, text(e)))} @blur=${() => this.touch(field.path)}></textarea>`;
      case 'date':
      case 'list':
      case 'lines': {
        const shown =
          this.typing.get(field.path) ??
          (field.type === 'date' ? toUkDate(value) : listText(value, field.type === 'lines' ? '\n' : ', '));
        return field.type === 'lines'
          ? html`<textarea id=${id} aria-describedby=${describedBy || nothing} rows="3" .value=${shown}
              @input=${(e: Event) => this.type(field, text(e))} @blur=${() => this.leave(field.path)}></textarea>`
          : html`<input id=${id} type="text" class=${field.type === 'date' ? 'short' : ''} autocomplete="off" aria-describedby=${describedBy || nothing}
              .value=${shown} @input=${(e: Event) => this.type(field, text(e))} @blur=${() => this.leave(field.path)} />`;
      }
      case 'number':
        return html`<input id=${id} type="number" class="short" step="1" aria-describedby=${describedBy || nothing} .value=${value === undefined ? '' : String(value)}
          @input=${(e: Event) => (this.touch(field.path), this.set(field.path, text(e) === '' ? undefined : Number(text(e))))} />`;
      case 'boolean':
        return html`<label class="check"
          ><input id=${id} type="checkbox" aria-describedby=${describedBy || nothing} .checked=${value === undefined ? !!field.defaultValue : value === true}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              this.set(field.path, on === !!field.defaultValue ? undefined : on);
            }} />${field.label}</label
        >`;
      case 'choice':
        return html`<select id=${id} aria-describedby=${describedBy || nothing} @change=${(e: Event) => (this.touch(field.path), this.set(field.path, text(e) || undefined))}>
          <option value="" ?selected=${value === undefined}>Not set</option>
          ${field.options!.map(([v, words]) => html`<option value=${v} ?selected=${value === v}>${words}</option>`)}
          ${typeof value === 'string' && !field.options!.some(([v]) => v === value) ? html`<option value=${value} selected>${value}</option>` : nothing}
        </select>`;
      default:
        return html`<input id=${id} type="text" lang=${welsh} aria-describedby=${describedBy || nothing} .value=${String(value ?? '')}
          @input=${(e: Event) => (this.touch(field.path), this.set(field.path, text(e)))} @blur=${() => this.touch(field.path)} />`;
    }
  }

  private choices(field: Field, describedBy: string): TemplateResult {
    const id = fieldId(field.path);
    const values = Array.isArray(getPath(this.entry, field.path)) ? (getPath(this.entry, field.path) as string[]) : [];
    const known = new Set(field.options!.map(([v]) => v));
    const others = values.filter((v) => !known.has(v));
    const toggle = (option: string, on: boolean) => {
      this.touch(field.path);
      const next = new Set(values);
      if (on) next.add(option);
      else next.delete(option);
      this.set(field.path, [...field.options!.map(([v]) => v).filter((v) => next.has(v)), ...others]);
    };
    const otherId = `${id}-other`;
    return html`<div class="checks">
        ${field.options!.map(
          ([option, words], i) => html`<label class="check"
            ><input type="checkbox" id=${i ? nothing : id} .checked=${values.includes(option)} @change=${(e: Event) => toggle(option, (e.target as HTMLInputElement).checked)} />${words}</label
          >`,
        )}
      </div>
      ${
        field.path === 'topics'
          ? html`<label for=${otherId}>Other topics</label>
            <span class="hint" id="${otherId}-hint">Your own topic names, separated with commas, for example pensions, parking.</span>
            <input id=${otherId} type="text" aria-describedby="${otherId}-hint ${describedBy}"
              .value=${this.typing.get(otherId) ?? others.join(', ')}
              @input=${(e: Event) => {
                const typed = (e.target as HTMLInputElement).value;
                this.typing = new Map(this.typing).set(otherId, typed);
                this.touch(field.path);
                const extra = typed
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean);
                this.set(field.path, [...values.filter((v) => known.has(v)), ...extra]);
              }}
              @blur=${() => this.leave(otherId)} />`
          : nothing
      }`;
  }

  private field(field: Field): TemplateResult {
    const problems = this.messagesFor(field);
    const hintId = field.hint ? `${fieldId(field.path)}-hint` : '';
    const errorId = problems.length ? `${fieldId(field.path)}-error` : '';
    const describedBy = [hintId, errorId].filter(Boolean).join(' ');
    const errors = problems.length
      ? html`<span class="${problems.some((p) => p.level === 'error') ? 'error-message' : 'warning-message'}" id=${errorId}>
          ${problems.map((p) => html`<span class="visually-hidden">${p.level === 'error' ? 'Error' : 'Warning'}:</span> ${/^is /.test(p.message) ? withLabel(field.label, p.message) : p.message} `)}
        </span>`
      : nothing;
    const hint = field.hint ? html`<span class="hint" id=${hintId}>${field.hint}</span>` : nothing;
    if (field.type === 'hours')
      return html`<wellbeing-studio-hours
        id=${fieldId(field.path)}
        .value=${getPath(this.entry, field.path) as Hours | undefined}
        .problems=${problems.map((p) => p.message)}
        @studio-hours-change=${(e: CustomEvent<HoursChange>) => this.set(field.path, e.detail.value)}
      ></wellbeing-studio-hours>`;
    const wrapped = field.type === 'choices';
    const label =
      field.type === 'boolean'
        ? nothing
        : wrapped
          ? nothing
          : html`<label for=${fieldId(field.path)}>${field.label}</label>`;
    const body = html`${label}${hint}${errors}${wrapped ? this.choices(field, describedBy) : this.control(field, describedBy)}`;
    return wrapped
      ? html`<fieldset class="field ${problems.length ? 'has-error' : ''}"><legend class="label">${field.label}</legend>${body}</fieldset>`
      : html`<div class="field ${problems.length ? 'has-error' : ''}">${body}</div>`;
  }

  override render() {
    const fields = FIELDS[this.kind];
    const out: TemplateResult[] = [];
    let group: { name: string; parts: TemplateResult[] } | undefined;
    const flush = () => {
      if (group) out.push(html`<fieldset class="group"><legend>${group.name}</legend>${group.parts}</fieldset>`);
      group = undefined;
    };
    for (const field of fields) {
      if (field.english) continue; // shown beside its English field
      const welsh = field.welsh ? fields.find((f) => f.path === field.welsh) : undefined;
      const part = welsh ? html`<div class="pair">${this.field(field)}${this.field(welsh)}</div>` : this.field(field);
      if (field.group !== group?.name) flush();
      if (field.group) (group ??= { name: field.group, parts: [] }).parts.push(part);
      else out.push(part);
    }
    flush();
    const entryProblems = this.problems.filter((p) => !p.path);
    return html`${entryProblems.map((p) => html`<p class=${p.level === 'error' ? 'error-message' : 'warning-message'}>${p.message}</p>`)}${out}`;
  }
}
