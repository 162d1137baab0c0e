import { define } from '../core/lit/define.js';
import { WellbeingSupportFinder, type WellbeingSupportFinderEventMap } from './support-finder.js';

define('wellbeing-support-finder', WellbeingSupportFinder);

// For TypeScript pages: `querySelector` knows the tag, and the events join the
// one event map (core/lit/element.ts), which types their `detail` on any element,
// the document or the window.
declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-support-finder': WellbeingSupportFinder;
  }
  interface WellbeingEventMap extends WellbeingSupportFinderEventMap {}
}

export { WellbeingSupportFinder };
