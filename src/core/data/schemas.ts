/**
 * The data shapes, defined once. Each schema gives the TypeScript types, the
 * runtime validation in the browser and the CLI, and the published JSON Schemas.
 * Valibot is used because it is CSP-safe (no eval / new Function), tree-shakes
 * to the few validators we use (about 2 KB gzip here) and converts to JSON Schema.
 */
import * as v from 'valibot';
import { WEEKDAYS } from '../platform/clock.js';
import { SAFE_URL_PATTERN } from './safe-url.js';

const text = v.pipe(v.string(), v.minLength(1, 'expected some text'));
const optionalText = v.optional(v.string());
const time = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected HH:MM'));

/**
 * A date as every data file, the banner's schedule and the CLI write it:
 * `YYYY-MM-DD` with a month 01–12 and a day 01–31. This is as far as a pattern
 * (and JSON Schema) can go; {@link isIsoDate} also checks the day is real.
 */
export const ISO_DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
export const isoDate = v.pipe(v.string(), v.regex(ISO_DATE_PATTERN, 'expected a date as YYYY-MM-DD'));
/** A UK calendar date, `YYYY-MM-DD`. */
export type IsoDate = v.InferOutput<typeof isoDate>;

/** True for a real calendar date written `YYYY-MM-DD` (so `2027-02-30` is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!)).toISOString().slice(0, 10) === value;
}

const phone = v.pipe(v.string(), v.regex(/^\+?[\d\s()-]{3,}$/, 'expected a phone number (digits and spaces)'));
const link = v.pipe(v.string(), v.regex(SAFE_URL_PATTERN, 'expected an http(s), tel, sms or mailto link'));
const email = v.pipe(v.string(), v.email('expected an email address'));

export const smsSchema = v.object({ number: phone, keyword: optionalText });

/**
 * One run of opening times on some days: `opens` and `closes` are `HH:MM`, UK
 * time, and a `closes` at or before `opens` runs past midnight.
 */
export const openingPeriodSchema = v.object({ days: v.array(v.picklist(WEEKDAYS)), opens: time, closes: time });

export const hoursSchema = v.union(
  [v.literal('24/7'), v.array(openingPeriodSchema)],
  'expected "24/7" or a list of { "days", "opens", "closes" }',
);

/** How to reach a contact or service. */
export const contactChannels = {
  phone: v.optional(phone),
  sms: v.optional(smsSchema),
  email: v.optional(email),
  url: v.optional(link),
};
const contactChannelsSchema = v.object(contactChannels);

/** One of the Trust's own urgent contacts, shown in help-now after the national lines. */
export const helpContactSchema = v.object({
  name: text,
  name_cy: optionalText,
  description: optionalText,
  description_cy: optionalText,
  ...contactChannels,
  hours: v.optional(hoursSchema),
});

/** One support service in the finder's catalogue. */
export const serviceSchema = v.object({
  id: text,
  name: text,
  name_cy: optionalText,
  summary: text,
  summary_cy: optionalText,
  topics: v.array(v.string()),
  contact: contactChannelsSchema,
  hours: v.optional(hoursSchema),
  formats: v.optional(v.array(v.picklist(['phone', 'online', 'in-person', 'text']))),
  access: v.optional(v.picklist(['self-referral', 'manager-referral', 'occupational-health-referral'])),
  audience: v.optional(v.array(v.string())),
  confidential: v.optional(v.boolean()),
  lastReviewed: v.optional(isoDate),
});

/**
 * One awareness campaign. Welsh text sits beside each English field with a `_cy` suffix.
 * `starts` and `ends` give the (first) dates shown; with `repeats: "yearly"` the campaign
 * shows again on the same calendar dates every year, up to and including the year `until`
 * (the rules, 29 February and New Year included, are in campaign-banner/schedule.ts).
 */
export const campaignSchema = v.object({
  id: text,
  title: text,
  title_cy: optionalText,
  message: text,
  message_cy: optionalText,
  starts: isoDate,
  ends: isoDate,
  repeats: v.optional(v.picklist(['yearly'], 'expected "yearly" (or nothing, to show it once)')),
  until: v.optional(v.number('expected a year, e.g. 2030')),
  link: v.optional(v.object({ href: link, text, text_cy: optionalText })),
  priority: v.optional(v.number()),
  dismissible: v.optional(v.boolean()),
  tone: v.optional(v.picklist(['info', 'celebrate', 'important'])),
  image: v.optional(v.object({ src: link, alt: v.string(), alt_cy: optionalText })),
  pages: v.optional(v.object({ include: v.optional(v.array(v.string())), exclude: v.optional(v.array(v.string())) })),
});

export type OpeningPeriod = v.InferOutput<typeof openingPeriodSchema>;
/** `"24/7"`, or the opening periods in UK time. */
export type Hours = v.InferOutput<typeof hoursSchema>;
/** The ways to reach a contact or service in a data file. */
export type ContactChannels = v.InferOutput<typeof contactChannelsSchema>;
export type HelpContact = v.InferOutput<typeof helpContactSchema>;
export type Service = v.InferOutput<typeof serviceSchema>;
export type Campaign = v.InferOutput<typeof campaignSchema>;

/**
 * A data file: one list of entries, validated entry by entry so one bad entry
 * is skipped rather than losing the file, plus optional top-level extras.
 */
export interface FileSpec<T, X = Record<string, unknown>> {
  /** what the file holds, in words, for messages: "help contacts" */
  kind: string;
  /** the key of the list: "contacts" */
  list: string;
  item: v.GenericSchema<unknown, T>;
  extras?: v.GenericSchema<unknown, X>;
}

export const helpFile: FileSpec<HelpContact> = { kind: 'help contacts', list: 'contacts', item: helpContactSchema };

export const servicesFile: FileSpec<Service, { synonyms?: Record<string, string[]> }> = {
  kind: 'support services',
  list: 'services',
  item: serviceSchema,
  extras: v.object({ synonyms: v.optional(v.record(v.string(), v.array(v.string()))) }),
};

export const campaignsFile: FileSpec<Campaign> = { kind: 'campaigns', list: 'campaigns', item: campaignSchema };

export const FILE_SPECS = [helpFile, servicesFile, campaignsFile] as const;
