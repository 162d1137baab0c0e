import { define } from '../core/define.js';
import { WellbeingSupportFinder } from './support-finder.js';

define('wellbeing-support-finder', WellbeingSupportFinder);

declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-support-finder': WellbeingSupportFinder;
  }
  interface HTMLElementEventMap {
    'wellbeing-service-contact': CustomEvent<{ id: string }>;
  }
}

export { WellbeingSupportFinder };
