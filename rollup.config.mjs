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

/**
 * The studio's snippet builder reads the custom-elements manifest as the module
 * `virtual:custom-elements-manifest`; it ships only what its forms need (each
 * element's tag, summary and attributes), not the whole of custom-elements.json.
 */
const studioManifest = () => ({
  name: 'studio-manifest',
  resolveId: (id) => (id === 'virtual:custom-elements-manifest' ? '\0studio-manifest' : null),
  load(id) {
    if (id !== '\0studio-manifest') return null;
    const modules = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
      .modules.map((module) => ({
        declarations: (module.declarations ?? [])
          .filter((d) => d.tagName)
          .map(({ tagName, summary, attributes = [] }) => ({
            tagName,
            summary,
            attributes: attributes.map(({ name, description, type, default: value }) => ({ name, description, type, default: value })),
          })),
      }))
      .filter((module) => module.declarations.length);
    return `export default ${JSON.stringify({ modules })};`;
  },
});

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
  // The editors' studio (src/studio/): dist/studio.html, studio.css and studio.js (its own Lit,
  // forms and checks), and its preview frame, dist/studio-preview.html and studio-preview.js,
  // which shows the widgets with the bundle above (two copies of Lit cannot share one page
  // under `trusted-types lit-html`, so the real widgets run in the frame).
  {
    input: 'src/studio/studio.ts',
    output: { file: 'dist/studio.js', format: 'es' },
    plugins: [
      studioManifest(),
      ...plugins,
      {
        name: 'studio-page',
        generateBundle() {
          for (const fileName of ['studio.html', 'studio.css', 'studio-preview.html'])
            this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/studio/${fileName}`, 'utf8') });
        },
      },
    ],
  },
  {
    input: 'src/studio/preview-page.ts',
    external: ['../index.js'],
    output: { file: 'dist/studio-preview.js', format: 'es', paths: (id) => (id.endsWith('index.js') ? './wellbeing-widgets.js' : id) },
    plugins,
  },
];
