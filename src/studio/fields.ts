/**
 * The fields of each kind of data file, in words an editor knows: one list
 * used by the forms, the spreadsheet column mapping and the error messages.
 * The rules themselves (what is required, what a link may be) stay in
 * src/core/data/schemas.ts; this only names and describes the fields.
 */
import { campaignsFile, helpFile, servicesFile, type FileSpec } from '../core/data/schemas.js';
import { TOPICS } from '../support-finder/strings.js';

export type Kind = 'campaigns' | 'services' | 'contacts';

export type FieldType =
  | 'text'
  | 'long-text'
  | 'date'
  | 'number'
  | 'boolean'
  /** a list typed with commas between: `stress, money` */
  | 'list'
  /** a list typed one a line (page patterns) */
  | 'lines'
  | 'choice'
  | 'choices'
  | 'hours';

export interface Field {
  /** where the value lives in an entry: `link.href` */
  path: string;
  label: string;
  hint?: string;
  type: FieldType;
  /** the path of the Welsh field shown beside this one */
  welsh?: string;
  /** for a Welsh field: the English one it translates */
  english?: string;
  /** for `choice` and `choices`: [value, words] */
  options?: Array<[string, string]>;
  /** for `boolean`: what a missing value means */
  defaultValue?: boolean;
  /** the heading of the group it sits in */
  group?: string;
  /** other spreadsheet column names that mean this field */
  aliases?: string[];
}

export interface KindInfo {
  kind: Kind;
  spec: FileSpec<unknown, unknown>;
  /** `Campaigns` */
  title: string;
  /** `campaign` */
  one: string;
  /** the field that names an entry in lists and messages */
  nameField: 'title' | 'name';
  /** the field that can be made from the name when a spreadsheet has no id column */
  idField?: 'id';
  /** the file name to download */
  fileName: string;
}

export const KINDS: Record<Kind, KindInfo> = {
  campaigns: {
    kind: 'campaigns',
    spec: campaignsFile as FileSpec<unknown, unknown>,
    title: 'Campaigns',
    one: 'campaign',
    nameField: 'title',
    idField: 'id',
    fileName: 'campaigns.json',
  },
  services: {
    kind: 'services',
    spec: servicesFile as FileSpec<unknown, unknown>,
    title: 'Support services',
    one: 'service',
    nameField: 'name',
    idField: 'id',
    fileName: 'services.json',
  },
  contacts: {
    kind: 'contacts',
    spec: helpFile as FileSpec<unknown, unknown>,
    title: 'Help contacts',
    one: 'contact',
    nameField: 'name',
    fileName: 'help-contacts.json',
  },
};

/** An English field and its Welsh twin (`title` and `title_cy`). */
function pair(path: string, label: string, type: FieldType, extra: Partial<Field> = {}, welshHint?: string): Field[] {
  const welsh = `${path}_cy`;
  return [
    { path, label, type, welsh, ...extra },
    {
      path: welsh,
      label: `${label} (Welsh)`,
      type,
      english: path,
      group: extra.group,
      hint: welshHint ?? 'Leave blank to show the English on Welsh pages.',
    },
  ];
}

const ID_HINT =
  'A short name with no spaces, for example time-to-talk-2027. Made from the title if you leave it blank.';
const PHONE_HINT = 'Digits and spaces, for example 01632 960 123.';
const LINK_HINT = 'A web address starting https://, or a page on your intranet starting /.';

const topicName = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

export const TOPIC_OPTIONS: Array<[string, string]> = Object.keys(TOPICS).map((id) => [id, topicName(id)]);

export const FIELDS: Record<Kind, Field[]> = {
  campaigns: [
    ...pair('title', 'Title', 'text', { aliases: ['campaign', 'name', 'heading'] }),
    ...pair('message', 'Message', 'long-text', { aliases: ['description', 'text', 'body', 'summary'] }),
    {
      path: 'starts',
      label: 'First day',
      type: 'date',
      hint: 'For example, 14/05/2027.',
      aliases: ['start', 'start date', 'from', 'begins', 'starts on'],
    },
    {
      path: 'ends',
      label: 'Last day',
      type: 'date',
      hint: 'The banner shows up to and including this day.',
      aliases: ['end', 'end date', 'to', 'until', 'ends on', 'finish'],
    },
    {
      path: 'repeats',
      label: 'Repeats',
      type: 'choice',
      options: [['yearly', 'Every year, on the same dates']],
      hint: 'For awareness days that come back each year, such as Time to Talk Day or World Mental Health Day.',
      aliases: ['repeat', 'recurs', 'every year', 'yearly'],
    },
    {
      path: 'until',
      label: 'Last year it repeats',
      type: 'number',
      hint: 'For example, 2030. Leave blank to repeat every year.',
      aliases: ['until', 'repeat until', 'last year'],
    },
    {
      path: 'link.href',
      label: 'Link address',
      type: 'text',
      hint: LINK_HINT,
      group: 'Link (optional)',
      aliases: ['link', 'url', 'href', 'web address'],
    },
    ...pair('link.text', 'Link words', 'text', {
      group: 'Link (optional)',
      hint: 'What the link says, for example “Book your place”.',
      aliases: ['link text'],
    }),
    {
      path: 'tone',
      label: 'Colour',
      type: 'choice',
      options: [
        ['info', 'Blue: information'],
        ['celebrate', 'Green: celebration'],
        ['important', 'Red: important'],
      ],
      aliases: ['tone', 'type'],
    },
    {
      path: 'priority',
      label: 'Priority',
      type: 'number',
      hint: 'When campaigns overlap, the highest number shows first. Leave blank for 0.',
    },
    {
      path: 'dismissible',
      label: 'Staff can dismiss it',
      type: 'boolean',
      defaultValue: true,
      aliases: ['can dismiss'],
    },
    {
      path: 'image.src',
      label: 'Image address',
      type: 'text',
      hint: LINK_HINT,
      group: 'Image (optional)',
      aliases: ['image', 'picture'],
    },
    ...pair('image.alt', 'Image description', 'text', {
      group: 'Image (optional)',
      hint: 'For people who cannot see it. Leave blank if it is decoration.',
      aliases: ['alt text', 'image alt'],
    }),
    {
      path: 'pages.include',
      label: 'Only on these pages',
      type: 'lines',
      hint: 'One page address a line, for example /wards/*. Leave blank for every page.',
      group: 'Pages (optional)',
      aliases: ['pages', 'include'],
    },
    {
      path: 'pages.exclude',
      label: 'Never on these pages',
      type: 'lines',
      hint: 'One page address a line.',
      group: 'Pages (optional)',
      aliases: ['exclude'],
    },
    { path: 'id', label: 'Short name (id)', type: 'text', hint: ID_HINT, aliases: ['id', 'short name', 'key'] },
  ],
  services: [
    ...pair('name', 'Name', 'text', { aliases: ['service', 'title'] }),
    ...pair('summary', 'Summary', 'long-text', {
      hint: 'One or two sentences: what it offers and who it is for.',
      aliases: ['description', 'about'],
    }),
    {
      path: 'topics',
      label: 'Topics',
      type: 'choices',
      options: TOPIC_OPTIONS,
      hint: 'The finder’s topic buttons, and what search matches. Choose at least one.',
      aliases: ['topic', 'categories', 'tags'],
    },
    {
      path: 'contact.phone',
      label: 'Phone',
      type: 'text',
      hint: PHONE_HINT,
      group: 'How to contact it',
      aliases: ['phone', 'telephone', 'tel', 'phone number'],
    },
    {
      path: 'contact.email',
      label: 'Email',
      type: 'text',
      group: 'How to contact it',
      aliases: ['email', 'email address', 'e-mail'],
    },
    {
      path: 'contact.url',
      label: 'Website',
      type: 'text',
      hint: LINK_HINT,
      group: 'How to contact it',
      aliases: ['url', 'website', 'web', 'link'],
    },
    {
      path: 'contact.sms.number',
      label: 'Text number',
      type: 'text',
      hint: PHONE_HINT,
      group: 'How to contact it',
      aliases: ['sms', 'text', 'text number'],
    },
    {
      path: 'contact.sms.keyword',
      label: 'Text keyword',
      type: 'text',
      hint: 'A word to start the message with, if the service asks for one.',
      group: 'How to contact it',
      aliases: ['sms keyword', 'keyword'],
    },
    { path: 'hours', label: 'Opening hours', type: 'hours', aliases: ['hours', 'opening hours', 'open'] },
    {
      path: 'formats',
      label: 'Ways to use it',
      type: 'choices',
      options: [
        ['phone', 'Phone'],
        ['online', 'Online'],
        ['in-person', 'In person'],
        ['text', 'Text message'],
      ],
      aliases: ['format', 'formats'],
    },
    {
      path: 'access',
      label: 'How to get it',
      type: 'choice',
      options: [
        ['self-referral', 'Refer yourself'],
        ['manager-referral', 'Your manager refers you'],
        ['occupational-health-referral', 'Occupational health refers you'],
      ],
      aliases: ['referral', 'access'],
    },
    {
      path: 'audience',
      label: 'Who it is for',
      type: 'list',
      hint: 'Leave blank for all staff. Separate with commas, for example nurses, doctors.',
      aliases: ['audience', 'who', 'for'],
    },
    { path: 'confidential', label: 'Confidential', type: 'boolean', defaultValue: false },
    {
      path: 'lastReviewed',
      label: 'Last checked',
      type: 'date',
      hint: 'When someone last checked these details. For example, 14/05/2027.',
      aliases: ['last reviewed', 'reviewed', 'checked'],
    },
    {
      path: 'id',
      label: 'Short name (id)',
      type: 'text',
      hint: 'A short name with no spaces, for example staff-psychology. Made from the name if you leave it blank.',
      aliases: ['id', 'short name', 'key'],
    },
  ],
  contacts: [
    ...pair('name', 'Name', 'text', { aliases: ['contact', 'title', 'service'] }),
    ...pair('description', 'Description', 'long-text', {
      hint: 'One sentence: who they are and when to contact them.',
      aliases: ['summary', 'about'],
    }),
    {
      path: 'phone',
      label: 'Phone',
      type: 'text',
      hint: PHONE_HINT,
      group: 'How to contact them',
      aliases: ['telephone', 'tel', 'phone number'],
    },
    { path: 'email', label: 'Email', type: 'text', group: 'How to contact them', aliases: ['email address', 'e-mail'] },
    {
      path: 'url',
      label: 'Website',
      type: 'text',
      hint: LINK_HINT,
      group: 'How to contact them',
      aliases: ['website', 'web', 'link'],
    },
    {
      path: 'sms.number',
      label: 'Text number',
      type: 'text',
      hint: PHONE_HINT,
      group: 'How to contact them',
      aliases: ['sms', 'text', 'text number'],
    },
    {
      path: 'sms.keyword',
      label: 'Text keyword',
      type: 'text',
      group: 'How to contact them',
      aliases: ['sms keyword', 'keyword'],
    },
    { path: 'hours', label: 'Opening hours', type: 'hours', aliases: ['opening hours', 'open'] },
  ],
};

/** The field at `path` (exactly, or the field that holds it: `hours[0].opens` → `hours`). */
export function fieldFor(kind: Kind, path: string): Field | undefined {
  return (
    FIELDS[kind].find((f) => f.path === path) ??
    FIELDS[kind]
      .filter((f) => path.startsWith(`${f.path}.`) || path.startsWith(`${f.path}[`))
      .sort((a, b) => b.path.length - a.path.length)[0]
  );
}

/** Reads `link.href` from an entry. */
export function getPath(entry: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      entry,
    );
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && !value.length) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && !Object.keys(value).length);

/**
 * A copy of `entry` with `path` set to `value`; an empty value removes the
 * key, and an object left empty (a link with no address or words) goes too.
 */
export function setPath<T extends object>(entry: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.');
  const copy = { ...entry } as Record<string, unknown>;
  const inner = copy[key!];
  const next = rest.length
    ? setPath(inner && typeof inner === 'object' && !Array.isArray(inner) ? inner : {}, rest.join('.'), value)
    : value;
  if (isEmpty(next)) delete copy[key!];
  else copy[key!] = next;
  return copy as T;
}
