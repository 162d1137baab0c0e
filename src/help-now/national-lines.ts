import type { Region } from '../core/lit/context.js';
import type { Hours } from '../core/contacts/hours.js';
import { NHS_111, SAMARITANS, SHOUT } from '../core/contacts/national-contacts.js';

/**
 * The built-in national lines. Checked against public sources in November
 * 2026 (see "Built-in numbers" in docs/help-now.md for the sources and how to report
 * a change). Only verified lines ship: the COVID-era staff line, the
 * "FRONTLINE" keyword and the closed national staff hubs are deliberately absent.
 */
/** When the national lines were last checked, as shown in the dialog (no Intl date formatting at start-up). */
export const LAST_CHECKED = { en: 'November 2026', cy: 'Tachwedd 2026' } as const;

export type LineId = 'nhs111England' | 'nhs111Wales' | 'nhs24' | 'breathingSpace' | 'lifeline' | 'samaritans' | 'shout';

export interface NationalLine {
  id: LineId;
  /** where the line serves; `all` for the whole UK */
  nations: Region[] | 'all';
  phone?: string;
  textphone?: string;
  sms?: { number: string; keyword: string };
  email?: string;
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
    phone: '0800 83 85 87',
    // Mon–Thu 6pm–2am; Fri 6pm right through to Mon 6am
    hours: [
      { days: ['mon', 'tue', 'wed', 'thu'], opens: '18:00', closes: '02:00' },
      { days: ['fri'], opens: '18:00', closes: '24:00' },
      { days: ['sat', 'sun'], opens: '00:00', closes: '24:00' },
      { days: ['mon'], opens: '00:00', closes: '06:00' },
    ],
  },
  { id: 'lifeline', nations: ['northern-ireland'], phone: '0808 808 8000', textphone: '18001 0808 808 8000', hours: '24/7' },
];

/** Someone to talk to, anywhere in the UK. */
export const LISTENING_LINES: NationalLine[] = [
  { id: 'samaritans', nations: 'all', ...SAMARITANS, hours: '24/7' },
  { id: 'shout', nations: 'all', ...SHOUT, hours: '24/7' },
];

export function linesFor(lines: NationalLine[], region: Region): NationalLine[] {
  return lines.filter((line) => line.nations === 'all' || line.nations.includes(region));
}
