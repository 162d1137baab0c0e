/**
 * The editors' studio page (dist/studio.html → studio.js). It reads the
 * widgets' forms from the custom-elements manifest, cut down at build time.
 */
import manifest from 'virtual:custom-elements-manifest';
import { WellbeingStudio } from './define.js';
import { formsFromManifest } from './manifest-forms.js';

WellbeingStudio.forms = formsFromManifest(manifest);
