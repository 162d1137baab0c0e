import type { StringTable } from './index.js';

/** Words every widget shares: days, times and opening states. */
export type SharedKey =
  | 'day0'
  | 'day1'
  | 'day2'
  | 'day3'
  | 'day4'
  | 'day5'
  | 'day6'
  | 'am'
  | 'pm'
  | 'midday'
  | 'midnight'
  | 'dayRange'
  | 'timeRange'
  | 'allDay'
  | 'listSeparator'
  | 'call'
  | 'textKeyword'
  | 'text'
  | 'email'
  | 'website'
  | 'textphone'
  | 'openNow'
  | 'openUntil'
  | 'closed'
  | 'closedOpens'
  | 'today'
  | 'tomorrow'
  | 'onDay';

export const sharedStrings: StringTable<SharedKey> = {
  en: {
    day0: 'Monday',
    day1: 'Tuesday',
    day2: 'Wednesday',
    day3: 'Thursday',
    day4: 'Friday',
    day5: 'Saturday',
    day6: 'Sunday',
    am: '{time}am',
    pm: '{time}pm',
    midday: 'midday',
    midnight: 'midnight',
    dayRange: '{from} to {to}',
    timeRange: '{from} to {to}',
    allDay: '24 hours a day, 7 days a week',
    listSeparator: '; ',
    call: 'Call {number}',
    textKeyword: 'Text {keyword} to {number}',
    text: 'Text {number}',
    email: 'Email {address}',
    website: 'Visit website',
    textphone: 'Textphone {number}',
    openNow: 'Open now',
    openUntil: 'Open now, closes {time}',
    closed: 'Closed',
    closedOpens: 'Closed, opens {time} {day}',
    today: 'today',
    tomorrow: 'tomorrow',
    onDay: '{day}',
  },
  cy: {
    day0: 'Dydd Llun',
    day1: 'Dydd Mawrth',
    day2: 'Dydd Mercher',
    day3: 'Dydd Iau',
    day4: 'Dydd Gwener',
    day5: 'Dydd Sadwrn',
    day6: 'Dydd Sul',
    am: '{time}yb',
    pm: '{time}yh',
    midday: 'hanner dydd',
    midnight: 'hanner nos',
    dayRange: '{from} i {to}',
    timeRange: '{from} tan {to}',
    allDay: '24 awr y dydd, 7 diwrnod yr wythnos',
    listSeparator: '; ',
    call: 'Ffoniwch {number}',
    textKeyword: 'Tecstiwch {keyword} i {number}',
    text: 'Tecstiwch {number}',
    email: 'E-bostiwch {address}',
    website: "Ewch i'r wefan",
    textphone: 'Ffôn testun {number}',
    openNow: 'Ar agor nawr',
    openUntil: 'Ar agor nawr, yn cau am {time}',
    closed: 'Ar gau',
    closedOpens: 'Ar gau, yn agor am {time} {day}',
    today: 'heddiw',
    tomorrow: 'yfory',
    onDay: '{day}',
  },
};
