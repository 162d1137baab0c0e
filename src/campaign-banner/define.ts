import { define } from '../core/lit/define.js';
import { WellbeingCampaignBanner, type WellbeingCampaignBannerEventMap } from './campaign-banner.js';

define('wellbeing-campaign-banner', WellbeingCampaignBanner);

// For TypeScript pages: `querySelector` knows the tag, and the events join the
// one event map (core/lit/element.ts), which types their `detail` on any element,
// the document or the window.
declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-campaign-banner': WellbeingCampaignBanner;
  }
  interface WellbeingEventMap extends WellbeingCampaignBannerEventMap {}
}

export { WellbeingCampaignBanner };
