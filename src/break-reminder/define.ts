import { define } from '../core/lit/define.js';
import { WellbeingBreakReminder, type WellbeingBreakReminderEventMap } from './break-reminder.js';

define('wellbeing-break-reminder', WellbeingBreakReminder);

// For TypeScript pages: `querySelector` knows the tag, and the events (bubbling
// and composed) carry a typed `detail` on any element, the document or the window.
declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-break-reminder': WellbeingBreakReminder;
  }
  interface HTMLElementEventMap extends WellbeingBreakReminderEventMap {}
  interface DocumentEventMap extends WellbeingBreakReminderEventMap {}
  interface WindowEventMap extends WellbeingBreakReminderEventMap {}
}

export { WellbeingBreakReminder };
