import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { toRegion, trustContext, type Region, type TrustConfig } from '../core/lit/context.js';
import { toLocale, type Locale } from '../core/i18n/index.js';
import { readInlineJson } from '../core/data/inline-json.js';

/** The inline JSON, if it is an object: its keys are checked where they are used. */
const asConfig = (value: unknown): TrustConfig =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as TrustConfig) : {};

/** Data that has not arrived yet: a widget given it shows it is loading. */
const WAITING = new Promise<never>(() => {});

const sameConfig = (a: TrustConfig, b: TrustConfig) => {
  const keys = Object.keys(a) as Array<keyof TrustConfig>;
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
};

/**
 * Shares one Trust's configuration with every widget inside it, so an editor
 * sets the Trust name, language, region and data files once per page. A
 * widget's own attributes win over the provider's.
 *
 * Inline JSON child (all keys optional): `{ "trustName", "locale", "region",
 * "helpSrc", "servicesSrc", "campaignsSrc", "help": {…}, "services": {…},
 * "campaigns": {…}, "strings": { "en": { "help-now.trigger": "…" }, "cy": {…} } }`.
 * Attributes win over the inline JSON.
 *
 * It is a block, so a page's content column keeps it, and the widgets in it, to the
 * column's width. To have its children take part in the page's own flex or grid
 * layout instead, give it `display: contents` in the page's stylesheet.
 *
 * @summary Trust configuration for the widgets inside it.
 * @slot - The page content and widgets that share this configuration.
 */
export class WellbeingProvider extends LitElement {
  // A block, like the <div> an editor would paste. It was `display: contents`, which
  // gives the element no box: a theme's content column limits the width of its own
  // children (`.entry-content > *`, `.is-layout-constrained > *` in WordPress), so it
  // limited a provider that had no box to limit, and the widgets, grandchildren of
  // the column, spread across the theme's whole container (1,216px in the issue).
  static override styles = css`
    :host {
      display: block;
    }
  `;

  // Declared here rather than with decorators: the entry file then carries no decorator helpers.
  static override properties = {
    trustName: { attribute: 'trust-name' },
    locale: {},
    region: {},
    helpSrc: { attribute: 'help-src' },
    servicesSrc: { attribute: 'services-src' },
    campaignsSrc: { attribute: 'campaigns-src' },
  };

  /** The Trust's name, used in headings such as "Support from …". */
  declare trustName?: string;

  /** `en` or `cy`; otherwise each widget follows the page's `lang`. */
  declare locale?: Locale;

  /** `england` (default), `wales`, `scotland` or `northern-ireland`. */
  declare region?: Region;

  /** URL of the help-contacts JSON file for `<wellbeing-help-now>`. */
  declare helpSrc?: string;

  /** URL of the services JSON file for `<wellbeing-support-finder>`. */
  declare servicesSrc?: string;

  /** URL of the campaigns JSON file for `<wellbeing-campaign-banner>`. */
  declare campaignsSrc?: string;

  /** What the widgets inside are given. */
  private readonly provider = new ContextProvider(this, { context: trustContext, initialValue: {} });

  private inline: TrustConfig = {};

  override connectedCallback(): void {
    super.connectedCallback();
    const found = readInlineJson(this)?.value;
    if (!(found instanceof Promise)) {
      this.inline = asConfig(found);
      return;
    }
    // Very long JSON (thousands of services) is parsed in slices: until it is, each widget waits
    // (shows it is loading), rather than showing its built-in data and then the Trust's.
    const waiting: TrustConfig = (this.inline = { help: WAITING, services: WAITING, campaigns: WAITING });
    void found.then((value) => {
      if (this.inline !== waiting) return; // read again since
      this.inline = asConfig(value);
      this.requestUpdate();
    });
  }

  protected override willUpdate(): void {
    const inline = this.inline;
    const config: TrustConfig = {
      ...inline,
      trustName: this.trustName ?? (typeof inline.trustName === 'string' ? inline.trustName : undefined),
      locale: toLocale(this.locale) ?? toLocale(inline.locale),
      region: toRegion(this.region) ?? toRegion(inline.region),
      helpSrc: this.helpSrc ?? inline.helpSrc,
      servicesSrc: this.servicesSrc ?? inline.servicesSrc,
      campaignsSrc: this.campaignsSrc ?? inline.campaignsSrc,
    };
    // A new object updates every widget inside, so it is shared only when something in it changed.
    if (!sameConfig(config, this.provider.value)) this.provider.setValue(config);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
