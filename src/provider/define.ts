import { define } from '../core/lit/define.js';
import { WellbeingProvider } from './provider.js';

define('wellbeing-provider', WellbeingProvider);

declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-provider': WellbeingProvider;
  }
}

export { WellbeingProvider };
