import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { trustContext, type TrustConfig } from './context.js';
import { localeFor, translator, type Catalogue, type Locale, type Translate } from '../i18n/index.js';
import { readInlineJson, type DataSource } from '../data/inline-json.js';

/**
 * What every widget shares: the provider's Trust configuration, the page
 * language, translated strings and the choice of data source.
 */
export class WellbeingElement extends LitElement {
  /** Trust configuration from the nearest `<wellbeing-provider>`, if any. */
  @consume({ context: trustContext, subscribe: true })
  @state()
  protected trust: TrustConfig = {};

  private inline?: ReturnType<typeof readInlineJson>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.inline = readInlineJson(this);
  }

  /** `en` or `cy`: the provider's `locale`, else the nearest `lang` attribute. */
  protected get locale(): Locale {
    return localeFor(this, this.trust.locale);
  }

  protected translator<K extends string>(widget: string, catalogue: Catalogue<K>): Translate<K> {
    return translator(widget, catalogue, this.locale, this.trust.strings);
  }

  /**
   * The widget's own `src` or inline JSON child wins, then the provider's
   * inline data, then the provider's URL; `undefined` means built-in defaults.
   */
  protected dataSource(ownSrc: string | undefined, providerData: unknown, providerSrc: string | undefined): DataSource | undefined {
    if (ownSrc) return { url: ownSrc, label: ownSrc };
    if (this.inline) return { inline: this.inline.value, label: this.inline.label };
    if (providerData !== undefined) return { inline: providerData, label: 'inline JSON in <wellbeing-provider>' };
    if (providerSrc) return { url: providerSrc, label: providerSrc };
    return undefined;
  }
}
