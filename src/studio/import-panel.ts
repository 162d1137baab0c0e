import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { initialMapping, rememberChoices, type Mapping } from './columns.js';
import { decodeText, parseCsv, type CsvTable } from './csv.js';
import { fromJson, type DataFile } from './export.js';
import { FIELDS, KINDS, type Kind } from './fields.js';
import { importRows, type ImportResult } from './import-rows.js';
import { studioStyles } from './studio-styles.js';

/** `detail` of `studio-open`: a whole data file was opened (it replaces the draft of its kind). */
export interface OpenDetail {
  file: DataFile;
  name: string;
}

/** `detail` of `studio-rows`: spreadsheet rows to add to the draft. */
export interface RowsDetail {
  kind: Kind;
  entries: Record<string, unknown>[];
  name: string;
  /** rows that could not be used, added so the editor can fix them */
  toFix?: boolean;
}

/** The fields a spreadsheet must fill for its rows to be usable. */
const NEEDED: Record<Kind, string[]> = {
  campaigns: ['title', 'message', 'starts', 'ends'],
  services: ['name', 'summary'],
  contacts: ['name'],
};

/**
 * Opens a data file (file picker, drag and drop, or paste) or imports a
 * spreadsheet saved as CSV: the editor matches its columns to fields (the
 * choices are remembered), good rows are added, and rows that cannot be used
 * are listed by row number and title with every reason.
 *
 * @fires studio-open - `detail: { file, name }`: a JSON data file was opened.
 * @fires studio-rows - `detail: { kind, entries, name }`: rows to add.
 */
export class StudioImportPanel extends LitElement {
  static override styles = [
    ...studioStyles,
    css`
      .drop {
        margin: 0 0 24px;
        padding: 16px;
        border: 2px dashed var(--_secondary-text);
        background: #fff;
      }
      .drop.over {
        border-color: var(--_brand);
        background: #e8f1f8;
      }
      .drop p {
        margin: 0 0 8px;
      }
      .drop .buttons {
        margin-bottom: 8px;
      }
      @media (pointer: coarse) {
        .drag-hint {
          display: none;
        }
      }
      input[type='file'] {
        display: none;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        margin: 0 0 24px;
      }
      th,
      td {
        padding: 8px 8px 8px 0;
        border-bottom: 1px solid var(--_border);
        text-align: start;
        vertical-align: top;
      }
      td.example {
        color: var(--_secondary-text);
        overflow-wrap: anywhere;
      }
      @media (max-width: 40em) {
        thead {
          display: none;
        }
        tr,
        td,
        th {
          display: block;
          border: 0;
          padding: 0;
        }
        tr {
          padding: 8px 0 16px;
          border-bottom: 1px solid var(--_border);
        }
        td.example::before {
          content: 'For example: ';
        }
      }
      details {
        margin: 0;
      }
      details[open] {
        margin: 0 0 8px;
      }
      summary {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        color: var(--_link);
        text-decoration: underline;
        cursor: pointer;
      }
      summary:focus-visible {
        outline: 4px solid transparent;
        background: var(--_focus);
        color: var(--_focus-text);
        box-shadow: 0 4px var(--_focus-text);
        text-decoration: none;
      }
      .rejected li {
        margin-bottom: 8px;
      }
    `,
  ];

  @property() kind: Kind = 'campaigns';

  /** Ids already in the draft, so new ones do not clash. */
  @property({ attribute: false }) takenIds: string[] = [];

  @state() private table?: CsvTable;
  @state() private mapping: Mapping = [];
  @state() private fileName = '';
  @state() private result?: ImportResult;
  @state() private error = '';
  @state() private over = false;

  private get info() {
    return KINDS[this.kind];
  }

  /** Reads a file the editor chose or dropped. */
  async readFile(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.(xlsx|xlsm|xls|ods|numbers)$/i.test(file.name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
      this.fail(
        `${file.name} is a spreadsheet workbook. Save it as CSV first: in Excel choose File, Save a copy, then “CSV UTF-8 (comma delimited)”; in Google Sheets choose File, Download, “Comma-separated values”. Then choose the CSV file here.`,
      );
      return;
    }
    this.readText(decodeText(bytes), file.name);
  }

  /** Reads text: a JSON data file, or spreadsheet cells (CSV, or tab-separated as pasted from Excel). */
  readText(text: string, name: string): void {
    this.error = '';
    this.result = undefined;
    this.table = undefined;
    if (/^\s*[{[]/.test(text.replace(/^\uFEFF/, ''))) {
      const file = fromJson(text);
      if ('error' in file) return this.fail(`${name}: ${file.error}`);
      this.dispatchEvent(
        new CustomEvent<OpenDetail>('studio-open', { detail: { file, name }, bubbles: true, composed: true }),
      );
      return;
    }
    const table = parseCsv(text);
    if (!table.headers.some(Boolean) || !table.rows.length)
      return this.fail(
        `${name} has no rows to import. The first row should name the columns, and each row after it should be one ${this.info.one}.`,
      );
    this.table = table;
    this.fileName = name;
    this.mapping = initialMapping(this.kind, table.headers);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#map-heading')?.focus());
  }

  private fail(message: string): void {
    this.error = message;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#import-error')?.focus());
  }

  private import(): void {
    const table = this.table!;
    rememberChoices(this.kind, table.headers, this.mapping);
    const result = importRows(this.kind, table.rows, this.mapping, new Set(this.takenIds));
    this.result = result;
    this.table = undefined;
    this.emitRows(result.entries);
    // The draft's notice says what was added; focus goes to the rows that could not be used, if any.
    if (result.rejected.length)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus());
  }

  private emitRows(entries: Record<string, unknown>[], toFix = false): void {
    this.dispatchEvent(
      new CustomEvent<RowsDetail>('studio-rows', {
        detail: { kind: this.kind, entries, name: this.fileName, toFix },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private addRejected(): void {
    const rows = this.result?.rejected ?? [];
    this.emitRows(
      rows.map((r) => r.entry),
      true,
    );
    this.result = undefined;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.readFile(file);
  }

  private chooseFile(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')!.click();
  }

  private mappingStep() {
    const table = this.table!;
    const fields = FIELDS[this.kind];
    const example = (column: number) => table.rows.find((r) => r.cells[column]?.trim())?.cells[column]?.trim() ?? '';
    const missing = NEEDED[this.kind]
      .filter((path) => !this.mapping.includes(path))
      .map((path) => fields.find((f) => f.path === path)!.label);
    const rows = table.rows.length;
    return html`<section class="card" aria-labelledby="map-heading">
      <h3 id="map-heading" tabindex="-1">Match your columns</h3>
      <p>
        ${this.fileName} has ${rows} ${rows === 1 ? 'row' : 'rows'}. Choose what each column holds. The studio remembers your choices for the next
        spreadsheet with the same column names.
      </p>
      <table>
        <thead>
          <tr><th scope="col">Column</th><th scope="col">First value</th><th scope="col">Use it for</th></tr>
        </thead>
        <tbody>
          ${table.headers.map(
            (header, i) => html`<tr>
              <th scope="row">${header || `Column ${i + 1}`}</th>
              <td class="example">${example(i) || html`<span class="visually-hidden">(empty)</span>`}</td>
              <td>
                <select
                  aria-label="Use the column “${header || `Column ${i + 1}`}” for"
                  @change=${(e: Event) => {
                    const value = (e.target as HTMLSelectElement).value;
                    this.mapping = this.mapping.map((m, j) => (j === i ? value : m === value ? '' : m));
                  }}
                >
                  <option value="" ?selected=${!this.mapping[i]}>Leave it out</option>
                  ${fields.map((f) => html`<option value=${f.path} ?selected=${this.mapping[i] === f.path}>${f.label}</option>`)}
                </select>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${
        missing.length
          ? html`<p class="warning-message">No column is used for: ${missing.join(', ')}. Rows without them cannot be used.</p>`
          : nothing
      }
      ${this.info.idField && !this.mapping.includes('id') ? html`<p class="hint">Each ${this.info.one} gets a short name (id) made from its ${this.info.nameField}.</p>` : nothing}
      <div class="buttons">
        <button type="button" class="button" @click=${this.import}>Import ${rows} ${rows === 1 ? 'row' : 'rows'}</button>
        <button type="button" class="button secondary" @click=${() => (this.table = undefined)}>Cancel</button>
      </div>
    </section>`;
  }

  private resultStep() {
    const { rejected } = this.result!;
    if (!rejected.length) return nothing;
    return html`<section class="notice error" aria-labelledby="result-heading">
      <h3 id="result-heading" tabindex="-1">
        ${rejected.length === 1 ? '1 row' : `${rejected.length} rows`} of ${this.fileName} could not be used
      </h3>
      <ul class="rejected">
        ${rejected.map(
          (r) => html`<li>
            <strong>Row ${r.row}</strong>${r.title ? html` (${r.title})` : html` (no ${this.info.nameField})`}: ${r.reasons.join('; ')}
          </li>`,
        )}
      </ul>
      <p>Fix ${rejected.length === 1 ? 'it' : 'them'} in your spreadsheet and import it again, or add ${rejected.length === 1 ? 'it' : 'them'} here and fix ${rejected.length === 1 ? 'it' : 'them'} in the studio.</p>
      <div class="buttons">
        <button type="button" class="button secondary" @click=${this.addRejected}>Add ${rejected.length === 1 ? 'it' : 'them'} to fix here</button>
      </div>
    </section>`;
  }

  override render() {
    const { title, one } = this.info;
    return html`<div
        class="drop ${this.over ? 'over' : ''}"
        @dragover=${(e: DragEvent) => (e.preventDefault(), (this.over = true))}
        @dragleave=${() => (this.over = false)}
        @drop=${this.onDrop}
      >
        <p>
          Open a ${title.toLowerCase()} file (<code>.json</code>) you saved before, or import a spreadsheet saved as CSV with one ${one} a row. Rows from a
          spreadsheet are added to the ${title.toLowerCase()} already here.
        </p>
        <div class="buttons">
          <button type="button" class="button secondary" id="choose" @click=${this.chooseFile}>Choose a file</button>
          <span class="hint drag-hint" aria-hidden="true">or drag a file here</span>
        </div>
        <input
          type="file"
          tabindex="-1"
          aria-hidden="true"
          accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values,text/plain"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void this.readFile(file);
          }}
        />
        <details>
          <summary>Paste instead</summary>
          <label for="paste">Paste a data file, or cells copied from a spreadsheet (with the row of column names)</label>
          <textarea id="paste" rows="5"></textarea>
          <div class="buttons">
            <button
              type="button"
              class="button secondary"
              @click=${() => {
                const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste')!;
                if (box.value.trim()) this.readText(box.value, 'what you pasted');
              }}
            >
              Read what I pasted
            </button>
          </div>
        </details>
      </div>
      ${
        this.error
          ? html`<div class="notice error" role="alert"><p id="import-error" tabindex="-1"><strong>That file could not be used.</strong> ${this.error}</p></div>`
          : nothing
      }
      ${this.table ? this.mappingStep() : nothing} ${this.result ? this.resultStep() : nothing}`;
  }
}
