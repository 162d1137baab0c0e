// @ts-check
// ESLint for the whole repository (`npm run lint`; `npm run format` fixes what it can).
// Formatting is Prettier's job (.prettierrc.json): eslint-config-prettier, last,
// turns off every style rule that would disagree with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Written by tools, not by hand.
  globalIgnores([
    'dist/',
    'storybook-static/',
    'release/',
    'coverage/',
    'ide/',
    'custom-elements.json',
    'schemas/',
    'test/consumers/vite/dist/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  // Everything that runs in a browser: the widgets, stories, component tests,
  // the e2e suite's in-page scripts and the WordPress plugin's editor scripts.
  {
    files: [
      'src/**/*.{ts,js}',
      'stories/**/*.{ts,js}',
      'test/**/*.ts',
      'test/e2e/pages/*.js',
      '.storybook/preview.ts',
      'bench/floor.ts',
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['integrations/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, wp: 'readonly' } },
  },

  // Lit and custom-element rules where the elements and templates are.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'bench/floor.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice'], litA11y.configs.recommended],
    settings: { wc: { elementBaseClasses: ['LitElement', 'WellbeingElement'] } },
  },

  // Node: the tooling, the CLI, the config files, and the runners that drive
  // browsers (their page.evaluate callbacks run in the page, so both sets of globals).
  {
    files: ['**/*.mjs', '*.js', '.storybook/main.ts', 'stories/docs/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  {
    rules: {
      // `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Global maps (HTMLElementEventMap, WellbeingEventMap) grow by declaration merging, which needs interfaces.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'always' }],
      // `try { … } catch {}` is how the tooling says "a missing file is fine".
      'no-empty': ['error', { allowEmptyCatch: true }],
      // LitElement implements every lifecycle callback, so an unguarded super call cannot fail.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**'],
    rules: {
      // Chai asserts with property getters: `expect(x).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Stubs record the object they were called on.
      '@typescript-eslint/no-this-alias': 'off',
      // Expected CLI output is matched column for column, spaces as printed.
      'no-regex-spaces': 'off',
    },
  },

  prettier,
);
