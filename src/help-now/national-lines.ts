import type { Channels } from '../core/contacts/contact-actions.js';
import { BREATHING_SPACE, LIFELINE, NHS_111, SAMARITANS, SHOUT } from '../core/contacts/national-contacts.js';
import type { Hours } from '../core/data/schemas.js';
import type { Region } from '../core/lit/context.js';

/**
 * The built-in national lines, by nation, with the numbers from
 * core/contacts/national-contacts.ts. Only verified lines ship: the COVID-era
 * staff line, the "FRONTLINE" keyword and the closed national staff hubs are
 * deliberately absent.
 */

export type LineId = 'nhs111England' | 'nhs111Wales' | 'nhs24' | 'breathingSpace' | 'lifeline' | 'samaritans' | 'shout';

export interface NationalLine extends Channels {
  id: LineId;
  /** where the line serves; `all` for the whole UK */
  nations: Region[] | 'all';
  hours: Hours;
  /** a call line's digits-plus-option wording is in the strings, e.g. "Call 111, then option 2" */
  callKey?: 'call111Option2' | 'call111Press2' | 'call111MentalHealth';
}

/** Urgent mental health help, by nation. */
export const URGENT_LINES: NationalLine[] = [
  { id: 'nhs111England', nations: ['england'], phone: NHS_111, callKey: 'call111Option2', hours: '24/7' },
  { id: 'nhs111Wales', nations: ['wales'], phone: NHS_111, callKey: 'call111Press2', hours: '24/7' },
  { id: 'nhs24', nations: ['scotland'], phone: NHS_111, callKey: 'call111MentalHealth', hours: '24/7' },
  {
    id: 'breathingSpace',
    nations: ['scotland'],
    ...BREATHING_SPACE,
    // Mon–Thu 6pm–2am; Fri 6pm right through to Mon 6am
    hours: [
      { days: ['mon', 'tue', 'wed', 'thu'], opens: '18:00', closes: '02:00' },
      { days: ['fri'], opens: '18:00', closes: '24:00' },
      { days: ['sat', 'sun'], opens: '00:00', closes: '24:00' },
      { days: ['mon'], opens: '00:00', closes: '06:00' },
    ],
  },
  { id: 'lifeline', nations: ['northern-ireland'], ...LIFELINE, hours: '24/7' },
];

/** Someone to talk to, anywhere in the UK. */
export const LISTENING_LINES: NationalLine[] = [
  { id: 'samaritans', nations: 'all', ...SAMARITANS, hours: '24/7' },
  { id: 'shout', nations: 'all', ...SHOUT, hours: '24/7' },
];

export function linesFor(lines: NationalLine[], region: Region): NationalLine[] {
  return lines.filter((line) => line.nations === 'all' || line.nations.includes(region));
}
