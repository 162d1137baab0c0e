import type { StringTable } from '../core/i18n/index.js';

export type HelpNowKey =
  | 'trigger'
  | 'title'
  | 'intro'
  | 'close'
  | 'dangerTitle'
  | 'dangerText'
  | 'urgentTitle'
  | 'talkTitle'
  | 'trustTitle'
  | 'trustTitleNamed'
  | 'loading'
  | 'trustFailed'
  | 'checked'
  | 'call111Option2'
  | 'call111Press2'
  | 'call111MentalHealth'
  | 'nhs111England'
  | 'nhs111EnglandText'
  | 'nhs111Wales'
  | 'nhs111WalesText'
  | 'nhs24'
  | 'nhs24Text'
  | 'breathingSpace'
  | 'breathingSpaceText'
  | 'lifeline'
  | 'lifelineText'
  | 'samaritans'
  | 'samaritansText'
  | 'shout'
  | 'shoutText';

/** Copy follows the Samaritans' safe messaging guidance: calm, hopeful, always pointing to support. */
export const helpNowStrings: StringTable<HelpNowKey> = {
  en: {
    trigger: 'Get help now',
    title: 'Get help now',
    intro: "You don't have to face this alone. Help is available right now.",
    close: 'Close',
    dangerTitle: 'In immediate danger?',
    dangerText: 'If you or someone else is in immediate danger, or life is at risk, call 999 or go to A&E.',
    urgentTitle: 'Urgent mental health help',
    talkTitle: 'Talk to someone now',
    trustTitle: 'Support from your Trust',
    trustTitleNamed: 'Support from {trust}',
    loading: "Loading your Trust's contacts…",
    trustFailed: "Your Trust's own contacts could not be loaded just now. The numbers above are always available.",
    checked: 'National numbers last checked {date}.',
    call111Option2: 'Call 111, then option 2',
    call111Press2: 'Call 111, then press 2',
    call111MentalHealth: 'Call 111, mental health option',
    nhs111England: 'NHS 111 mental health option',
    nhs111EnglandText: 'Urgent mental health help for all ages, 24 hours a day. You can call for someone else.',
    nhs111Wales: 'NHS 111 Wales mental health',
    nhs111WalesText: 'Urgent mental health help, 24 hours a day.',
    nhs24: 'NHS 24 Mental Health Hub',
    nhs24Text: 'Urgent mental health help from NHS 24, 24 hours a day.',
    breathingSpace: 'Breathing Space',
    breathingSpaceText:
      'For low mood, anxiety or distress. Evenings and weekends: Monday to Thursday 6pm to 2am, Friday 6pm to Monday 6am.',
    lifeline: 'Lifeline',
    lifelineText: 'Free crisis helpline, 24 hours a day.',
    samaritans: 'Samaritans',
    samaritansText: "Free, 24 hours a day. Calls don't show on your phone bill.",
    shout: 'Shout',
    shoutText: 'Free text support, 24 hours a day.',
  },
  cy: {
    trigger: 'Cael help nawr',
    title: 'Cael help nawr',
    intro: 'Does dim rhaid i chi wynebu hyn ar eich pen eich hun. Mae help ar gael nawr.',
    close: 'Cau',
    dangerTitle: 'Mewn perygl uniongyrchol?',
    dangerText:
      "Os ydych chi neu rywun arall mewn perygl uniongyrchol, neu os yw bywyd mewn perygl, ffoniwch 999 neu ewch i'r adran achosion brys.",
    urgentTitle: 'Help brys gyda iechyd meddwl',
    talkTitle: 'Siarad â rhywun nawr',
    trustTitle: 'Cymorth gan eich Ymddiriedolaeth',
    trustTitleNamed: 'Cymorth gan {trust}',
    loading: "Wrthi'n llwytho cysylltiadau eich Ymddiriedolaeth…",
    trustFailed:
      "Doedd dim modd llwytho cysylltiadau eich Ymddiriedolaeth ar hyn o bryd. Mae'r rhifau uchod ar gael bob amser.",
    checked: 'Gwiriwyd y rhifau cenedlaethol ddiwethaf: {date}.',
    call111Option2: 'Ffoniwch 111, yna opsiwn 2',
    call111Press2: 'Ffoniwch 111, yna pwyswch 2',
    call111MentalHealth: 'Ffoniwch 111, yr opsiwn iechyd meddwl',
    nhs111England: 'GIG 111, yr opsiwn iechyd meddwl',
    nhs111EnglandText: 'Help brys gyda iechyd meddwl i bob oed, 24 awr y dydd. Gallwch ffonio ar ran rhywun arall.',
    nhs111Wales: 'GIG 111 Cymru, iechyd meddwl',
    nhs111WalesText: 'Help brys gyda iechyd meddwl, 24 awr y dydd.',
    nhs24: 'Hwb Iechyd Meddwl GIG 24',
    nhs24Text: 'Help brys gyda iechyd meddwl gan GIG 24, 24 awr y dydd.',
    breathingSpace: 'Breathing Space',
    breathingSpaceText:
      "Ar gyfer hwyliau isel, gorbryder neu drallod. Gyda'r nos ac ar benwythnosau: dydd Llun i ddydd Iau 6yh tan 2yb, dydd Gwener 6yh tan ddydd Llun 6yb.",
    lifeline: 'Lifeline',
    lifelineText: 'Llinell gymorth mewn argyfwng, am ddim, 24 awr y dydd.',
    samaritans: 'Samariaid',
    samaritansText: 'Am ddim, 24 awr y dydd. Fydd yr alwad ddim yn ymddangos ar eich bil ffôn.',
    shout: 'Shout',
    shoutText: 'Cymorth drwy neges destun, am ddim, 24 awr y dydd.',
  },
};
