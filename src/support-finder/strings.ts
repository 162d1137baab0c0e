import type { StringTable } from '../core/i18n/index.js';

export type FinderKey =
  | 'label'
  | 'hint'
  | 'topics'
  | 'filters'
  | 'selfReferral'
  | 'self-referral'
  | 'format'
  | 'any'
  | 'phone'
  | 'online'
  | 'in-person'
  | 'text'
  | 'all'
  | 'matchQuery'
  | 'matchReadAs'
  | 'matchTopic'
  | 'none'
  | 'urgent'
  | 'urgentButton'
  | 'loading'
  | 'failed'
  | 'confidential'
  | 'showAll'
  | 'topicsToggle'
  | 'topicsChosen';

/** Copy follows the Samaritans' safe messaging guidance: calm, kind and always pointing to support. */
export const finderStrings: StringTable<FinderKey> = {
  en: {
    label: 'Search for support',
    hint: 'In your own words, like “money worries” or “can’t sleep after nights”',
    topics: 'What’s on your mind?',
    filters: 'Filter services',
    selfReferral: 'I can refer myself',
    'self-referral': 'You can refer yourself',
    format: 'Get in touch by',
    any: 'Any way',
    phone: 'Phone',
    online: 'Online',
    'in-person': 'In person',
    text: 'Text message',
    all: { one: '1 service', other: '{count} services' },
    matchQuery: { one: '1 service matches ‘{query}’', other: '{count} services match ‘{query}’' },
    matchReadAs: {
      one: '1 service matches ‘{read}’ (you typed ‘{query}’)',
      other: '{count} services match ‘{read}’ (you typed ‘{query}’)',
    },
    matchTopic: { one: '1 service for {topic}', other: '{count} services for {topic}' },
    none: 'Sorry, nothing matched. Try other words or fewer filters.',
    urgent: 'Need to talk to someone now? Call NHS 111 for urgent mental health help, or 999 if life is at risk.',
    urgentButton: 'Get help now',
    loading: 'Loading…',
    failed: 'Sorry, the services could not be loaded just now.',
    confidential: 'Confidential',
    showAll: 'Show all {count} services',
    topicsToggle: 'Filter by topic',
    topicsChosen: 'Filter by topic: {topic}',
  },
  cy: {
    label: 'Chwilio am gymorth',
    hint: 'Yn eich geiriau eich hun, fel “pryderon ariannol” neu “methu cysgu ar ôl shifftiau nos”',
    topics: 'Beth sydd ar eich meddwl?',
    filters: 'Hidlo gwasanaethau',
    selfReferral: 'Gallaf atgyfeirio fy hun',
    'self-referral': 'Gallwch atgyfeirio eich hun',
    format: 'Cysylltu drwy',
    any: 'Unrhyw ffordd',
    phone: 'Ffôn',
    online: 'Ar-lein',
    'in-person': 'Wyneb yn wyneb',
    text: 'Neges destun',
    all: '{count} gwasanaeth',
    matchQuery: '{count} gwasanaeth yn cyfateb i ‘{query}’',
    matchReadAs: '{count} gwasanaeth yn cyfateb i ‘{read}’ (fe deipioch chi ‘{query}’)',
    matchTopic: '{count} gwasanaeth ar gyfer {topic}',
    none: 'Mae’n ddrwg gennym, does dim byd yn cyfateb. Rhowch gynnig ar eiriau eraill neu lai o hidlwyr.',
    urgent:
      'Angen siarad â rhywun nawr? Ffoniwch GIG 111 am help brys gyda iechyd meddwl, neu 999 os yw bywyd mewn perygl.',
    urgentButton: 'Cael help nawr',
    loading: 'Wrthi’n llwytho…',
    failed: 'Mae’n ddrwg gennym, doedd dim modd llwytho’r gwasanaethau ar hyn o bryd.',
    confidential: 'Cyfrinachol',
    showAll: 'Dangos pob gwasanaeth ({count})',
    topicsToggle: 'Hidlo yn ôl pwnc',
    topicsChosen: 'Hidlo yn ôl pwnc: {topic}',
  },
};

/**
 * Welsh labels for the standard topics. In English a topic shows as its id in
 * words (`violence-and-aggression` → "Violence and aggression"). A Trust can
 * label any topic, in either language, with the string override
 * `support-finder.topic.<id>`.
 */
export const TOPICS: Record<string, string> = {
  'mental-health': 'Iechyd meddwl',
  stress: 'Straen',
  'difficult-events': 'Digwyddiadau anodd',
  'violence-and-aggression': 'Trais ac ymddygiad ymosodol',
  'speaking-up-and-bullying': 'Codi llais a bwlio',
  money: 'Arian',
  bereavement: 'Profedigaeth',
  'sleep-and-fatigue': 'Cwsg a blinder',
  'physical-health': 'Iechyd corfforol',
  menopause: 'Y menopos',
  carers: 'Gofalwyr',
  'domestic-abuse': 'Cam-drin domestig',
  rest: 'Gorffwys',
  faith: 'Ffydd',
  crisis: 'Argyfwng',
};
