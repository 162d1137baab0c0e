/**
 * Every built-in national number, in one place: help-now's dialog, the finder's
 * built-in services and its urgent-help line read them from here, so a change
 * to a number is made once. Each was checked against public sources on the
 * date below; see "Built-in numbers" in docs/help-now.md for the sources and
 * how to report a change.
 */
export const NATIONAL_NUMBERS_CHECKED = {
  /** the day of the last check, for data such as a service's `lastReviewed` */
  date: '2026-11-22',
  /** as the help dialog says it (no Intl date formatting at start-up) */
  en: 'November 2026',
  cy: 'Tachwedd 2026',
} as const;

export const EMERGENCY_NUMBER = '999';
/** NHS 111 in England and Wales, NHS 24 in Scotland: the mental health option differs by nation. */
export const NHS_111 = '111';
export const SAMARITANS = { phone: '116 123', email: 'jo@samaritans.org' } as const;
export const SHOUT = { sms: { number: '85258', keyword: 'SHOUT' } } as const;
/** Scotland: Breathing Space, evenings and weekends (hours in help-now's national lines). */
export const BREATHING_SPACE = { phone: '0800 83 85 87' } as const;
/** Northern Ireland: Lifeline, with its textphone. */
export const LIFELINE = { phone: '0808 808 8000', textphone: '18001 0808 808 8000' } as const;
