import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations } from 'lit';
import { trustContext, type TrustConfig } from './context.js';
import { localeFor, translator, type Locale, type StringTable, type Translate } from '../i18n/index.js';
import { readInlineJson, type DataSource } from '../data/inline-json.js';

declare global {
  /**
   * Every event a widget fires, by name: each widget's define.ts adds its own.
   * The same map types `addEventListener` on any element, the document and the
   * window, since the events bubble and are composed.
   */
  interface WellbeingEventMap {}
  interface HTMLElementEventMap extends WellbeingEventMap {}
  interface DocumentEventMap extends WellbeingEventMap {}
  interface WindowEventMap extends WellbeingEventMap {}
}

/**
 * Asks the page's help-now to open: the finder sends it, cancelable, and
 * help-now answers by cancelling it. Widgets never import each other, so the
 * name both use lives here.
 */
export const HELP_REQUEST_EVENT = 'wellbeing-help-request';

/** The name of an event a widget fires. */
export type WellbeingEventName = keyof WellbeingEventMap;

/** What an event carries in `detail`: `undefined` for a plain `Event`, which has none. */
export type WellbeingEventDetail<K extends WellbeingEventName> =
  WellbeingEventMap[K] extends CustomEvent<infer D> ? D : undefined;

/**
 * What every widget shares: the provider's Trust configuration, the page
 * language, translated strings and the choice of data source.
 */
export class WellbeingElement extends LitElement {
  // Declared here rather than with decorators: the entry file then carries no
  // decorator helpers (help-now and the provider declare theirs the same way).
  static override properties: PropertyDeclarations = { trust: { state: true, attribute: false } };

  /** Trust configuration from the nearest `<wellbeing-provider>`, if any. */
  protected trust: TrustConfig = {};

  private inline?: ReturnType<typeof readInlineJson>;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: trustContext,
      subscribe: true,
      callback: (trust) => {
        this.trust = trust;
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.inline = readInlineJson(this);
  }

  /** `en` or `cy`: the provider's `locale`, else the nearest `lang` attribute. */
  protected get locale(): Locale {
    return localeFor(this, this.trust.locale);
  }

  /**
   * The one way an event leaves a widget: bubbling and composed, so the page
   * hears it through shadow roots, with the `detail` the event map gives it (a
   * plain `Event` when it has none). Returns `false` when a listener cancelled
   * a `cancelable` event.
   */
  protected emit<K extends WellbeingEventName>(
    name: K,
    detail: WellbeingEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    const init = { bubbles: true, composed: true, cancelable: !!options.cancelable };
    const event = detail === undefined ? new Event(name, init) : new CustomEvent(name, { ...init, detail });
    return this.dispatchEvent(event);
  }

  protected translator<K extends string>(widget: string, strings: StringTable<K>): Translate<K> {
    return translator(widget, strings, this.locale, this.trust.strings);
  }

  /**
   * The widget's own `src` or inline JSON child wins, then the provider's
   * inline data, then the provider's URL; `undefined` means built-in defaults.
   */
  protected dataSource(
    ownSrc: string | undefined,
    providerData: unknown,
    providerSrc: string | undefined,
  ): DataSource | undefined {
    if (ownSrc) return { url: ownSrc, label: ownSrc };
    if (this.inline) return { inline: this.inline.value, label: this.inline.label };
    if (providerData !== undefined) return { inline: providerData, label: 'inline JSON in <wellbeing-provider>' };
    if (providerSrc) return { url: providerSrc, label: providerSrc };
    return undefined;
  }
}
