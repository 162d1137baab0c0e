import { html, nothing, type PropertyValues } from 'lit';
import { clock, ukTime, type UkTime } from '../core/platform/clock.js';
import { AT_ONCE, atOnce, idle, inSlices } from '../core/platform/tasks.js';
import { contactActions } from '../core/contacts/contact-actions.js';
import { applyReserve, DataController } from '../core/lit/data-controller.js';
import { DEFAULT_REGION } from '../core/lit/context.js';
import { HELP_REQUEST_EVENT, WellbeingElement } from '../core/lit/element.js';
import { describeHours, describeState, openingState } from '../core/contacts/hours.js';
import { localised, type Translate } from '../core/i18n/index.js';
import { sharedStrings, type SharedKey } from '../core/i18n/shared.js';
import { EMERGENCY_NUMBER, NHS_111 } from '../core/contacts/national-contacts.js';
import { telHref } from '../core/data/safe-url.js';
import { servicesFile, type Service } from '../core/data/schemas.js';
import { actions, controls } from '../styles/shared.js';
import { tokens } from '../styles/tokens.js';
import { NATIONAL_SERVICES } from './national-services.js';
import { passes } from './filters.js';
import { readAs, search, topicKey, type SearchIndex } from './search.js';
import { indexServicesInSlices } from './service-index.js';
import { finderStyles } from './support-finder.styles.js';
import { finderStrings, TOPICS, type FinderKey } from './strings.js';

/** The finder's own strings, translated. */
type FinderText = Translate<FinderKey>;
/** Strings every widget shares (opening hours, call…), translated. */
type SharedText = Translate<SharedKey>;

/** The name of the event a service's contact link fires. */
export const SERVICE_CONTACT_EVENT = 'wellbeing-service-contact';

/** `detail` of `wellbeing-service-contact`; nothing about the person. */
export interface ServiceContactDetail {
  /** The service's `id` from the services file. */
  id: string;
}

/** The events `<wellbeing-support-finder>` fires, by name (bubbling and composed). */
export interface WellbeingSupportFinderEventMap {
  [SERVICE_CONTACT_EVENT]: CustomEvent<ServiceContactDetail>;
  /** Cancelable, with no `detail`: the page's `<wellbeing-help-now>` answers it by cancelling it. */
  [HELP_REQUEST_EVENT]: Event;
}

/** Results shown until "Show all": a long list would make the page (or its iframe) thousands of pixels tall. */
const FIRST = 3;

/** An index being built: the steps still to run, and how to stop them (the data changed, or the finder left the page). */
type IndexBuild = { steps: Iterator<unknown, SearchIndex>; stop: AbortController };

/** The services while the first load is under way: the same list each time, so nothing is indexed again. */
const NONE: Service[] = [];

/**
 * Staff describe what is wrong in their own words ("money worries", "a
 * patient hit me", "can't sleep after nights") and see the right services,
 * with a way to contact each and whether it is open now in UK time. Topic
 * chips and filters narrow the list. Searches never leave the page and are
 * never stored.
 *
 * Data: the element's `src`, an inline JSON child, the provider's `services`
 * or `services-src`; with none (or `catalogue="built-in"`) the built-in
 * national services.
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

  // Declared here rather than with decorators: no decorator helpers ship in any file.
  static override properties = {
    src: {},
    catalogue: {},
    topic: {},
    query: {},
    reserve: { reflect: true },
    openNow: { state: true, attribute: false },
    selfReferral: { state: true, attribute: false },
    format: { state: true, attribute: false },
    all: { state: true, attribute: false },
    chipsOpen: { state: true, attribute: false },
    said: { state: true, attribute: false },
    urgentInline: { state: true, attribute: false },
  };

  /** URL of the services JSON file; wins over the provider's `services-src`. */
  src?: string;

  /**
   * `built-in`: always show the built-in national services, even
   * inside a `<wellbeing-provider>` that has `services-src`.
   */
  catalogue?: 'built-in';

  /** Preselects a topic (an id from the data, e.g. `money`), for a topic page. The person can change it. */
  topic?: string;

  /** Prefills the search box. */
  query = '';

  /**
   * A CSS length (`32rem`, `600px`) the finder keeps as its minimum height (the
   * host's `min-block-size`), so the page below does not move when the
   * services arrive: reserve the height it has with its first results.
   */
  reserve?: string;

  private openNow = false;
  private selfReferral = false;
  private format = '';
  /** every result shows, not just the first few */
  private all = false;
  /** the topic chips show on a narrow finder */
  private chipsOpen = false;
  /** what the live region says: the count, a moment after the person stops typing */
  private said = '';
  /** no help-now answered, so the urgent numbers show here */
  private urgentInline = false;

  private readonly data = new DataController(this, servicesFile, () =>
    this.catalogue === 'built-in' ? undefined : this.dataSource(this.src, this.trust.services, this.trust.servicesSrc),
  );
  /** the built-in national services for each region, kept so the index is built once */
  private builtIn: Record<string, Service[]> = {};

  // Derived in willUpdate from the data, the query and the filters; render() only reads them.
  /** the services to search: the Trust's, or the built-in ones */
  private items: Service[] = [];
  /** the search index of {@link items}, once built (after start-up, in slices) */
  private index?: SearchIndex;
  /** the index of {@link items} being built */
  private building?: IndexBuild;
  /** every topic of {@link items}, for the chips */
  private topics: string[] = [];
  /** the position of each of {@link items}, in data order: the list before any query */
  private everything: readonly number[] = [];
  /**
   * the results: the positions in {@link items} of those that match the query
   * (best first) and pass the filters. Positions, not services: a keystroke
   * at 50,000 services makes no list of them unless a filter is on.
   */
  private shown: readonly number[] = [];
  /** something was searched for (not only filters) */
  private searched = false;
  /** no results to show yet: the first load, or a query waiting for the index */
  private waiting = false;
  /** the count line, and what the live region says once typing pauses */
  private status = '';
  /** UK time now, read once per update for the filters and every service's open state */
  private now?: UkTime;
  private announceTimer?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page (moved, or a single-page app's view shown again): the index goes on where it stopped.
    if (this.building?.stop.signal.aborted)
      this.indexLater((this.building = { ...this.building, stop: new AbortController() }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clock.clearTimeout(this.announceTimer);
    // Out of the page: no idle time or slices are spent on it, and nothing queued holds on to it.
    this.building?.stop.abort();
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
    if (!this.emit(HELP_REQUEST_EVENT, undefined, { cancelable: true })) return; // the page's help-now answered
    this.urgentInline = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.urgent-numbers a')?.focus());
  }

  /** A topic in words: the built-in Welsh label, else the id in words (capitalised by CSS on chips). */
  private label(topic: string): string {
    const key = topicKey(topic);
    return (this.locale === 'cy' && TOPICS[key]) || key.replace(/[-_]+/g, ' ');
  }

  /**
   * Starts the index of a new list, after start-up: the unfiltered list
   * needs none, so the first render does no index work. It is built once the
   * page is idle (the other widgets rendered, on a slow PC too), in slices of a
   * few milliseconds, so it never holds the page; {@link indexNow} finishes a
   * Trust's list at once when a query needs it sooner.
   */
  private buildIndex(items: Service[], synonyms?: Record<string, string[]>) {
    this.building?.stop.abort(); // the data changed: this build takes over
    this.index = undefined;
    this.indexLater(
      (this.building = {
        steps: indexServicesInSlices(items, synonyms),
        stop: new AbortController(),
      }),
    );
  }

  /** Runs `building` once the page is idle, in slices, until it ends or is stopped. */
  private async indexLater(building: IndexBuild) {
    const { signal } = building.stop;
    await idle(signal);
    if (signal.aborted) return;
    const index = await inSlices(building.steps, signal);
    if (!index) return;
    this.index = index;
    this.building = undefined;
    if (this.query.trim()) this.requestUpdate(); // a query was waiting for it
  }

  /**
   * The index, when a query needs it: a build under way for a Trust's list
   * (up to {@link AT_ONCE} services, a few milliseconds) is finished at once,
   * so results follow the first keystroke; a longer one keeps building and
   * the query waits (shown as loading). Results never differ.
   */
  private indexNow(): SearchIndex | undefined {
    const building = this.building;
    if (!this.index && building && this.items.length <= AT_ONCE) {
      building.stop.abort();
      this.index = atOnce(building.steps);
      this.building = undefined;
    }
    return this.index;
  }

  /** The last search, kept: an update that changes neither the index nor the query (the live region, the chips) does not search again. */
  private last?: [index: SearchIndex, query: string, ranked: number[] | undefined, readAs: string | undefined];

  /** The matches, best first, and the query as read when a word of it was read as another. */
  private search(index: SearchIndex, query: string): [ranked: number[] | undefined, readAs: string | undefined] {
    if (this.last?.[0] !== index || this.last[1] !== query)
      this.last = [index, query, search(index, query), readAs(index, query)];
    return [this.last[2], this.last[3]];
  }

  protected override willUpdate(): void {
    const { loading, value } = this.data;
    const region = this.trust.region ?? DEFAULT_REGION;
    const items = value
      ? value.items
      : loading
        ? NONE
        : (this.builtIn[region] ??= NATIONAL_SERVICES.filter((s) => s.audience?.includes(region) ?? true));
    if (this.items !== items) {
      this.items = items;
      this.topics = [...new Set(items.flatMap((s) => s.topics.map(topicKey)))];
      this.everything = items.map((_, i) => i);
      this.buildIndex(items, value?.extras.synonyms);
    }
    const t = this.translator('support-finder', finderStrings);
    this.now = ukTime();
    const chosen = this.topic && topicKey(this.topic);
    const filters = { topic: chosen, openNow: this.openNow, format: this.format, selfReferral: this.selfReferral };
    // Until the index is built, a query waits (shown as loading); the unfiltered list needs no index.
    const index = this.query.trim() && !loading ? this.indexNow() : this.index;
    const [ranked, read] = index ? this.search(index, this.query) : [this.query.trim() ? [] : undefined, undefined];
    const waiting = (this.waiting = loading || (!index && !!this.query.trim()));
    this.searched = !!ranked;
    const order = ranked ?? this.everything;
    const filtering = Object.values(filters).some(Boolean); // any filter on: only then is a list made
    this.shown = waiting ? [] : filtering ? order.filter((i) => passes(items[i]!, filters, this.now)) : order;
    const count = this.shown.length;
    this.status = waiting
      ? t('loading')
      : t(ranked ? (read ? 'matchReadAs' : 'matchQuery') : chosen ? 'matchTopic' : 'all', {
          count,
          query: this.query.trim(),
          read: read ?? '',
          topic: this.label(chosen || ''),
        });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('reserve')) applyReserve(this, this.reserve, '32rem');
  }

  override render() {
    const t = this.translator('support-finder', finderStrings);
    const shared = this.translator('shared', sharedStrings);
    const { loading } = this.data;
    if (!loading && !this.items.length) return this.renderEmpty(t('failed'), t, shared);
    const { shown, searched, waiting, now } = this;
    const count = shown.length;
    const chosen = this.topic && topicKey(this.topic);
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
      <p class="count" part="count" aria-busy=${waiting ? 'true' : 'false'}>${this.status}</p>
      <div class="visually-hidden" role="status">${this.said}</div>
      ${searched && count ? html`<div class="urgent" part="urgent"><p>${t('urgent')}</p>${this.renderUrgentAction(t, shared)}</div>` : nothing}
      ${
        waiting
          ? nothing
          : count
            ? html`<ul class="results" part="results">${(this.all ? shown : shown.slice(0, FIRST)).map((i) => this.renderService(this.items[i]!, t, shared, now!))}</ul>
              ${
                this.all || count <= FIRST
                  ? nothing
                  : html`<button class="button secondary" part="more" type="button" @click=${this.showAll}>${t('showAll', { count })}</button>`
              }`
            : this.renderEmpty(t('none'), t, shared)
      }
    `;
  }

  private renderService(service: Service, t: FinderText, shared: SharedText, now: UkTime) {
    const { id, hours } = service;
    return html`<li class="service" part="service">
      <h3 tabindex="-1">${localised(service, 'name', this.locale)}</h3>
      ${service.confidential ? html`<p><span class="badge" part="badge">${t('confidential')}</span></p>` : nothing}
      <p>${localised(service, 'summary', this.locale)}</p>
      ${service.access === 'self-referral' ? html`<p class="meta">${t('self-referral')}</p>` : nothing}
      ${
        hours
          ? html`<p class="open">${describeState(openingState(hours, now), shared)}</p>
            <p class="meta">${describeHours(hours, shared)}</p>`
          : nothing
      }
      ${contactActions(service.contact, shared, () => this.emit(SERVICE_CONTACT_EVENT, { id }))}
    </li>`;
  }

  /** A calm message, 999 and NHS 111, and a way to the page's help-now (or the numbers, when there is none). */
  private renderEmpty(message: string, t: FinderText, shared: SharedText) {
    return html`<div class="none" part="empty">
      <p>${message}</p>
      <p>${t('urgent')}</p>
      ${this.renderUrgentAction(t, shared)}
    </div>`;
  }

  /** "Get help now", which asks the page's help-now to open; once nobody answered, 999 and NHS 111 as links. */
  private renderUrgentAction(t: FinderText, shared: SharedText) {
    return this.urgentInline
      ? html`<ul class="actions urgent-numbers">
          ${[EMERGENCY_NUMBER, NHS_111].map((n) => html`<li><a href=${telHref(n)}>${shared('call', { number: n })}</a></li>`)}
        </ul>`
      : html`<button class="button" part="help" type="button" @click=${this.requestHelp}>${t('urgentButton')}</button>`;
  }
}
