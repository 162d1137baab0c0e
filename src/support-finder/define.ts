import { define } from '../core/lit/define.js';
import { WellbeingSupportFinder, type WellbeingSupportFinderEventMap } from './support-finder.js';

define('wellbeing-support-finder', WellbeingSupportFinder);

// For TypeScript pages: `querySelector` knows the tag, and the events (bubbling
// and composed) carry a typed `detail` on any element, the document or the window.
declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-support-finder': WellbeingSupportFinder;
  }
  interface HTMLElementEventMap extends WellbeingSupportFinderEventMap {}
  interface DocumentEventMap extends WellbeingSupportFinderEventMap {}
  interface WindowEventMap extends WellbeingSupportFinderEventMap {}
}

export { WellbeingSupportFinder };
