/**
 * Wellbeing Widgets: importing this module registers every element.
 * The provider is defined first so that widgets already in the page find it
 * when they upgrade.
 */
export { WellbeingProvider } from './provider/define.js';
export { WellbeingHelpNow } from './help-now/define.js';
export { WellbeingSupportFinder } from './support-finder/define.js';
export { WellbeingBreakReminder } from './break-reminder/define.js';
export { WellbeingCampaignBanner } from './campaign-banner/define.js';
export { VERSION } from './core/version.js';
export type { TrustConfig, Region } from './core/lit/context.js';
export type { HelpContact, Service, Campaign } from './core/data/schemas.js';
export type { HelpOpenDetail, WellbeingHelpNowEventMap } from './help-now/help-now.js';
export type { ServiceContactDetail, WellbeingSupportFinderEventMap } from './support-finder/support-finder.js';
export type { BreakAction, BreakDetail, WellbeingBreakReminderEventMap } from './break-reminder/break-reminder.js';
export type { CampaignEventDetail, WellbeingCampaignBannerEventMap } from './campaign-banner/campaign-banner.js';
