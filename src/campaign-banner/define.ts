import { define } from '../core/lit/define.js';
import { WellbeingCampaignBanner, type WellbeingCampaignBannerEventMap } from './campaign-banner.js';

define('wellbeing-campaign-banner', WellbeingCampaignBanner);

// For TypeScript pages: `querySelector` knows the tag, and the events (bubbling
// and composed) carry a typed `detail` on any element, the document or the window.
declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-campaign-banner': WellbeingCampaignBanner;
  }
  interface HTMLElementEventMap extends WellbeingCampaignBannerEventMap {}
  interface DocumentEventMap extends WellbeingCampaignBannerEventMap {}
  interface WindowEventMap extends WellbeingCampaignBannerEventMap {}
}

export { WellbeingCampaignBanner };
