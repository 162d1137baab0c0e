import { html, nothing, type PropertyValues } from 'lit';
import { clock, msUntilNextUkDay, ukTime } from '../core/platform/clock.js';
import { applyReserve, DataController } from '../core/lit/data-controller.js';
import { WellbeingElement } from '../core/lit/element.js';
import { localised } from '../core/i18n/index.js';
import { log } from '../core/platform/log.js';
import { safeUrl } from '../core/data/safe-url.js';
import { campaignsFile, type Campaign } from '../core/data/schemas.js';
import { storage } from '../core/platform/storage.js';
import { controls } from '../styles/shared.js';
import { tokens } from '../styles/tokens.js';
import { campaignBannerStyles } from './campaign-banner.styles.js';
import { campaignsOn, dismissalVersion, isIsoDate } from './schedule.js';
import { campaignBannerStrings } from './strings.js';

/** `detail` of `wellbeing-campaign-view`, `-click` and `-dismiss`. */
export interface CampaignEventDetail {
  /** The campaign's `id` from the campaigns file. */
  id: string;
}

/** A campaign was shown (once per campaign per page view). */
export const CAMPAIGN_VIEW_EVENT = 'wellbeing-campaign-view';
/** A campaign's link was followed. */
export const CAMPAIGN_CLICK_EVENT = 'wellbeing-campaign-click';
/** A campaign was dismissed (other banners on the page hear it and hide it too). */
export const CAMPAIGN_DISMISS_EVENT = 'wellbeing-campaign-dismiss';

/** The events `<wellbeing-campaign-banner>` fires, by name (bubbling and composed). */
export interface WellbeingCampaignBannerEventMap {
  [CAMPAIGN_VIEW_EVENT]: CustomEvent<CampaignEventDetail>;
  [CAMPAIGN_CLICK_EVENT]: CustomEvent<CampaignEventDetail>;
  [CAMPAIGN_DISMISS_EVENT]: CustomEvent<CampaignEventDetail>;
}

/** Storage key of a dismissal; the stored value is the campaign's {@link dismissalVersion} (a yearly campaign's names the occurrence's year). */
export const dismissedKey = (id: string): string => `campaign-banner:dismissed:${id}`;

/**
 * Scheduled awareness campaigns from one JSON file, chosen by the UK date
 * (Europe/London) whatever the visitor's time zone, and chosen again at UK
 * midnight on pages left open for days. Several at once show one at a time,
 * highest priority first, with Previous/Next and "1 of 3". When nothing is
 * showing the element takes no space at all. A dismissed campaign stays hidden
 * until its text or dates change; a yearly one shows again the next year.
 *
 * @summary Scheduled, rotating awareness campaigns run from one JSON file.
 *
 * @slot - An optional `<script type="application/json">` child holding the campaigns file inline, and any fallback for when the script does not load: shown until the element is defined, hidden (not read, not focusable) once it renders.
 *
 * @csspart banner - The labelled region (NHS notification-banner look).
 * @csspart label - The coloured strip naming the region ("Staff wellbeing").
 * @csspart body - The campaign's image and text.
 * @csspart image - The campaign's image.
 * @csspart title - The campaign's heading.
 * @csspart message - The campaign's message.
 * @csspart link - The campaign's link.
 * @csspart controls - The row of Pause/Play, Previous, "1 of 3", Next and Dismiss.
 * @csspart pause - The Pause/Play button (only while rotation is on).
 * @csspart previous - The Previous button.
 * @csspart position - The "1 of 3" text.
 * @csspart next - The Next button.
 * @csspart dismiss - The Dismiss button.
 *
 * @cssprop --wellbeing-campaign-info-colour - Border and strip colour for `tone: "info"` (falls back to the brand colour, #005eb8).
 * @cssprop --wellbeing-campaign-celebrate-colour - … for `tone: "celebrate"` (falls back to the button colour, #007f3b).
 * @cssprop --wellbeing-campaign-important-colour - … for `tone: "important"` (falls back to the warning colour, #d5281b).
 * @cssprop --wellbeing-campaign-label-text-colour - Text colour on the strip (#fff).
 *
 * @fires {CustomEvent<CampaignEventDetail>} wellbeing-campaign-view - A campaign was shown for the first time on this page. `detail: { id }`.
 * @fires {CustomEvent<CampaignEventDetail>} wellbeing-campaign-click - The campaign's link was followed. `detail: { id }`.
 * @fires {CustomEvent<CampaignEventDetail>} wellbeing-campaign-dismiss - The campaign was dismissed. `detail: { id }`.
 */
export class WellbeingCampaignBanner extends WellbeingElement {
  static override styles = [tokens, controls, campaignBannerStyles];

  // Declared here rather than with decorators: no decorator helpers ship in any file.
  static override properties = {
    src: {},
    previewDate: { attribute: 'preview-date' },
    rotateSeconds: { attribute: 'rotate-seconds', type: Number },
    paused: { type: Boolean, reflect: true },
    path: {},
    reserve: { reflect: true },
    today: { state: true, attribute: false },
    requestedIndex: { state: true, attribute: false },
    hovered: { state: true, attribute: false },
    focused: { state: true, attribute: false },
  };

  /** URL of the campaigns JSON file; wins over the provider's `campaigns-src`. */
  src?: string;

  /** `YYYY-MM-DD`: show the banner as it would look on that UK day (dismissals made in preview are not stored). */
  previewDate?: string;

  /** Seconds between automatic rotations when several campaigns show; at least 5, otherwise no rotation. Never rotates when the visitor prefers reduced motion. */
  rotateSeconds?: number;

  /** Rotation is paused; the Pause/Play button toggles it, and nothing else resumes it. */
  paused = false;

  /** The page path that campaigns' `pages` patterns match; defaults to `location.pathname`. */
  path?: string;

  /**
   * A CSS length (`12rem`, `180px`) the banner keeps as its minimum height (the host's `min-block-size`),
   * so the page does not move when the campaigns arrive or take turns: reserve the height of the tallest.
   * Kept while the campaigns load; given back if none shows. Changed campaigns swap in place.
   */
  reserve?: string;

  private today = ukTime().date;
  /** The campaign Previous, Next and rotation asked for: any whole number, taken modulo the number showing. */
  private requestedIndex = 0;
  private hovered = false;
  private focused = false;

  // Derived in willUpdate from the data, the day, the page, the dismissals and the settings; render() only reads them.
  /** Today's campaigns on this page that are not dismissed, in the order they take turns. */
  private showing: Campaign[] = [];
  /** Where the campaign on screen is in {@link showing}. */
  private currentIndex = 0;
  /** Several campaigns, rotate-seconds of 5 or more and no preference for reduced motion: Pause/Play shows. */
  private canRotate = false;
  /** The rotation timer should be running: {@link canRotate}, and not paused, hovered or focused. */
  private rotating = false;
  private readonly viewed = new Set<string>();
  private readonly previewDismissed = new Set<string>();
  private dayTimer?: number;
  private rotateTimer?: number;

  private readonly data = new DataController(
    this,
    campaignsFile,
    () => this.dataSource(this.src, this.trust.campaigns, this.trust.campaignsSrc),
    // With a reserved height, a changed campaign list swaps in place.
    { swapInPlace: () => !!this.reserve },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.newDay();
    document.addEventListener('visibilitychange', this.newDay);
    addEventListener('storage', this.recheckDismissals);
    addEventListener(CAMPAIGN_DISMISS_EVENT, this.recheckDismissals);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clock.clearTimeout(this.dayTimer);
    clock.clearTimeout(this.rotateTimer);
    this.rotateTimer = undefined;
    document.removeEventListener('visibilitychange', this.newDay);
    removeEventListener('storage', this.recheckDismissals);
    removeEventListener(CAMPAIGN_DISMISS_EVENT, this.recheckDismissals);
  }

  /** Picks up the UK date, and sets the one timer for the next UK midnight (also run when a sleeping tab wakes). */
  private readonly newDay = () => {
    clock.clearTimeout(this.dayTimer);
    this.today = ukTime().date;
    this.dayTimer = clock.setTimeout(this.newDay, msUntilNextUkDay());
  };

  /**
   * A dismissal in another banner or tab: willUpdate reads the dismissals again.
   * Other storage changes (a break reminder in another tab) leave the banner alone.
   */
  private readonly recheckDismissals = (event: Event) => {
    const key = event instanceof StorageEvent ? event.key : undefined;
    if (key === undefined || key === null || key.startsWith(storage.keyFor(dismissedKey('')))) this.requestUpdate();
  };

  private get preview(): string | undefined {
    return isIsoDate(this.previewDate) ? this.previewDate : undefined;
  }

  /** The UK date the banner shows: the preview date or today. */
  private get day(): string {
    return this.preview ?? this.today;
  }

  private isDismissed(campaign: Campaign): boolean {
    const version = dismissalVersion(campaign, this.day);
    return this.preview
      ? this.previewDismissed.has(campaign.id + version)
      : storage.get(dismissedKey(campaign.id)) === version;
  }

  private async dismiss(campaign: Campaign): Promise<void> {
    const version = dismissalVersion(campaign, this.day);
    if (this.preview) this.previewDismissed.add(campaign.id + version);
    else storage.set(dismissedKey(campaign.id), version);
    this.emit(CAMPAIGN_DISMISS_EVENT, { id: campaign.id });
    await this.updateComplete;
    // Keep keyboard focus in the banner when another campaign takes its place.
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private go(step: number): void {
    const count = this.showing.length;
    if (count) this.requestedIndex = (this.currentIndex + step + count) % count;
  }

  /** Focus in or out: read once the move (or a re-render that removed the focused button) is over. */
  private readonly onFocus = () =>
    queueMicrotask(() => (this.focused = !!(this.renderRoot as ShadowRoot).activeElement));

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('previewDate') && this.previewDate && !this.preview) {
      log.error(
        '<wellbeing-campaign-banner>',
        `preview-date "${this.previewDate}": expected a date as YYYY-MM-DD (showing today)`,
      );
    }
    this.showing = campaignsOn(this.data.value?.items ?? [], this.day, this.path ?? location.pathname).filter(
      (campaign) => !this.isDismissed(campaign),
    );
    const count = this.showing.length;
    this.currentIndex = count ? this.requestedIndex % count : 0;
    this.canRotate =
      (this.rotateSeconds ?? 0) >= 5 && count > 1 && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.rotating = this.canRotate && !this.paused && !this.hovered && !this.focused;
  }

  override render() {
    const count = this.showing.length;
    if (!count) return nothing;
    const t = this.translator('campaign-banner', campaignBannerStrings);
    const welsh = this.locale === 'cy';
    const english = (cy?: string) => (welsh && !cy ? 'en' : nothing);
    const campaign = this.showing[this.currentIndex]!;
    const { link, image } = campaign;
    const title = localised(campaign, 'title', this.locale);
    const href = link && safeUrl(link.href);
    const src = image && safeUrl(image.src);
    const dismissible = campaign.dismissible !== false;
    return html`<section
      class="banner"
      part="banner"
      data-tone=${campaign.tone ?? 'info'}
      aria-labelledby="label"
      @mouseenter=${() => (this.hovered = true)}
      @mouseleave=${() => (this.hovered = false)}
      @focusin=${this.onFocus}
      @focusout=${this.onFocus}
    >
      <p class="label" id="label" part="label">${t('label')}</p>
      <div class="body" part="body" aria-live=${this.rotating ? 'off' : 'polite'}>
        ${src?.startsWith('http') ? html`<img part="image" src=${src} alt=${localised(image!, 'alt', this.locale)} />` : nothing}
        <div class="text">
          <h2 part="title" tabindex="-1" lang=${english(campaign.title_cy)}>${title}</h2>
          <p part="message" lang=${english(campaign.message_cy)}>${localised(campaign, 'message', this.locale)}</p>
          ${
            href
              ? html`<p><a part="link" href=${href} lang=${english(link.text_cy)} @click=${() => this.emit(CAMPAIGN_CLICK_EVENT, { id: campaign.id })}
                  >${localised(link, 'text', this.locale)}</a
                ></p>`
              : nothing
          }
        </div>
      </div>
      ${
        count > 1 || dismissible
          ? html`<div class="controls" part="controls">
            ${
              this.canRotate
                ? html`<button type="button" part="pause" @click=${() => (this.paused = !this.paused)}>
                  ${t(this.paused ? 'play' : 'pause')}
                </button>`
                : nothing
            }
            ${
              count > 1
                ? html`<button type="button" part="previous" @click=${() => this.go(-1)}>${t('previous')}</button>
                  <span part="position">${t('position', { index: this.currentIndex + 1, count })}</span>
                  <button type="button" part="next" @click=${() => this.go(1)}>${t('next')}</button>`
                : nothing
            }
            ${
              dismissible
                ? html`<button type="button" class="dismiss" part="dismiss" aria-label=${t('dismissLabel', { title })} @click=${() => this.dismiss(campaign)}>
                  ${t('dismiss')}
                </button>`
                : nothing
            }
          </div>`
          : nothing
      }
    </section>`;
  }

  protected override updated(changed: PropertyValues): void {
    const campaign = this.showing[this.currentIndex];
    this.toggleAttribute('active', !!campaign);
    // While the campaigns load, a reserved height holds its space (the styles show the element then).
    this.toggleAttribute('loading', this.data.loading);
    if (changed.has('reserve')) applyReserve(this, this.reserve, '12rem');
    if (campaign && !this.viewed.has(campaign.id)) {
      this.viewed.add(campaign.id);
      this.emit(CAMPAIGN_VIEW_EVENT, { id: campaign.id });
    }
    // Not after it has left the page (an update can still run then): the timer would keep it alive, rotating.
    if (!this.rotating || !this.isConnected) {
      clock.clearTimeout(this.rotateTimer);
      this.rotateTimer = undefined;
    } else if (this.rotateTimer === undefined || changed.has('requestedIndex') || changed.has('rotateSeconds')) {
      clock.clearTimeout(this.rotateTimer);
      this.rotateTimer = clock.setTimeout(() => {
        this.rotateTimer = undefined;
        this.go(1);
      }, this.rotateSeconds! * 1000);
    }
  }
}
