import { define } from '../core/lit/define.js';
import { WellbeingHelpNow, type WellbeingHelpNowEventMap } from './help-now.js';

define('wellbeing-help-now', WellbeingHelpNow);

// For TypeScript pages: `querySelector` knows the tag, and the events (bubbling
// and composed) carry a typed `detail` on any element, the document or the window.
declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-help-now': WellbeingHelpNow;
  }
  interface HTMLElementEventMap extends WellbeingHelpNowEventMap {}
  interface DocumentEventMap extends WellbeingHelpNowEventMap {}
  interface WindowEventMap extends WellbeingHelpNowEventMap {}
}

export { WellbeingHelpNow };
