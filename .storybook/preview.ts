import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Argument tables and controls come from the JSDoc in src/ via the manifest
// (`npm run generate:manifest`): attributes, properties, events, parts, slots, tokens.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every story is also checked with axe in test/toolkit/stories.test.ts.
    a11y: { test: 'error' },
    docs: { toc: true },
    options: {
      storySort: {
        order: [
          'Editors',
          ['Getting started', 'Theming', 'Data formats', 'Events', 'Privacy', 'Accessibility'],
          'Widgets',
        ],
      },
    },
  },
};
export default preview;
