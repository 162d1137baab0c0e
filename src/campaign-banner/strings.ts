import type { StringTable } from '../core/i18n/index.js';

export type CampaignBannerKey =
  'label' | 'previous' | 'next' | 'position' | 'pause' | 'play' | 'dismiss' | 'dismissLabel';

export const campaignBannerStrings: StringTable<CampaignBannerKey> = {
  en: {
    label: 'Staff wellbeing',
    previous: 'Previous',
    next: 'Next',
    position: '{index} of {count}',
    pause: 'Pause',
    play: 'Play',
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss: {title}',
  },
  cy: {
    label: 'Llesiant staff',
    previous: 'Blaenorol',
    next: 'Nesaf',
    position: '{index} o {count}',
    pause: 'Oedi',
    play: 'Chwarae',
    dismiss: 'Diystyru',
    dismissLabel: 'Diystyru: {title}',
  },
};
