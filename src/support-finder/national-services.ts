import { SAMARITANS, SHOUT } from '../core/contacts/national-contacts.js';
import type { Service } from '../core/data/schemas.js';

/**
 * The finder's built-in services: national services only, each checked against the
 * project's facts file (public sources, November 2026; reviewed 22 November
 * 2026). Shown when a page gives the finder no data, or asks for it with
 * `catalogue="built-in"`. A Trust adds its own services through its data file.
 * `audience` names the nations a service is for: England-only services show
 * only when the provider's `region` is England (the default), and so need no
 * Welsh text.
 */
const common: Partial<Service> = { lastReviewed: '2026-11-22', access: 'self-referral', confidential: true };
const always: Partial<Service> = { ...common, hours: '24/7' };
const topics = () => ['crisis', 'mental-health', 'stress'];

export const NATIONAL_SERVICES: Service[] = [
  {
    id: 'samaritans',
    name: 'Samaritans',
    name_cy: 'Samariaid',
    summary: 'Talk about anything, free, 24 hours a day.',
    summary_cy: 'Siaradwch am unrhyw beth, am ddim, 24 awr y dydd.',
    contact: { ...SAMARITANS },
    formats: ['phone', 'online'],
    topics: topics(),
    ...always,
  },
  {
    id: 'shout',
    name: 'Shout',
    summary: 'Free text support, 24 hours a day.',
    summary_cy: 'Cymorth drwy neges destun, am ddim, 24 awr y dydd.',
    contact: { ...SHOUT },
    formats: ['text'],
    topics: topics(),
    ...always,
  },
  {
    id: 'nhs-practitioner-health',
    name: 'NHS Practitioner Health',
    summary: 'Mental health care for doctors and dentists in England, and staff who cannot get care locally.',
    audience: ['england'],
    topics: ['mental-health', 'stress'],
    contact: { url: 'https://www.practitionerhealth.nhs.uk/' },
    formats: ['online'],
    ...common,
  },
  {
    id: 'nhs-talking-therapies',
    name: 'NHS Talking Therapies',
    summary: 'Free talking therapy for anxiety and depression in England.',
    audience: ['england'],
    topics: ['mental-health', 'stress'],
    contact: {
      url: 'https://www.nhs.uk/nhs-services/mental-health-services/find-nhs-talking-therapies-for-anxiety-and-depression/',
    },
    formats: ['online'],
    ...common,
    confidential: false,
  },
];
