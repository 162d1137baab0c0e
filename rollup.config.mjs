import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/**
 * One self-contained, minified bundle (Lit included) in two forms: an ES
 * module and a classic script for CMSs that strip `type="module"`.
 */
const pluginsFor = ({ module }) => [
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  minifyTemplates(),
  // `module: false` for the classic script, or terser drops its `WellbeingWidgets` global.
  terser({ ecma: 2021, module, compress: { passes: 2 }, format: { comments: false } }),
];
const plugins = pluginsFor({ module: true });

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/wellbeing-widgets.js', format: 'es' },
    plugins,
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/wellbeing-widgets.iife.js', format: 'iife', name: 'WellbeingWidgets' },
    plugins: pluginsFor({ module: false }),
  },
  // The iframe embed page (src/embed/): dist/embed.html, embed.css and embed.js,
  // which imports the bundle above rather than a second copy of it.
  {
    input: 'src/embed/embed.ts',
    external: ['../index.js'],
    output: { file: 'dist/embed.js', format: 'es', paths: (id) => (id.endsWith('index.js') ? './wellbeing-widgets.js' : id) },
    plugins: [
      ...plugins,
      {
        name: 'embed-page',
        generateBundle() {
          for (const fileName of ['embed.html', 'embed.css'])
            this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/embed/${fileName}`, 'utf8') });
        },
      },
    ],
  },
];
