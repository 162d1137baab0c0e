import { define } from '../core/define.js';
import { WellbeingBreakReminder } from './break-reminder.js';

define('wellbeing-break-reminder', WellbeingBreakReminder);

declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-break-reminder': WellbeingBreakReminder;
  }
}

export { WellbeingBreakReminder };
