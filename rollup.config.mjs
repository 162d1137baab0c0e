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
            attributes: attributes.map(({ name, description, type, default: value }) => ({
              name,
              description,
              type,
              default: value,
            })),
          })),
      }))
      .filter((module) => module.declarations.length);
    return `export default ${JSON.stringify({ modules })};`;
  },
});

/**
 * A lazily loaded file that fails to arrive names itself: each `import()` of a
 * chunk adds the chunk's file name to its error, for the widget's console message.
 */
const namedChunkErrors = () => ({
  name: 'named-chunk-errors',
  renderDynamicImport: ({ targetChunk }) =>
    targetChunk && {
      left: 'import(',
      right: `).catch((e) => { throw Object.assign(e, { file: ${JSON.stringify(targetChunk.fileName)} }); })`,
    },
});

/**
 * A lazily loaded file and the files it imports arrive together, not one after
 * another: each `import()` of a chunk also imports, at the same moment, every
 * shared file that chunk needs (and those files need), so a widget costs one
 * round trip after the entry rather than a chain of two or three. The browser
 * fetches and runs each file once (the module map keys them by URL, and they all
 * resolve against the entry's folder); the import still resolves to the widget's
 * own module, and still fails, named, if any of its files cannot load (the extra
 * imports' own failures are left to it, so nothing goes unhandled). The entry is
 * never among them: the files take it from the registry. Plain `import()`s of
 * files beside the entry: nothing for a strict CSP or Trusted Types to refuse,
 * and `?ver=` after the entry's name changes nothing.
 */
const parallelChunkImports = ({ entryFile }) => ({
  name: 'parallel-chunk-imports',
  renderChunk(code, chunk, _options, { chunks }) {
    if (!chunk.dynamicImports.length) return null;
    /** Every file `fileName` imports, directly or through another, but the entry. */
    const needs = (fileName, found = new Set()) => {
      for (const file of chunks[fileName]?.imports ?? [])
        if (file !== entryFile && !found.has(file)) needs(file, found.add(file));
      return found;
    };
    const loaded = needs(chunk.fileName).add(chunk.fileName); // here already when this chunk runs
    const helper = '__wellbeingAlongside';
    const edits = [];
    const walk = (node) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(walk);
      const source = node.type === 'ImportExpression' && node.source.type === 'Literal' && node.source.value;
      const file = typeof source === 'string' && source.startsWith('./') ? source.slice(2) : undefined;
      if (file && chunk.dynamicImports.includes(file)) {
        // Sorted: the same order at every import compresses better.
        const also = [...needs(file)].filter((other) => !loaded.has(other)).sort();
        if (also.length)
          edits.push([node.start, node.end, `${helper}(${[file, ...also].map((f) => `import('./${f}')`).join(', ')})`]);
        return;
      }
      for (const [key, value] of Object.entries(node)) if (key !== 'type') walk(value);
    };
    walk(this.parse(code));
    if (!edits.length) return null;
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
      code = code.slice(0, start) + text + code.slice(end);
    // The widget's own import, its files' imports started beside it.
    code = `const ${helper} = (own, ...also) => (Promise.all(also).catch(() => {}), own);\n${code}`;
    return { code, map: null };
  },
});

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * The widgets' files take Lit and the shared code from the entry through a
 * registry on `globalThis`, not by importing `./wellbeing-widgets.js`: a host
 * that loads the entry as `wellbeing-widgets.js?ver=1.2` (WordPress, Drupal)
 * would otherwise get a second copy of it, and of Lit, from that import.
 * The entry keeps only its own exports; what the files need goes to the registry.
 */
const sharedThroughRegistry = ({ entryFile }) => {
  const registry = `globalThis[Symbol.for(${JSON.stringify(`wellbeing-widgets@${version}`)})]`;
  return {
    name: 'shared-through-registry',
    renderChunk(code, chunk) {
      const edits = [];
      for (const node of this.parse(code).body) {
        if (chunk.isEntry && node.type === 'ExportNamedDeclaration' && !node.source && !node.declaration) {
          const own = new Set(this.getModuleInfo(chunk.facadeModuleId).exports);
          const pairs = node.specifiers.map((s) => [s.local.name, s.exported.name]);
          const mine = pairs.filter(([, exported]) => own.has(exported));
          const shared = pairs.filter(([, exported]) => !own.has(exported));
          edits.push([
            node.start,
            node.end,
            `${registry} ??= { ${shared.map(([local, exported]) => `${exported}: ${local}`).join(', ')} };\n` +
              `export { ${mine.map(([local, exported]) => (local === exported ? local : `${local} as ${exported}`)).join(', ')} };`,
          ]);
        }
        if (!chunk.isEntry && node.type === 'ImportDeclaration' && node.source.value === `./${entryFile}`) {
          const names = node.specifiers.map((s) => `${s.imported.name}: ${s.local.name}`);
          edits.push([node.start, node.end, names.length ? `const { ${names.join(', ')} } = ${registry};` : '']);
        }
      }
      for (const [start, end, text] of edits.reverse()) code = code.slice(0, start) + text + code.slice(end);
      return { code, map: null };
    },
  };
};

/** `wellbeing-support-finder-<hash>.js`: the widget's folder names its file; shared code is `wellbeing-shared-…`. */
const chunkFileNames = ({ facadeModuleId }) => {
  const widget = facadeModuleId?.match(/src\/([\w-]+)\/define\.ts$/)?.[1];
  return widget ? `wellbeing-${widget}-[hash].js` : 'wellbeing-shared-[hash].js';
};

export default [
  // The editors' bundle: the entry (provider, help-now, the autoloader) and one
  // file per other widget, with their shared code, next to it.
  {
    input: { 'wellbeing-widgets': 'src/entry.ts' },
    // The entry may export what the widgets' files import from it (Lit, the base element), rather
    // than move that code into a second file the national numbers would wait for.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames },
    // Before terser: the registry rewrite reads rollup's own, unminified output.
    plugins: [
      ...plugins.slice(0, -1),
      sharedThroughRegistry({ entryFile: 'wellbeing-widgets.js' }),
      parallelChunkImports({ entryFile: 'wellbeing-widgets.js' }),
      namedChunkErrors(),
      plugins.at(-1),
    ],
  },
  // Everything in one classic script, for CMSs that accept one file or strip `type="module"`.
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/wellbeing-widgets.iife.js',
      format: 'iife',
      name: 'WellbeingWidgets',
      inlineDynamicImports: true,
    },
    plugins: pluginsFor({ module: false }),
  },
  // The iframe embed page (src/embed/): dist/embed.html, embed.css and embed.js,
  // which imports the bundle above rather than a second copy of it.
  {
    input: 'src/embed/embed.ts',
    external: ['../index.js'],
    output: {
      file: 'dist/embed.js',
      format: 'es',
      paths: (id) => (id.endsWith('index.js') ? './wellbeing-widgets.js' : id),
    },
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
    output: {
      file: 'dist/studio-preview.js',
      format: 'es',
      paths: (id) => (id.endsWith('index.js') ? './wellbeing-widgets.js' : id),
    },
    plugins,
  },
];
