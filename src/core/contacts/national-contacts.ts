/**
 * The verified UK-wide contact details more than one widget shows (help-now's
 * dialog, the finder's catalogue and its no-match message), kept once so a
 * change to a number is made in one place. Checked November 2026 against
 * public sources; see "Built-in numbers" in docs/help-now.md.
 */
export const EMERGENCY_NUMBER = '999';
export const NHS_111 = '111';
export const SAMARITANS = { phone: '116 123', email: 'jo@samaritans.org' } as const;
export const SHOUT = { sms: { number: '85258', keyword: 'SHOUT' } } as const;
