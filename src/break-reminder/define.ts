import { define } from '../core/lit/define.js';
import { WellbeingBreakReminder, type WellbeingBreakReminderEventMap } from './break-reminder.js';

define('wellbeing-break-reminder', WellbeingBreakReminder);

// For TypeScript pages: `querySelector` knows the tag, and the events join the
// one event map (core/lit/element.ts), which types their `detail` on any element,
// the document or the window.
declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-break-reminder': WellbeingBreakReminder;
  }
  interface WellbeingEventMap extends WellbeingBreakReminderEventMap {}
}

export { WellbeingBreakReminder };
