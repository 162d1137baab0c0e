import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for editors and developers: every widget in every important
 * state (stories/*.stories.ts, which are also the test fixtures) and the docs
 * pages (stories/docs/*.mdx). `npm run storybook` / `npm run build-storybook`.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/docs/*.mdx', '../stories/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // Stories fetch the sample Trust data and the bad-data fixtures the tests use.
  staticDirs: [
    { from: '../samples', to: '/samples' },
    { from: '../test/fixtures', to: '/test/fixtures' },
    { from: '../schemas', to: '/schemas' },
  ],
  docs: { defaultName: 'Docs' },
};
export default config;
