import type { StringTable } from '../core/i18n/index.js';

export type BreakReminderKey =
  | 'title'
  | 'restTitle'
  | 'rest'
  | 'ideas'
  | 'nightIdeas'
  | 'snooze'
  | 'taken'
  | 'pause'
  | 'resume'
  | 'next'
  | 'snoozed'
  | 'paused'
  | 'ended'
  | 'settings'
  | 'every'
  | 'shiftEnd'
  | 'notify'
  | 'today'
  | 'started'
  | 'breaks'
  | 'noBreaks'
  | 'ends'
  | 'private';

/**
 * A kind colleague, not an alarm: short and warm. `ideas` and `nightIdeas`
 * hold one idea per line and rotate, one per prompt.
 */
export const breakReminderStrings: StringTable<BreakReminderKey> = {
  en: {
    title: 'Time for a break',
    restTitle: 'Time for your 20-minute break',
    rest: "You've worked over 6 hours: you're entitled to a 20-minute break.",
    ideas:
      'Take five slow breaths.\nDrink some water.\nStand up and stretch.\nStep outside for some air.\nSit in a rest room for a while.',
    nightIdeas: 'Eat something, even a snack.\nDrink some water.\nFind some bright light for a minute.',
    snooze: { one: 'Snooze {count} minute', other: 'Snooze {count} minutes' },
    taken: "I've taken a break",
    pause: 'Pause for today',
    resume: 'Resume reminders',
    next: 'Next break in {count} min',
    snoozed: 'Snoozed: next break in {count} min',
    paused: 'Reminders paused for today',
    ended: 'Your shift has ended. Thank you, and rest well.',
    settings: 'Break settings',
    every: 'Minutes between breaks',
    shiftEnd: 'My shift ends at',
    notify: 'Desktop notifications',
    today: 'Today',
    started: 'Started {time}.',
    breaks: 'Breaks taken: {times}.',
    noBreaks: 'No breaks taken yet.',
    ends: 'Shift ends {time}.',
    private: 'Kept only in this browser, only for today.',
  },
  cy: {
    title: 'Amser am egwyl',
    restTitle: 'Amser am eich egwyl 20 munud',
    rest: 'Rydych chi wedi gweithio dros 6 awr: mae gennych hawl i egwyl 20 munud.',
    ideas:
      'Anadlwch yn araf bum gwaith.\nYfwch ddŵr.\nCodwch ac ymestynnwch.\nCamwch allan am awyr iach.\nEisteddwch mewn ystafell orffwys am ychydig.',
    nightIdeas: 'Bwytewch rywbeth, hyd yn oed byrbryd.\nYfwch ddŵr.\nEwch i olau llachar am funud.',
    snooze: 'Cyntun {count} munud',
    taken: 'Rydw i wedi cael egwyl',
    pause: 'Oedi am heddiw',
    resume: 'Ailddechrau atgoffa',
    next: 'Egwyl nesaf mewn {count} mun',
    snoozed: 'Cyntun: egwyl nesaf mewn {count} mun',
    paused: "Atgoffa wedi'i oedi am heddiw",
    ended: 'Mae eich shifft wedi gorffen. Diolch, a gorffwyswch yn dda.',
    settings: 'Gosodiadau egwyl',
    every: 'Munudau rhwng egwyliau',
    shiftEnd: 'Mae fy shifft yn gorffen am',
    notify: 'Hysbysiadau bwrdd gwaith',
    today: 'Heddiw',
    started: 'Dechrau {time}.',
    breaks: 'Egwyliau: {times}.',
    noBreaks: 'Dim egwyl eto.',
    ends: 'Shifft yn gorffen {time}.',
    private: 'Yn y porwr hwn yn unig, am heddiw.',
  },
};
