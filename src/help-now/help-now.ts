import { html, nothing } from 'lit';
import { contactActions, type Channels } from '../core/contacts/contact-actions.js';
import { DEFAULT_REGION, toRegion, type Region } from '../core/lit/context.js';
import { HELP_REQUEST_EVENT, WellbeingElement } from '../core/lit/element.js';
import { describeState, openingState } from '../core/contacts/hours.js';
import type { Translate } from '../core/i18n/index.js';
import { sharedStrings, type SharedKey } from '../core/i18n/shared.js';
import { EMERGENCY_NUMBER, NATIONAL_NUMBERS_CHECKED } from '../core/contacts/national-contacts.js';
import { log } from '../core/platform/log.js';
import { actions, controls } from '../styles/shared.js';
import { tokens } from '../styles/tokens.js';
import { helpNowStyles } from './help-now.styles.js';
import { LISTENING_LINES, URGENT_LINES, linesFor, type NationalLine } from './national-lines.js';
import { helpNowStrings, type HelpNowKey } from './strings.js';
import type { TrustContacts } from './trust-contacts.js';

/** `detail` of `wellbeing-help-open`; nothing about the person. */
export interface HelpOpenDetail {
  /** The nation whose urgent line the dialog shows. */
  region: Region;
}

/** Fired when the dialog opens. */
export const HELP_OPEN_EVENT = 'wellbeing-help-open';

/** The events `<wellbeing-help-now>` fires, by name (bubbling and composed). */
export interface WellbeingHelpNowEventMap {
  [HELP_OPEN_EVENT]: CustomEvent<HelpOpenDetail>;
}

/** One helpline or Trust contact as the dialog lists it. */
export interface Line {
  name: string;
  description?: string;
  channels: Channels;
  /** a call line's own wording, e.g. "Call 111, then option 2" */
  callLabel?: string;
  /** "Open now" / "Closed, opens 9am Monday" */
  status?: string;
  /** the opening hours in words */
  hours?: string;
}

/** Each connected help-now's `dodge`, and the shadow roots whose focus moves they hear (see `heard`). */
const dodgers = new Set<() => void>();
const shadowRoots = new WeakSet<ShadowRoot>();
const dodgeAll = () => dodgers.forEach((dodge) => dodge());

/**
 * An always-available "Get help now" button. It opens a modal dialog with
 * 999, the urgent mental health line for the region, Samaritans and Shout,
 * then the Trust's own contacts. The national numbers are built in and render
 * at once: no config, network or storage failure can delay or hide them.
 *
 * Place the tag first in `<body>` (after a skip link, if the page has one). The
 * button is fixed to a corner wherever the tag is, but the keyboard reaches it in
 * document order: first in the page, it is the first or second tab stop instead of
 * the last. We chose this over a "skip to help" link because such a link would
 * have to be added at the top of the host's `<body>`, and the widgets never move
 * or add to the host's own markup (a CMS or framework owns it). The top of the
 * page is also the right place for the fallback below, should the script not load.
 *
 * @summary Urgent help, one click away on every page.
 *
 * @slot - Fallback for when the script does not load: shown until the element is defined, hidden (not read, not focusable) once it renders. Put the urgent numbers here as `tel:` links.
 *
 * @csspart trigger - The "Get help now" button.
 * @csspart dialog - The help dialog.
 * @csspart close - The dialog's close button.
 * @csspart danger - The "immediate danger" box with 999.
 * @csspart line - One helpline or Trust contact.
 * @csspart actions - A line's list of call, text, email and web links.
 *
 * @cssprop --wellbeing-help-now-offset - Distance of the floating button from the viewport edges (16px).
 * @cssprop --wellbeing-help-now-z-index - Stacking order of the floating button (1000).
 * @cssprop --wellbeing-brand-colour - Button and accent colour (falls back to --nhsuk-brand-colour, #005eb8).
 *
 * @fires {CustomEvent<HelpOpenDetail>} wellbeing-help-open - The dialog opened. `detail: { region }`; nothing about the person.
 */
export class WellbeingHelpNow extends WellbeingElement {
  static override styles = [tokens, controls, actions, helpNowStyles];

  // Declared here rather than with decorators: the entry file then carries no decorator helpers.
  static override properties = {
    variant: { reflect: true },
    position: { reflect: true },
    src: {},
    region: {},
    opened: { state: true, attribute: false },
    contactsWanted: { state: true, attribute: false },
  };

  /** `floating`: fixed to a corner of the window. `inline`: in the flow of a sidebar or footer. */
  variant: 'floating' | 'inline' = 'floating';

  /** Corner for the floating button. */
  position: 'bottom-right' | 'bottom-left' = 'bottom-right';

  /** URL of the Trust's help-contacts JSON file; wins over the provider's `help-src`. */
  declare src?: string;

  /** `england`, `wales`, `scotland` or `northern-ireland`: picks the urgent line. Wins over the provider's. */
  declare region?: Region;

  private get dialog() {
    return this.renderRoot?.querySelector('dialog');
  }
  private get trigger() {
    return this.renderRoot?.querySelector<HTMLButtonElement>('.trigger');
  }

  /**
   * The dialog's contents render on first open, not at start-up: the button is all
   * most page views need. Opening renders them in the same task, so the national
   * numbers are there the moment the dialog is.
   */
  private opened = false;
  /** Someone is reaching for the button (pointer over it, focus, touch) or opened it: time to fetch the Trust's contacts. */
  private contactsWanted = false;
  /** The Trust's contacts, once wanted, given a source, and the code that loads them has arrived. */
  private contacts?: TrustContacts;
  /** `failed`: that code could not be fetched (the console names the file). */
  private contactsCode: 'not-needed' | 'loading' | 'failed' = 'not-needed';
  private readonly contactsSource = () => this.dataSource(this.src, this.trust.help, this.trust.helpSrc);

  /** Opens the help dialog. */
  show(): void {
    if (!this.dialog || this.dialog.open) return;
    if (!this.opened) {
      this.opened = this.contactsWanted = true;
      this.performUpdate(); // render the contents now, before the dialog shows
    }
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    this.emit(HELP_OPEN_EVENT, { region: this.currentRegion });
  }

  /** Closes the help dialog; focus returns to the button. */
  close(): void {
    this.dialog?.close();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    dodgers.add(this.dodge);
    document.addEventListener('focusin', this.heard);
    addEventListener('scroll', this.dodge, { capture: true, passive: true });
    addEventListener('resize', this.dodge);
    window.addEventListener(HELP_REQUEST_EVENT, this.answerRequest);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    dodgers.delete(this.dodge);
    document.removeEventListener('focusin', this.heard);
    removeEventListener('scroll', this.dodge, { capture: true });
    removeEventListener('resize', this.dodge);
    window.removeEventListener(HELP_REQUEST_EVENT, this.answerRequest);
  }

  private get currentRegion(): Region {
    return toRegion(this.region) ?? toRegion(this.trust.region) ?? DEFAULT_REGION;
  }

  /** Another widget (the finder's empty state) asks for urgent help: the first help-now answers. */
  private readonly answerRequest = (event: Event) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    this.show();
  };

  /**
   * Focus moved. A move between two controls inside one shadow root (the banner's
   * Previous and Next, the finder's chips) never reaches the document, so each
   * shadow root focus has entered is listened to as well, once, for the page's lifetime.
   */
  private readonly heard = (event: Event) => {
    for (const node of event.composedPath()) {
      if (node instanceof ShadowRoot && !shadowRoots.has(node)) {
        shadowRoots.add(node);
        node.addEventListener('focusin', dodgeAll);
      }
    }
    this.dodge();
  };

  /**
   * Keeps the floating button off the element that has focus, however deep in shadow
   * roots it is (WCAG 2.4.11): on every focus move, and on scroll and resize, since
   * the browser scrolls a focused control into view after focusing it (often into the
   * very corner the button sits in). Tries each corner, with room for the focus ring.
   */
  private readonly dodge = () => {
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    if (this.variant !== 'floating' || !this.trigger || this.renderRoot.contains(focused)) return;
    const r = focused && focused !== document.body ? focused.getBoundingClientRect() : undefined;
    for (const dodge of ['', 'side', 'top', 'side top']) {
      this.dataset.dodge = dodge;
      const b = this.trigger.getBoundingClientRect();
      if (!r || b.left >= r.right + 8 || b.right <= r.left - 8 || b.top >= r.bottom + 8 || b.bottom <= r.top - 8)
        return;
    }
    this.dataset.dodge = '';
  };

  private readonly onClose = () => this.trigger?.focus();

  /**
   * Keeps a control focused in the dialog clear of its sticky header, once the
   * browser has scrolled it into view (WebKit ignores the dialog's scroll-padding).
   */
  private readonly clearHeader = () =>
    setTimeout(() => {
      const focused = (this.renderRoot as ShadowRoot).activeElement;
      const header = this.renderRoot.querySelector('.header')!.getBoundingClientRect().bottom;
      const top = focused?.closest('.body') ? focused.getBoundingClientRect().top : header;
      if (top < header) this.dialog!.scrollTop -= header - top + 8;
    });

  private readonly wantContacts = () => {
    this.contactsWanted = true;
  };

  protected override willUpdate(): void {
    if (!this.contactsWanted || this.contacts || this.contactsCode !== 'not-needed' || !this.contactsSource()) return;
    this.contactsCode = 'loading';
    import('./trust-contacts.js').then(
      ({ trustContacts }) => {
        this.contacts = trustContacts(this, this.contactsSource);
        this.requestUpdate();
      },
      (error: Error & { file?: string }) => {
        log.error(
          `<${this.localName}>`,
          `could not load ${error.file ?? 'its Trust contacts code'} (${error.message})`,
        );
        this.contactsCode = 'failed';
        this.requestUpdate();
      },
    );
  }

  override render() {
    const t = this.translator('help-now', helpNowStrings);
    const shared = this.translator('shared', sharedStrings);
    return html`
      <button
        class="button trigger"
        part="trigger"
        type="button"
        aria-haspopup="dialog"
        @click=${this.show}
        @pointerenter=${this.wantContacts}
        @focus=${this.wantContacts}
        @touchstart=${this.wantContacts}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 21s-8-5.2-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.8-8 11-8 11z" />
        </svg>
        ${t('trigger')}
      </button>
      <dialog part="dialog" aria-labelledby="title" @close=${this.onClose} @focusin=${this.clearHeader}>
        ${this.opened ? this.renderContents(t, shared) : nothing}
      </dialog>
    `;
  }

  private renderContents(t: Translate<HelpNowKey>, shared: Translate<SharedKey>) {
    const region = this.currentRegion;
    const line = (item: NationalLine) =>
      this.renderLine(shared, {
        name: t(item.id),
        description: t(`${item.id}Text`),
        channels: item,
        callLabel: item.callKey && t(item.callKey),
        status: item.hours === '24/7' ? undefined : describeState(openingState(item.hours), shared),
      });
    return html`
      <div class="header">
        <h2 id="title" tabindex="-1">${t('title')}</h2>
        <button class="close" part="close" type="button" @click=${this.close}>${t('close')}</button>
      </div>
      <div class="body">
        <p>${t('intro')}</p>
        <section class="danger" part="danger" aria-labelledby="danger">
          <h3 id="danger">${t('dangerTitle')}</h3>
          <p>${t('dangerText')}</p>
          ${contactActions({ phone: EMERGENCY_NUMBER }, shared)}
        </section>
        <section aria-labelledby="urgent">
          <h3 id="urgent">${t('urgentTitle')}</h3>
          <ul class="lines">${linesFor(URGENT_LINES, region).map(line)}</ul>
        </section>
        <section aria-labelledby="talk">
          <h3 id="talk">${t('talkTitle')}</h3>
          <ul class="lines">${linesFor(LISTENING_LINES, region).map(line)}</ul>
        </section>
        ${this.renderTrustContacts(t, shared)}
        <p class="checked">${t('checked', { date: NATIONAL_NUMBERS_CHECKED[this.locale] })}</p>
      </div>
    `;
  }

  private renderTrustContacts(t: Translate<HelpNowKey>, shared: Translate<SharedKey>) {
    const lines = this.contacts?.lines(this.locale, shared);
    const loading = this.contacts ? this.contacts.loading : this.contactsCode === 'loading';
    const title = this.trust.trustName ? t('trustTitleNamed', { trust: this.trust.trustName }) : t('trustTitle');
    if (!loading && !lines && this.contactsCode !== 'failed') return nothing;
    return html`<section aria-labelledby="trust" aria-busy=${loading ? 'true' : 'false'}>
      <h3 id="trust">${title}</h3>
      ${
        loading
          ? html`<p class="status">${t('loading')}</p>`
          : lines?.length
            ? html`<ul class="lines">
              ${lines.map((line) => this.renderLine(shared, line))}
            </ul>`
            : html`<p class="status">${t('trustFailed')}</p>`
      }
    </section>`;
  }

  private renderLine(shared: Translate<SharedKey>, { name, description, channels, callLabel, status, hours }: Line) {
    return html`<li class="line" part="line">
      <h4>${name}</h4>
      ${description ? html`<p>${description}</p>` : nothing}
      ${status ? html`<p class="status">${status}</p>` : nothing}
      ${hours ? html`<p class="hours">${hours}</p>` : nothing}
      ${contactActions(channels, shared, undefined, callLabel)}
    </li>`;
  }
}
