/**
 * The editors' bundle, dist/wellbeing-widgets.js: the provider and help-now
 * (with the national numbers) at once; every other widget's code from a file
 * next to this one when its tag first appears. `src/index.ts` registers
 * everything at once: it feeds the npm package and the single-file classic build.
 */
import { autoload } from './autoload.js';

export { WellbeingProvider } from './provider/define.js';
export { WellbeingHelpNow } from './help-now/define.js';
export { VERSION } from './core/version.js';

autoload();
