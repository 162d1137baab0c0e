import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { StudioDataView, DraftChange } from './data-view.js';
import { loadDraft, saveDraft, type Draft } from './draft.js';
import { KINDS, type Kind } from './fields.js';
import type { OpenDetail } from './import-panel.js';
import type { ElementForm } from './manifest-forms.js';
import type { RenderMessage } from './preview-protocol.js';
import { studioStyles } from './studio-styles.js';

type View = 'start' | 'snippet' | Kind | 'finder';

const VIEWS: Array<[View, string]> = [
  ['start', 'Start'],
  ['snippet', 'Put widgets on a page'],
  ['campaigns', 'Campaigns'],
  ['services', 'Support services'],
  ['contacts', 'Help contacts'],
  ['finder', 'Check the finder'],
];

const KIND_LIST = Object.keys(KINDS) as Kind[];

const viewFromHash = (): View => {
  const name = location.hash.replace(/^#\/?/, '');
  return (VIEWS.find(([view]) => view === name)?.[0] ?? 'start') as View;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The editors' studio: snippets, data files and checks, in the browser.
 * Drafts are kept in this browser's storage as the editor works; nothing is
 * uploaded. The page warns before closing while a draft has changes that
 * have not been downloaded.
 */
export class WellbeingStudio extends LitElement {
  /** The widgets' forms, from the custom-elements manifest (set by studio.ts). */
  static forms: ElementForm[] = [];

  static override styles = [
    ...studioStyles,
    css`
      .skip {
        position: absolute;
        left: -9999px;
      }
      .skip:focus {
        position: static;
        display: inline-flex;
        margin: 8px 16px;
      }
      header {
        background: var(--_brand);
        color: #fff;
      }
      .container {
        max-width: 1020px;
        margin: 0 auto;
        padding: 0 16px;
      }
      @media (min-width: 40em) {
        .container {
          padding: 0 32px;
        }
      }
      .brand {
        margin: 0;
        padding: 16px 0 4px;
        font-size: 1.5rem;
        font-weight: 700;
      }
      .tagline {
        margin: 0;
        padding: 0 0 16px;
      }
      nav {
        background: #fff;
        border-bottom: 1px solid var(--_border);
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0 24px;
        margin: 0;
        padding: 0;
        list-style: none;
        max-width: none;
      }
      nav a {
        font-weight: 600;
        text-decoration: none;
        border-bottom: 4px solid transparent;
      }
      nav a:visited {
        color: var(--_link);
      }
      nav a[aria-current='page'] {
        color: var(--_text);
        border-bottom-color: var(--_brand);
      }
      nav a:hover {
        text-decoration: underline;
      }
      main.container {
        padding-top: 32px;
        padding-bottom: 48px;
      }
      main:focus {
        outline: none;
      }
      .tasks {
        display: grid;
        gap: 16px;
        padding: 0;
        list-style: none;
        max-width: none;
      }
      @media (min-width: 48em) {
        .tasks {
          grid-template-columns: 1fr 1fr;
        }
      }
      .tasks li {
        margin: 0;
        padding: 16px 24px;
        border: 1px solid var(--_border);
        border-top: 4px solid var(--_brand);
        background: var(--_card);
      }
      .tasks h2 {
        margin: 0 0 8px;
        font-size: 1.25rem;
      }
      .tasks p {
        margin: 0;
      }
      footer {
        border-top: 1px solid var(--_border);
        padding: 24px 0;
        color: var(--_secondary-text);
      }
    `,
  ];

  @state() private view: View = viewFromHash();
  @state() private drafts = Object.fromEntries(KIND_LIST.map((kind) => [kind, loadDraft(kind)])) as Record<Kind, Draft>;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    addEventListener('beforeunload', this.onLeave);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
    removeEventListener('beforeunload', this.onLeave);
  }

  private readonly onHash = async () => {
    this.view = viewFromHash();
    await this.updateComplete;
    const view = this.renderRoot.querySelector('main > *');
    await (view as LitElement | null)?.updateComplete;
    (view?.shadowRoot ?? this.renderRoot).querySelector<HTMLElement>('#view-heading')?.focus();
  };

  /** Work not yet downloaded: ask before the page closes (the draft itself is kept in this browser either way). */
  private readonly onLeave = (event: BeforeUnloadEvent) => {
    if (!KIND_LIST.some((kind) => this.drafts[kind].unsaved)) return;
    event.preventDefault();
    event.returnValue = '';
  };

  private setDraft(kind: Kind, draft: Draft): void {
    this.drafts = { ...this.drafts, [kind]: draft };
    saveDraft(kind, draft);
  }

  private async onOpen({ file, name }: OpenDetail): Promise<void> {
    const before = this.drafts[file.kind];
    this.setDraft(file.kind, { items: file.items as Draft['items'], extras: file.extras, unsaved: false });
    if (this.view !== file.kind) location.hash = `#${file.kind}`;
    this.view = file.kind;
    await this.updateComplete;
    const view = this.renderRoot.querySelector<StudioDataView>('wellbeing-studio-data');
    const replaced = before.items.length
      ? ` It replaced the ${plural(before.items.length, KINDS[file.kind].one)} that were here.`
      : '';
    view?.announce(
      `Opened ${name}: ${plural(file.items.length, KINDS[file.kind].one)}.${replaced}`,
      before.items.length ? before : undefined,
    );
  }

  /** Each draft as a whole data file, for the previews. */
  private files(): RenderMessage['data'] {
    const data: RenderMessage['data'] = {};
    const file = (kind: Kind) => ({ [KINDS[kind].spec.list]: this.drafts[kind].items, ...this.drafts[kind].extras });
    if (this.drafts.contacts.items.length) data.help = file('contacts');
    if (this.drafts.services.items.length) data.services = file('services');
    if (this.drafts.campaigns.items.length) data.campaigns = file('campaigns');
    return data;
  }

  private start(): TemplateResult {
    const task = (view: View, title: string, text: string) =>
      html`<li>
        <h2><a href="#${view}">${title}</a></h2>
        <p>${text}</p>
      </li>`;
    return html`<h1 id="view-heading" tabindex="-1">Studio for intranet editors</h1>
      <p class="lede">Put staff wellbeing support on your intranet, and keep it up to date, without writing any code.</p>
      <ul class="tasks">
        ${task('snippet', 'Put widgets on a page', 'Choose the widgets and your settings, see them live, and copy the code for your CMS.')}
        ${task('campaigns', 'Plan campaigns', 'Import a spreadsheet of awareness campaigns, see the calendar, and preview the banner on any day.')}
        ${task('services', 'List your support services', 'The services the finder searches, with topics, contact details and opening hours.')}
        ${task('contacts', 'Add your help contacts', 'Your Trust’s own urgent contacts, shown by the “Get help now” button.')}
        ${task('finder', 'Check the finder', 'Type what staff would type, see what they would find and why, and fix what they miss.')}
      </ul>
      <p>
        Everything you do here stays in this browser, and is kept as you work. When a file is ready, download it and put it on your intranet with
        the widgets.
      </p>`;
  }

  private main(): TemplateResult | typeof nothing {
    const view = this.view;
    if (view === 'start') return this.start();
    if (view === 'snippet')
      return html`<wellbeing-studio-snippet .forms=${WellbeingStudio.forms} .data=${this.files()}></wellbeing-studio-snippet>`;
    if (view === 'finder')
      return html`<wellbeing-studio-finder-check
        .services=${this.drafts.services.items}
        .extras=${this.drafts.services.extras}
        @studio-draft=${(e: CustomEvent<DraftChange>) => this.setDraft(e.detail.kind, e.detail.draft)}
      ></wellbeing-studio-finder-check>`;
    return html`<wellbeing-studio-data
      kind=${view}
      .draft=${this.drafts[view]}
      @studio-draft=${(e: CustomEvent<DraftChange>) => this.setDraft(e.detail.kind, e.detail.draft)}
      @studio-open=${(e: CustomEvent<OpenDetail>) => this.onOpen(e.detail)}
    ></wellbeing-studio-data>`;
  }

  override render() {
    // A button, not a link: the views are chosen by the address's #, and main is inside a shadow root.
    return html`<button type="button" class="skip button" @click=${() => this.renderRoot.querySelector<HTMLElement>('main')?.focus()}>
        Skip to main content
      </button>
      <header>
        <div class="container">
          <p class="brand">Wellbeing Widgets studio</p>
          <p class="tagline">Everything you do here stays in this browser. Nothing is uploaded.</p>
        </div>
      </header>
      <nav aria-label="Studio">
        <div class="container">
          <ul>
            ${VIEWS.map(([view, words]) => html`<li><a href="#${view}" aria-current=${this.view === view ? 'page' : nothing}>${words}</a></li>`)}
          </ul>
        </div>
      </nav>
      <main id="main" tabindex="-1" class="container">${this.main()}</main>
      <footer>
        <div class="container">
          <p>Wellbeing Widgets studio. Your drafts are kept in this browser until you start again; download each file to keep it safe.</p>
        </div>
      </footer>`;
  }
}
