/**
 * Registers the studio's elements (not part of the widgets' bundle: only the
 * studio page, src/studio/studio.ts, and the studio's tests import this).
 */
import { StudioDataView } from './data-view.js';
import { StudioEntryForm } from './entry-form.js';
import { StudioFinderCheck } from './finder-check.js';
import { StudioHoursEditor } from './hours-editor.js';
import { StudioImportPanel } from './import-panel.js';
import { StudioPreviewFrame } from './preview-frame.js';
import { StudioSnippetBuilder } from './snippet-builder.js';
import { WellbeingStudio } from './studio-app.js';
import { StudioTimeline } from './timeline.js';

const ELEMENTS: Record<string, CustomElementConstructor> = {
  'wellbeing-studio': WellbeingStudio,
  'wellbeing-studio-data': StudioDataView,
  'wellbeing-studio-entry-form': StudioEntryForm,
  'wellbeing-studio-hours': StudioHoursEditor,
  'wellbeing-studio-import': StudioImportPanel,
  'wellbeing-studio-preview': StudioPreviewFrame,
  'wellbeing-studio-snippet': StudioSnippetBuilder,
  'wellbeing-studio-timeline': StudioTimeline,
  'wellbeing-studio-finder-check': StudioFinderCheck,
};

for (const [tag, element] of Object.entries(ELEMENTS))
  if (!customElements.get(tag)) customElements.define(tag, element);

export { WellbeingStudio };
