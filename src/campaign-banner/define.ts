import { define } from '../core/define.js';
import { WellbeingCampaignBanner } from './campaign-banner.js';

define('wellbeing-campaign-banner', WellbeingCampaignBanner);

declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-campaign-banner': WellbeingCampaignBanner;
  }
}

export { WellbeingCampaignBanner };
