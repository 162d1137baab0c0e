import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clock, ukTime, type UkTime } from '../core/platform/clock.js';
import { contactActions } from '../core/contacts/contact-actions.js';
import { DataController } from '../core/lit/data-controller.js';
import { WellbeingElement } from '../core/lit/element.js';
import { describeHours, describeState, openingState } from '../core/contacts/hours.js';
import type { Translate } from '../core/i18n/index.js';
import { sharedStrings, type SharedKey } from '../core/i18n/shared.js';
import { EMERGENCY_NUMBER, NHS_111 } from '../core/contacts/national-contacts.js';
import { telHref } from '../core/data/safe-url.js';
import { servicesFile, type Service } from '../core/data/schemas.js';
import { actions, controls } from '../styles/shared.js';
import { tokens } from '../styles/tokens.js';
import { CATALOGUE } from './catalogue.js';
import { passes } from './filters.js';
import { search, topicKey, type SearchIndex } from './search.js';
import { indexServices } from './service-index.js';
import { finderStyles } from './support-finder.styles.js';
import { finderStrings, TOPICS, type FinderKey } from './strings.js';

type T = Translate<FinderKey>;
type Shared = Translate<SharedKey>;

/** `detail` of `wellbeing-service-contact`; nothing about the person. */
export interface ServiceContactDetail {
  /** The service's `id` from the services file. */
  id: string;
}

/** The events `<wellbeing-support-finder>` fires, by name (bubbling and composed). */
export interface WellbeingSupportFinderEventMap {
  'wellbeing-service-contact': CustomEvent<ServiceContactDetail>;
  /** Cancelable, with no `detail`: the page's `<wellbeing-help-now>` answers it by cancelling it. */
  'wellbeing-help-request': Event;
}

/** Results shown until "Show all": a long list would make the page (or its iframe) thousands of pixels tall. */
const FIRST = 3;

/**
 * Staff describe what is wrong in their own words ("money worries", "a
 * patient hit me", "can't sleep after nights") and see the right services,
 * with a way to contact each and whether it is open now in UK time. Topic
 * chips and filters narrow the list. Searches never leave the page and are
 * never stored.
 *
 * Data: the element's `src`, an inline JSON child, the provider's `services`
 * or `services-src`; with none (or `catalogue="built-in"`) a built-in
 * catalogue of national services.
 *
 * @summary Find the right support service in staff language.
 *
 * @slot - An optional `<script type="application/json">` with the services data, and any fallback for when the script does not load (say a link to the Trust's support page): shown until the element is defined, hidden (not read, not focusable) once it renders.
 *
 * @csspart search - The labelled search box and its hint.
 * @csspart topics - The "What's on your mind?" topic chips.
 * @csspart topics-toggle - The "Filter by topic" button that shows and hides the chips when the finder is narrow (under 40em).
 * @csspart topic - One topic chip (a toggle button).
 * @csspart filters - The open now, self-referral and format filters.
 * @csspart count - The visible result count.
 * @csspart results - The list of services.
 * @csspart service - One service.
 * @csspart badge - The "Confidential" badge.
 * @csspart actions - A service's call, text, email and web links.
 * @csspart more - The "Show all" button under the first few results.
 * @csspart empty - The no-match or could-not-load message with urgent help.
 * @csspart urgent - The line above every list of search results that offers urgent help, whatever was typed.
 * @csspart help - The "Get help now" button in that message.
 *
 * @cssprop --wellbeing-brand-colour - Chips, card edges and accents (falls back to --nhsuk-brand-colour, #005eb8).
 * @cssprop --wellbeing-card-background-colour - Background of each service (falls back to --nhsuk-card-background-colour, #fff).
 *
 * @fires {CustomEvent<ServiceContactDetail>} wellbeing-service-contact - A service's contact link was used. `detail: { id }`, the service id; nothing about the person.
 * @fires {Event} wellbeing-help-request - Cancelable, bubbling and composed: asks the page's `<wellbeing-help-now>` to open (from "Get help now" when nothing matches). When nobody answers, the urgent numbers show inline.
 */
export class WellbeingSupportFinder extends WellbeingElement {
  static override styles = [tokens, controls, actions, finderStyles];

  /** URL of the services JSON file; wins over the provider's `services-src`. */
  @property() src?: string;

  /**
   * `built-in`: always show the built-in catalogue of national services, even
   * inside a `<wellbeing-provider>` that has `services-src`.
   */
  @property() catalogue?: 'built-in';

  /** Preselects a topic (an id from the data, e.g. `money`), for a topic page. The person can change it. */
  @property() topic?: string;

  /** Prefills the search box. */
  @property() query = '';

  @state() private openNow = false;
  @state() private selfReferral = false;
  @state() private format = '';
  /** every result shows, not just the first few */
  @state() private all = false;
  /** the topic chips show on a narrow finder */
  @state() private chipsOpen = false;
  /** what the live region says: the count, a moment after the person stops typing */
  @state() private said = '';
  /** no help-now answered, so the urgent numbers show here */
  @state() private urgentInline = false;

  private readonly data = new DataController(this, servicesFile, () =>
    this.catalogue === 'built-in' ? undefined : this.dataSource(this.src, this.trust.services, this.trust.servicesSrc),
  );
  /** the built-in catalogue for each region, kept so the index is built once */
  private builtIn: Record<string, Service[]> = {};
  private items?: Service[];
  private index?: SearchIndex;
  private topics: string[] = [];
  private status = '';
  private announceTimer?: number;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clock.clearTimeout(this.announceTimer);
  }

  /** After each change: back to the first few results, and announce the new count once typing pauses. */
  private changed() {
    this.all = false;
    clock.clearTimeout(this.announceTimer);
    this.announceTimer = clock.setTimeout(() => (this.said = this.status), 700);
  }

  private readonly onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.changed();
  };

  private readonly onFilter = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.name) (this as unknown as Record<string, boolean>)[input.name] = input.checked;
    else this.format = input.value;
    this.changed();
  };

  private pick(topic: string) {
    this.topic = this.topic && topicKey(this.topic) === topic ? undefined : topic;
    this.changed();
  }

  /** Shows every result and moves focus to the first one that was hidden, so the keyboard carries on from there. */
  private async showAll() {
    this.all = true;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part=service] h3')[FIRST]?.focus();
  }

  private requestHelp() {
    const request = new Event('wellbeing-help-request', { bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(request)) return; // the page's help-now answered
    this.urgentInline = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.urgent-numbers a')?.focus());
  }

  /** A topic in words: the built-in Welsh label, else the id in words (capitalised by CSS on chips). */
  private label(topic: string): string {
    const key = topicKey(topic);
    return (this.locale === 'cy' && TOPICS[key]) || key.replace(/[-_]+/g, ' ');
  }

  override render() {
    const t = this.translator('support-finder', finderStrings);
    const shared = this.translator('shared', sharedStrings);
    const { loading, value } = this.data;
    const region = this.trust.region ?? 'england';
    const items = value ? value.items : loading ? [] : (this.builtIn[region] ??= CATALOGUE.filter((s) => s.audience?.includes(region) ?? true));
    if (!loading && !items.length) return this.renderEmpty(t('failed'), t, shared);
    if (this.items !== items) {
      this.items = items;
      this.index = indexServices(items, value?.extras.synonyms);
      this.topics = [...new Set(items.flatMap((s) => s.topics.map(topicKey)))];
    }
    const now = ukTime();
    const chosen = this.topic && topicKey(this.topic);
    const filters = { topic: chosen, openNow: this.openNow, format: this.format, selfReferral: this.selfReferral };
    const ranked = search(this.index!, this.query);
    const shown = (ranked ?? items.map((_, i) => i)).map((i) => items[i]!).filter((service) => passes(service, filters, now));
    const count = shown.length;
    this.status = loading
      ? t('loading')
      : t(ranked ? 'matchQuery' : chosen ? 'matchTopic' : 'all', { count, query: this.query.trim(), topic: this.label(chosen || '') });
    return html`
      <div part="search">
        <label for="q">${t('label')}</label>
        <p id="hint" class="hint">${t('hint')}</p>
        <input id="q" type="search" autocomplete="off" aria-describedby="hint" .value=${this.query} @input=${this.onInput} />
      </div>
      <div part="topics" role="group" aria-labelledby="topics" class=${this.chipsOpen ? 'open' : ''}>
        <p id="topics" class="label">${t('topics')}</p>
        <button
          class="button secondary"
          part="topics-toggle"
          type="button"
          aria-expanded=${this.chipsOpen}
          aria-controls="chips"
          @click=${() => (this.chipsOpen = !this.chipsOpen)}
        >
          ${chosen ? t('topicsChosen', { topic: this.label(chosen) }) : t('topicsToggle')}
        </button>
        <ul class="chips" id="chips">
          ${this.topics.map(
            (id) =>
              html`<li><button class="chip" part="topic" type="button" aria-pressed=${id === chosen} @click=${() => this.pick(id)}>${this.label(id)}</button></li>`,
          )}
        </ul>
      </div>
      <fieldset part="filters" @change=${this.onFilter}>
        <legend class="label">${t('filters')}</legend>
        <label class="check"><input type="checkbox" name="openNow" .checked=${this.openNow} />${shared('openNow')}</label>
        <label class="check"><input type="checkbox" name="selfReferral" .checked=${this.selfReferral} />${t('selfReferral')}</label>
        <label class="check"
          >${t('format')}
          <select>
            ${['', 'phone', 'online', 'in-person', 'text'].map(
              (f) => html`<option value=${f} ?selected=${f === this.format}>${t((f || 'any') as FinderKey)}</option>`,
            )}
          </select></label
        >
      </fieldset>
      <p class="count" part="count">${this.status}</p>
      <div class="visually-hidden" role="status">${this.said}</div>
      ${ranked && count ? html`<div class="urgent" part="urgent"><p>${t('urgent')}</p>${this.renderUrgentAction(t, shared)}</div>` : nothing}
      ${loading
        ? nothing
        : count
          ? html`<ul class="results" part="results">${(this.all ? shown : shown.slice(0, FIRST)).map((s) => this.renderService(s, t, shared, now))}</ul>
              ${this.all || count <= FIRST
                ? nothing
                : html`<button class="button secondary" part="more" type="button" @click=${this.showAll}>${t('showAll', { count })}</button>`}`
          : this.renderEmpty(t('none'), t, shared)}
    `;
  }

  private renderService(service: Service, t: T, shared: Shared, now: UkTime) {
    const welsh = this.locale === 'cy';
    const { id, hours } = service;
    return html`<li class="service" part="service">
      <h3 tabindex="-1">${(welsh && service.name_cy) || service.name}</h3>
      ${service.confidential ? html`<p><span class="badge" part="badge">${t('confidential')}</span></p>` : nothing}
      <p>${(welsh && service.summary_cy) || service.summary}</p>
      ${service.access === 'self-referral' ? html`<p class="meta">${t('self-referral')}</p>` : nothing}
      ${hours
        ? html`<p class="open">${describeState(openingState(hours, now), shared)}</p>
            <p class="meta">${describeHours(hours, shared)}</p>`
        : nothing}
      ${contactActions(service.contact, shared, () =>
        this.dispatchEvent(new CustomEvent<ServiceContactDetail>('wellbeing-service-contact', { bubbles: true, composed: true, detail: { id } })),
      )}
    </li>`;
  }

  /** A calm message, 999 and NHS 111, and a way to the page's help-now (or the numbers, when there is none). */
  private renderEmpty(message: string, t: T, shared: Shared) {
    return html`<div class="none" part="empty">
      <p>${message}</p>
      <p>${t('urgent')}</p>
      ${this.renderUrgentAction(t, shared)}
    </div>`;
  }

  /** "Get help now", which asks the page's help-now to open; once nobody answered, 999 and NHS 111 as links. */
  private renderUrgentAction(t: T, shared: Shared) {
    return this.urgentInline
      ? html`<ul class="actions urgent-numbers">
          ${[EMERGENCY_NUMBER, NHS_111].map((n) => html`<li><a href=${telHref(n)}>${shared('call', { number: n })}</a></li>`)}
        </ul>`
      : html`<button class="button" part="help" type="button" @click=${this.requestHelp}>${t('urgentButton')}</button>`;
  }
}
