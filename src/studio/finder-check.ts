import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { servicesFile, type Service } from '../core/data/schemas.js';
import { validateFile } from '../core/data/validate.js';
import { NATIONAL_SERVICES } from '../support-finder/national-services.js';
import { ANY_TIME, explain, search, type Reason, type SearchIndex } from '../support-finder/search.js';
import { indexServices } from '../support-finder/service-index.js';
import type { DraftChange } from './data-view.js';
import { TOPIC_OPTIONS } from './fields.js';
import { studioStyles } from './studio-styles.js';

const FIELD_WORDS: Record<Reason['field'], string> = { name: 'name', topic: 'topics', summary: 'summary' };
const TOPIC_WORDS = new Map(TOPIC_OPTIONS);

/** One reason in words: `“money worries” is an everyday phrase for the topic money`. */
export function reasonText({ query, how, matched, field }: Reason): string {
  const where = `in its ${FIELD_WORDS[field]}`;
  switch (how) {
    case 'synonym':
      return matched === ANY_TIME
        ? `“${query}” is a time of night: services open day and night (hours 24/7) count for more`
        : `“${query}” is an everyday word for the topic “${TOPIC_WORDS.get(matched) ?? matched}”`;
    case 'danger':
      return `“${query}” reads as danger, so the urgent help route comes first`;
    case 'start':
      return `“${query}” is the start of “${matched}” ${where}`;
    case 'typo':
      return `“${query}” is one letter away from “${matched}” ${where}`;
    case 'mutation':
      return `“${query}” is a Welsh form of “${matched}” ${where}`;
    case 'acronym':
      return `“${query}” stands for “${matched}” ${where}`;
    default:
      return query.toLowerCase() === matched.toLowerCase()
        ? `“${query}” is ${where}`
        : `“${query}” matches “${matched}” ${where}`;
  }
}

/**
 * The finder check: type what a member of staff would type, see the services
 * they would find, best first, and why each matched (the finder's own search
 * and its explanation). Where search fails, teach it an everyday word for a
 * topic: the services file's `synonyms`.
 *
 * @fires studio-draft - `detail: { kind: 'services', draft }` when a synonym is added or removed.
 */
export class StudioFinderCheck extends LitElement {
  static override styles = [
    ...studioStyles,
    css`
      .results {
        padding-left: 24px;
      }
      section > [role='status'] {
        margin-top: 16px;
      }
      .results > li {
        margin: 0 0 16px;
      }
      .results ul {
        margin: 4px 0 0;
        color: var(--_secondary-text);
      }
      .synonyms li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0 16px;
      }
      section {
        margin: 0 0 40px;
      }
    `,
  ];

  /** The services draft (entries as the editor has them; those with problems are left out, as the finder would). */
  @property({ attribute: false }) services: Record<string, unknown>[] = [];

  /** The services file's other keys, with its `synonyms`. */
  @property({ attribute: false }) extras: Record<string, unknown> = {};

  @state() private query = '';
  @state() private said = '';

  private cache?: { key: unknown[]; synonyms: unknown; index: SearchIndex; list: Service[] };

  private get synonyms(): Record<string, string[]> {
    const value = this.extras.synonyms;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string[]>) : {};
  }

  /** The index the finder would build from this data (or from the built-in catalogue when there is none). */
  private index(): { index: SearchIndex; list: Service[]; builtIn: boolean } {
    const builtIn = !this.services.length;
    if (this.cache?.key !== this.services || this.cache.synonyms !== this.extras.synonyms) {
      const checked = validateFile({ services: this.services, ...this.extras }, servicesFile);
      const list = builtIn ? NATIONAL_SERVICES : 'items' in checked ? checked.items : [];
      const synonyms = 'extras' in checked ? checked.extras.synonyms : undefined;
      this.cache = {
        key: this.services,
        synonyms: this.extras.synonyms,
        list,
        index: indexServices(list, builtIn ? undefined : synonyms),
      };
    }
    return { index: this.cache.index, list: this.cache.list, builtIn };
  }

  private setSynonyms(synonyms: Record<string, string[]>, said: string): void {
    const { synonyms: _, ...rest } = this.extras;
    const extras: Record<string, unknown> = Object.keys(synonyms).length ? { ...rest, synonyms } : rest;
    this.extras = extras;
    this.said = said;
    this.dispatchEvent(
      new CustomEvent<DraftChange>('studio-draft', {
        detail: { kind: 'services', draft: { items: this.services, extras, unsaved: true } },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private addSynonym(): void {
    const phrase = this.renderRoot.querySelector<HTMLInputElement>('#phrase')!.value.trim().toLowerCase();
    const topic = this.renderRoot.querySelector<HTMLSelectElement>('#topic')!.value;
    if (!phrase || !topic) {
      this.said = 'Type a word or phrase and choose a topic.';
      return;
    }
    const current = this.synonyms[phrase] ?? [];
    if (current.includes(topic)) {
      this.said = `“${phrase}” already means ${TOPIC_WORDS.get(topic) ?? topic}.`;
      return;
    }
    this.setSynonyms(
      { ...this.synonyms, [phrase]: [...current, topic] },
      `Added: “${phrase}” now finds services about ${TOPIC_WORDS.get(topic) ?? topic}.`,
    );
  }

  private topics(list: Service[]): Array<[string, string]> {
    const known = new Map(TOPIC_OPTIONS);
    for (const service of list) for (const topic of service.topics) if (!known.has(topic)) known.set(topic, topic);
    return [...known];
  }

  private results(index: SearchIndex, list: Service[]): TemplateResult | typeof nothing {
    const query = this.query.trim();
    if (!query) return nothing;
    const found = search(index, query);
    if (!found)
      return html`<p>“${query}” has no words the finder searches for (words like “the” and “and” are ignored), so it shows every service.</p>`;
    if (!found.length)
      return html`<div class="notice error">
        <p><strong>No service matches “${query}”.</strong> Staff who type this see no results. Teach the finder what it means below, or add the words to a service’s summary.</p>
      </div>`;
    return html`<p>Staff would see ${found.length === 1 ? '1 service' : `${found.length} services`}, best first. The finder shows the first three, then “Show all”.</p>
      <ol class="results">
        ${found.map((doc) => {
          const service = list[doc]!;
          return html`<li>
            <strong>${service.name}</strong>
            <ul>
              ${explain(index, query, doc).map((reason) => html`<li>${reasonText(reason)}</li>`)}
            </ul>
          </li>`;
        })}
      </ol>`;
  }

  override render() {
    const { index, list, builtIn } = this.index();
    const synonyms = Object.entries(this.synonyms);
    return html`
      <h1 id="view-heading" tabindex="-1">Check the finder</h1>
      <p class="lede">Type what a member of staff would type. See the services they would find, and why each one matched.</p>
      ${
        builtIn
          ? html`<p class="notice">You have no services of your own yet, so this checks the built-in national services. <a href="#services">Add your services</a>.</p>`
          : nothing
      }
      <section aria-labelledby="search-heading">
        <h2 id="search-heading" class="visually-hidden">Search</h2>
        <label for="query">What would they type?</label>
        <span class="hint" id="query-hint">For example: “can’t sleep after nights”, “money worries”, “OH referral”, “cwnsela”.</span>
        <input id="query" type="search" aria-describedby="query-hint" autocomplete="off" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        <div role="status">${this.results(index, list)}</div>
      </section>

      <section aria-labelledby="synonym-heading">
        <h2 id="synonym-heading">Teach the finder a word</h2>
        ${
          builtIn
            ? html`<p>Everyday words are kept in your services file, so <a href="#services">add your services</a> first.</p>`
            : html`<p>When staff use a word the services do not, tell the finder which topic it means. It is saved in your services file as a synonym.</p>
              <div class="field">
                <label for="phrase">Word or phrase staff use</label>
                <input id="phrase" type="text" .value=${this.query.trim().toLowerCase()} />
              </div>
              <div class="field">
                <label for="topic">Topic it means</label>
                <select id="topic">
                  ${this.topics(list).map(([value, words]) => html`<option value=${value}>${words}</option>`)}
                </select>
              </div>
              <div class="buttons">
                <button type="button" class="button" @click=${this.addSynonym}>Add this word</button>
                <span role="status">${this.said}</span>
              </div>
              ${
                synonyms.length
                  ? html`<h3>Your words (${synonyms.length})</h3>
                    <ul class="synonyms">
                      ${synonyms.map(
                        ([phrase, topics]) => html`<li>
                          <span>“${phrase}” means ${topics.map((t) => TOPIC_WORDS.get(t) ?? t).join(', ')}</span>
                          <button
                            type="button"
                            class="link-button"
                            @click=${() => {
                              const next = { ...this.synonyms };
                              delete next[phrase];
                              this.setSynonyms(next, `Removed “${phrase}”.`);
                            }}
                          >
                            Remove<span class="visually-hidden"> “${phrase}”</span>
                          </button>
                        </li>`,
                      )}
                    </ul>`
                  : nothing
              }
              <p>Then download your services file again from <a href="#services">Support services</a>.</p>`
        }
      </section>
    `;
  }
}
