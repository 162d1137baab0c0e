import { define } from '../core/define.js';
import { WellbeingHelpNow } from './help-now.js';

define('wellbeing-help-now', WellbeingHelpNow);

declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-help-now': WellbeingHelpNow;
  }
  interface WindowEventMap {
    'wellbeing-help-request': Event;
  }
}

export { WellbeingHelpNow };
