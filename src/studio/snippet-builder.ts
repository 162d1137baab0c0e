import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { storage } from '../core/platform/storage.js';
import type { AttributeInput, ElementForm } from './manifest-forms.js';
import type { PreviewHeight } from './preview-frame.js';
import type { RenderMessage } from './preview-protocol.js';
import { SNIPPETS, iframeHeight, type SnippetConfig, type SnippetForm, type WidgetChoice } from './snippet.js';
import { studioStyles } from './studio-styles.js';

const PROVIDER = 'wellbeing-provider';

/** Names for attributes whose own names are code. */
const LABELS: Record<string, string> = {
  'trust-name': 'Trust name',
  locale: 'Language',
  'help-src': 'Help contacts file',
  'services-src': 'Services file',
  'campaigns-src': 'Campaigns file',
  src: 'Data file (instead of the one set above)',
  'rotate-seconds': 'Seconds between campaigns',
};

const FORM_WORDS: Record<SnippetForm, [string, string]> = {
  module: ['Script (best)', 'For most CMSs and page templates: paste it into the page’s HTML or source view.'],
  classic: ['Classic script', 'If your CMS removes type="module" from scripts.'],
  iframe: ['Iframe', 'If your CMS removes scripts altogether. Upload embed.html, embed.js and embed.css too.'],
  wordpress: [
    'WordPress shortcode',
    'If your intranet runs WordPress with the Wellbeing Widgets plugin. Set your Trust’s name, nation, language and data files once, in WordPress under Settings, Wellbeing Widgets. The shortcode takes only the help button’s “inline” variant and the finder’s topic.',
  ],
};

export const widgetName = (tag: string): string => {
  const words = tag.replace(/^wellbeing-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const humanise = (name: string) => LABELS[name] ?? widgetName(name);

/** An allowed value in words: `northern-ireland` → `Northern ireland`, `cy` → `Welsh (cy)`. */
const optionWords = (value: string) =>
  ({ en: 'English (en)', cy: 'Welsh (cy)' })[value] ?? widgetName(value).replace(/\bireland\b/, 'Ireland');

/** Text from the manifest with `code` in backticks shown as code. */
const withCode = (text: string) =>
  text.split(/`([^`]*)`/).map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

interface Saved {
  base: string;
  provider: Record<string, string>;
  chosen: string[];
  attributes: Record<string, Record<string, string>>;
  form: SnippetForm;
}

const SAVED_KEY = 'studio:snippet';

/**
 * The snippet builder: choose widgets and their settings (forms built from the
 * custom-elements manifest), see them live with the real bundle, and copy the
 * code for a script, a classic script or an iframe.
 */
export class StudioSnippetBuilder extends LitElement {
  static override styles = [
    ...studioStyles,
    css`
      .widget {
        margin: 0 0 16px;
        padding: 8px 16px;
        border: 1px solid var(--_border);
        background: var(--_card);
      }
      .widget .settings {
        margin: 8px 0 8px 12px;
        padding: 8px 0 0 20px;
        border-left: 4px solid var(--_border);
      }
      .widget .summary {
        font-weight: 600;
      }
      details.settings > summary {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        margin-bottom: 8px;
        color: var(--_link);
        text-decoration: underline;
        cursor: pointer;
      }
      details.settings > summary:focus-visible {
        outline: 4px solid transparent;
        background: var(--_focus);
        color: var(--_focus-text);
        box-shadow: 0 4px var(--_focus-text);
        text-decoration: none;
      }
      textarea.code {
        max-width: none;
        min-height: 14em;
        font-family: Consolas, Menlo, monospace;
        font-size: 0.875rem;
        white-space: pre;
      }
      .frames > * {
        margin: 0 0 16px;
      }
      .frame-label {
        margin: 0 0 4px;
        color: var(--_secondary-text);
      }
      .preview {
        padding: 8px;
        border: 2px dashed var(--_border);
        background: var(--_background);
      }
      section {
        margin: 0 0 40px;
      }
    `,
  ];

  /** The elements and their attributes, from the custom-elements manifest. */
  @property({ attribute: false }) forms: ElementForm[] = [];

  /** The studio's drafts as data files, for the preview. */
  @property({ attribute: false }) data: RenderMessage['data'] = {};

  @state() private base = '/wellbeing/';
  @state() private provider: Record<string, string> = {};
  @state() private chosen = new Set<string>(['wellbeing-help-now']);
  @state() private settings: Record<string, Record<string, string>> = {};
  @state() private form: SnippetForm = 'module';
  @state() private heights: Record<string, number> = {};
  @state() private copied = '';

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = storage.get<Partial<Saved>>(SAVED_KEY);
    if (saved && typeof saved === 'object') {
      if (typeof saved.base === 'string') this.base = saved.base;
      if (saved.provider && typeof saved.provider === 'object') this.provider = saved.provider;
      if (Array.isArray(saved.chosen)) this.chosen = new Set(saved.chosen);
      if (saved.attributes && typeof saved.attributes === 'object') this.settings = saved.attributes;
      if (saved.form && saved.form in SNIPPETS) this.form = saved.form;
    }
  }

  private save(): void {
    const { base, provider, settings: attributes, form } = this;
    storage.set(SAVED_KEY, { base, provider, chosen: [...this.chosen], attributes, form } satisfies Saved);
    this.copied = '';
  }

  private get widgets(): ElementForm[] {
    return this.forms.filter((f) => f.tag !== PROVIDER);
  }

  private config(): SnippetConfig {
    const widgets: WidgetChoice[] = this.widgets
      .filter((w) => this.chosen.has(w.tag))
      .map((w) => ({ tag: w.tag, attributes: { ...this.settings[w.tag] } }));
    return { base: this.base, provider: { ...this.provider }, widgets, heights: this.heights };
  }

  private setAttr(tag: string, name: string, value: string | undefined): void {
    const set = (values: Record<string, string>) => {
      const next = { ...values };
      if (value === undefined) delete next[name];
      else next[name] = value;
      return next;
    };
    if (tag === PROVIDER) this.provider = set(this.provider);
    else this.settings = { ...this.settings, [tag]: set(this.settings[tag] ?? {}) };
    this.save();
  }

  private control(tag: string, attribute: AttributeInput): TemplateResult {
    const id = `${tag}-${attribute.name}`;
    const values = tag === PROVIDER ? this.provider : (this.settings[tag] ?? {});
    const value = values[attribute.name];
    const label = humanise(attribute.name);
    const hint = html`<span class="hint" id="${id}-hint"><code>${attribute.name}</code>: ${withCode(attribute.description)}</span>`;
    const text = (e: Event) => (e.target as HTMLInputElement).value.trim();
    if (attribute.control === 'boolean')
      return html`<div class="field">
        <label class="check"
          ><input type="checkbox" id=${id} aria-describedby="${id}-hint" .checked=${value !== undefined}
            @change=${(e: Event) => this.setAttr(tag, attribute.name, (e.target as HTMLInputElement).checked ? '' : undefined)} />${label}</label
        >${hint}
      </div>`;
    if (attribute.control === 'choice')
      return html`<div class="field">
        <label for=${id}>${label}</label>${hint}
        <select id=${id} aria-describedby="${id}-hint" @change=${(e: Event) => this.setAttr(tag, attribute.name, text(e) || undefined)}>
          <option value="" ?selected=${!value}>Not set${attribute.defaultValue ? ` (${optionWords(attribute.defaultValue)})` : ''}</option>
          ${attribute.options!.map((option) => html`<option value=${option} ?selected=${value === option}>${optionWords(option)}</option>`)}
        </select>
      </div>`;
    return html`<div class="field">
      <label for=${id}>${label}</label>${hint}
      <input
        id=${id}
        type=${attribute.control === 'number' ? 'number' : 'text'}
        class=${attribute.control === 'number' ? 'short' : ''}
        aria-describedby="${id}-hint"
        .value=${value ?? ''}
        @input=${(e: Event) => this.setAttr(tag, attribute.name, text(e) || undefined)}
      />
    </div>`;
  }

  private async copy(): Promise<void> {
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#code')!;
    try {
      await navigator.clipboard.writeText(box.value);
    } catch {
      // No clipboard access (an http:// intranet, or a browser setting): copy the old way.
      box.focus();
      box.select();
      document.execCommand('copy');
    }
    this.copied = 'Copied. Paste it into your page’s HTML or source view.';
  }

  private previewMessage(widgets: WidgetChoice[], mode: RenderMessage['mode']): Omit<RenderMessage, 'type'> {
    return { mode, provider: { ...this.provider }, widgets, data: this.data };
  }

  private preview(config: SnippetConfig): TemplateResult {
    if (!config.widgets.length) return html`<p>Choose at least one widget to see it here.</p>`;
    const banner = config.widgets.some((w) => w.tag === 'wellbeing-campaign-banner');
    const notes = html`<p class="hint">
      The preview uses the data you are editing in this studio, or the built-in national services and numbers where you have none.
      ${banner && !this.data.campaigns ? 'The campaign banner shows only when a campaign is running, so add campaigns to see it.' : ''}
    </p>`;
    if (this.form !== 'iframe')
      return html`${notes}<div class="preview">
          <wellbeing-studio-preview
            label="Preview of your widgets"
            min-height=${config.widgets.some((w) => w.tag === 'wellbeing-help-now' && w.attributes.variant !== 'inline') ? 120 : 48}
            .message=${this.previewMessage(config.widgets, 'page')}
          ></wellbeing-studio-preview>
        </div>`;
    return html`${notes}
      <div class="frames">
        ${config.widgets.map(
          (w) => html`<div>
            <p class="frame-label">${widgetName(w.tag)}: ${iframeHeight(w.tag, this.heights[w.tag])} pixels tall${w.tag === 'wellbeing-help-now' ? ', with room for its window to open' : ''}</p>
            <div class="preview">
              <wellbeing-studio-preview
                label="Preview of ${widgetName(w.tag)} in an iframe"
                .message=${this.previewMessage([w], 'embed')}
                @studio-preview-height=${(e: CustomEvent<PreviewHeight>) => (this.heights = { ...this.heights, [w.tag]: e.detail.height })}
              ></wellbeing-studio-preview>
            </div>
          </div>`,
        )}
      </div>`;
  }

  override render() {
    const provider = this.forms.find((f) => f.tag === PROVIDER);
    const config = this.config();
    const code = config.widgets.length ? SNIPPETS[this.form](config) : '';
    return html`
      <h1 id="view-heading" tabindex="-1">Put the widgets on a page</h1>
      <p class="lede">Choose the widgets and your settings, check the preview, then copy the code into your intranet page.</p>

      <section aria-labelledby="trust-heading">
        <h2 id="trust-heading">1. Your Trust</h2>
        <div class="field">
          <label for="base">Folder where you put the files</label>
          <span class="hint" id="base-hint">Where <code>wellbeing-widgets.js</code> and your data files are on your intranet, for example <code>/wellbeing/</code>.</span>
          <input id="base" type="text" aria-describedby="base-hint" .value=${this.base} @input=${(e: Event) => ((this.base = (e.target as HTMLInputElement).value), this.save())} />
        </div>
        ${provider?.attributes.map((a) => this.control(PROVIDER, a))}
      </section>

      <section aria-labelledby="widgets-heading">
        <h2 id="widgets-heading">2. Widgets</h2>
        ${this.widgets.map((w) => {
          const on = this.chosen.has(w.tag);
          return html`<div class="widget">
            <label class="check"
              ><input
                type="checkbox"
                id="choose-${w.tag}"
                .checked=${on}
                @change=${(e: Event) => {
                  const chosen = new Set(this.chosen);
                  if ((e.target as HTMLInputElement).checked) chosen.add(w.tag);
                  else chosen.delete(w.tag);
                  this.chosen = chosen;
                  this.save();
                }}
              /><span><span class="summary">${widgetName(w.tag)}</span>: ${w.summary}</span></label
            >
            ${
              on && w.attributes.length
                ? html`<details class="settings">
                  <summary>Settings for ${widgetName(w.tag).toLowerCase()} (optional)</summary>
                  ${w.attributes.map((a) => this.control(w.tag, a))}
                </details>`
                : nothing
            }
          </div>`;
        })}
      </section>

      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">3. Preview</h2>
        ${this.preview(config)}
      </section>

      <section aria-labelledby="code-heading">
        <h2 id="code-heading">4. Copy the code</h2>
        <fieldset>
          <legend class="label">How does your CMS take code?</legend>
          ${(Object.keys(FORM_WORDS) as SnippetForm[]).map(
            (form) => html`<label class="check"
                ><input type="radio" name="form" id="form-${form}" .checked=${this.form === form}
                  @change=${() => ((this.form = form), this.save())} />${FORM_WORDS[form][0]}</label
              >`,
          )}
          <p class="hint">${FORM_WORDS[this.form][1]}</p>
        </fieldset>
        <label for="code">Code to paste</label>
        <textarea id="code" class="code" readonly rows="14" spellcheck="false" .value=${code}></textarea>
        <div class="buttons">
          <button type="button" class="button" ?disabled=${!code} @click=${this.copy}>Copy the code</button>
          <span role="status">${this.copied}</span>
        </div>
      </section>
    `;
  }
}
