import { define } from '../core/lit/define.js';
import { WellbeingHelpNow, type WellbeingHelpNowEventMap } from './help-now.js';

define('wellbeing-help-now', WellbeingHelpNow);

// For TypeScript pages: `querySelector` knows the tag, and the events join the
// one event map (core/lit/element.ts), which types their `detail` on any element,
// the document or the window.
declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-help-now': WellbeingHelpNow;
  }
  interface WellbeingEventMap extends WellbeingHelpNowEventMap {}
}

export { WellbeingHelpNow };
