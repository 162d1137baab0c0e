import { createContext } from '@lit/context';
import type { Locale, StringOverrides } from '../i18n/index.js';

export const REGIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Region = (typeof REGIONS)[number];

/** The nation a widget serves when neither it nor its provider names one. */
export const DEFAULT_REGION: Region = 'england';

/** What `<wellbeing-provider>` shares with the widgets inside it. */
export interface TrustConfig {
  trustName?: string;
  locale?: Locale;
  region?: Region;
  helpSrc?: string;
  servicesSrc?: string;
  campaignsSrc?: string;
  /** inline data files, as an alternative to the `*Src` URLs */
  help?: unknown;
  services?: unknown;
  campaigns?: unknown;
  strings?: StringOverrides;
}

/** A string key (not a Symbol) so a provider and widgets from two copies of the bundle still meet. */
export const trustContext = createContext<TrustConfig>('wellbeing-widgets/trust-config');

export function toRegion(value: unknown): Region | undefined {
  return REGIONS.includes(value as Region) ? (value as Region) : undefined;
}
