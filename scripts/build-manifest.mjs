// @ts-check
// Writes custom-elements.json (the custom-elements manifest, from the JSDoc in
// src/) and, from it, the IDE files in ide/: VS Code HTML and CSS custom data,
// JetBrains web-types and JSX types for React 19 and other JSX frameworks.
//
// The manifest comes from the analyzer's own command, `cem analyze --litelement`,
// with this module as its config (the default export below): our plugins teach
// it our guarded `define('wellbeing-x', Class)` registration and keep the public
// API only. The IDE files come from the maintained custom-element-*-integration
// generators, run on the finished manifest.
// `--check` fails when the committed files differ from freshly generated ones.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

export const OUTPUTS = {
  manifest: 'custom-elements.json',
  vscodeHtml: 'ide/vscode.html-custom-data.json',
  vscodeCss: 'ide/vscode.css-custom-data.json',
  webTypes: 'ide/web-types.json',
  jsx: 'ide/jsx.d.ts',
};

/**
 * Our elements register through `define('wellbeing-x', Class)` (src/core/lit/define.ts),
 * which the analyzer does not know: record the tag name and the definition export.
 */
function definePlugin() {
  const defined = [];
  return {
    name: 'wellbeing-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag) || !ts.isIdentifier(cls)) return;
      defined.push({ tag: tag.text, name: cls.text, path: moduleDoc.path });
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: cls.text } });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tag, name, path } of defined) {
        const mod = customElementsManifest.modules.find((m) => m.path === path);
        const exported = mod?.exports?.find((e) => e.kind === 'custom-element-definition' && e.name === tag);
        for (const m of customElementsManifest.modules)
          for (const declaration of m.declarations ?? [])
            if (declaration.name === name && declaration.customElement) {
              declaration.tagName = tag;
              if (exported) exported.declaration.module = m.path;
            }
      }
    },
  };
}

/**
 * Public API only, in a stable order, with string-literal type aliases spelled
 * out so docs and autocomplete show the values rather than a name:
 * `type Locale = 'en' | 'cy'`, or `type Region = (typeof REGIONS)[number]` with
 * `const REGIONS = ['england', …] as const`.
 */
function tidyPlugin() {
  const arrays = new Map();
  const aliases = new Map();
  return {
    name: 'wellbeing-tidy',
    collectPhase({ ts, node }) {
      const strings = (list) => list.elements.every(ts.isStringLiteral) && list.elements.map((e) => e.text);
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        let init = node.initializer;
        if (ts.isAsExpression(init)) init = init.expression;
        if (ts.isArrayLiteralExpression(init) && strings(init)) arrays.set(node.name.text, strings(init));
      }
      if (ts.isTypeAliasDeclaration(node)) {
        const type = node.type;
        if (
          ts.isUnionTypeNode(type) &&
          type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))
        )
          aliases.set(
            node.name.text,
            type.types.map((t) => t.literal.text),
          );
        const query = ts.isIndexedAccessTypeNode(type) && type.objectType;
        const inner = query && ts.isParenthesizedTypeNode(query) ? query.type : query;
        if (inner && ts.isTypeQueryNode(inner) && ts.isIdentifier(inner.exprName))
          aliases.set(node.name.text, inner.exprName.text);
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const resolved = new Map();
      for (const [name, value] of aliases) {
        const values = typeof value === 'string' ? arrays.get(value) : value;
        if (values) resolved.set(name, values.map((v) => `'${v}'`).join(' | '));
      }
      const expand = (type) => {
        // Attributes are always optional, so `| undefined` says nothing; without it
        // Storybook offers a text field rather than an object editor.
        if (type?.text)
          type.text = type.text
            .replace(/\b[A-Z]\w*\b/g, (name) => resolved.get(name) ?? name)
            .replace(/ \| undefined$/, '');
      };
      const classes = new Set(elementsOf(manifest).map((d) => d.name));
      manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of manifest.modules) {
        mod.exports = mod.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || classes.has(e.declaration.name),
        );
        for (const declaration of mod.declarations ?? []) {
          // Events dispatched with a computed name are listed by their @fires tags instead.
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
          if (declaration.members)
            declaration.members = declaration.members.filter((m) =>
              !m.privacy || m.privacy === 'public' ? !(m.static && m.name === 'styles') : false,
            );
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) expand(item.type);
        }
      }
    },
  };
}

/** The analyzer's config, read by `cem analyze --config scripts/build-manifest.mjs`. */
export default {
  globs: ['src/**/*.ts'],
  // Tests, stories and declarations are left out by the analyzer itself.
  // autoload.ts defines only a stand-in for a widget whose file failed to load: not part of the API.
  exclude: ['src/**/*.stories.ts', 'src/embed/**', 'src/studio/**', 'src/autoload.ts'],
  litelement: true,
  packagejson: false,
  quiet: true,
  plugins: [definePlugin(), tidyPlugin()],
};

/** Public elements only: declarations with a tag name. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
}

/** Runs a step in a scratch folder that is removed afterwards. */
function inScratch(step) {
  const dir = mkdtempSync(join(tmpdir(), 'wellbeing-manifest-'));
  try {
    return step(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The manifest's text, from the analyzer's own command (its package's `cem` bin). */
function analyze() {
  const packageFile = require.resolve('@custom-elements-manifest/analyzer/package.json');
  const cem = join(dirname(packageFile), JSON.parse(readFileSync(packageFile, 'utf8')).bin.cem);
  return inScratch((dir) => {
    // The analyzer joins --outdir onto the working folder, so it must be relative.
    const args = [cem, 'analyze', '--config', fileURLToPath(import.meta.url), '--outdir', relative(ROOT, dir)];
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0 || run.stderr.trim()) throw new Error(`cem analyze failed:\n${run.stderr}${run.stdout}`);
    return readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  });
}

// The generators describe a CSS property without a default as "(default: undefined)".
const tidyText = (text) => text.replaceAll(' _(default: undefined)_', '');
const json = (data) => `${JSON.stringify(data, null, 2)}\n`;

/** One entry per name: a token or part several elements share gets all their descriptions. */
function mergeByName(list = []) {
  const byName = new Map();
  for (const item of list) {
    const seen = byName.get(item.name);
    if (!seen) byName.set(item.name, { ...item });
    else if (item.description && !seen.description?.split('\n\n').includes(item.description))
      seen.description = [seen.description, item.description].filter(Boolean).join('\n\n');
  }
  return [...byName.values()];
}

/**
 * JSX types. The generator types an event prop as `CustomEvent<type>`, so it is
 * given each event's `detail` type (`CustomEvent<HelpOpenDetail>` → `HelpOpenDetail`,
 * imported from the package's types); a plain `Event` has no detail.
 */
function jsxTypes(manifest, generateJsxTypes) {
  const view = structuredClone(manifest);
  for (const element of elementsOf(view))
    for (const event of element.events ?? []) {
      const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
      if (detail) event.type = { text: detail };
      else delete event.type;
    }
  return inScratch((dir) => {
    const log = console.log;
    console.log = () => {}; // it announces the file it wrote even with hideLogs
    try {
      // Type paths are relative to the generated file in ide/.
      generateJsxTypes(view, {
        outdir: dir,
        fileName: 'jsx.d.ts',
        globalTypePath: '../dist/lib/index.js',
        hideLogs: true,
      });
    } finally {
      console.log = log;
    }
    return tidyText(readFileSync(join(dir, 'jsx.d.ts'), 'utf8'));
  });
}

export async function buildOutputs() {
  const manifestText = analyze();
  const manifest = JSON.parse(manifestText);
  // The JetBrains generator reads name and version from ./package.json when it loads.
  if (resolve(process.cwd()) !== resolve(ROOT)) process.chdir(ROOT);
  const [{ getVsCodeCssCustomData, getVsCodeHtmlCustomData }, { getWebTypesData }, { generateJsxTypes }] =
    await Promise.all([
      import('custom-element-vs-code-integration'),
      import('custom-element-jet-brains-integration'),
      import('custom-element-jsx-integration'),
    ]);
  const options = { hideLogs: true };
  const generated = (make) => JSON.parse(tidyText(make(structuredClone(manifest), { ...options })));

  const css = generated(getVsCodeCssCustomData);
  css.properties = mergeByName(css.properties);
  css.pseudoElements = mergeByName(css.pseudoElements);
  const webTypes = generated(getWebTypesData);
  const cssContributions = webTypes.contributions.css;
  cssContributions.properties = mergeByName(cssContributions.properties);
  cssContributions['pseudo-elements'] = mergeByName(cssContributions['pseudo-elements']);

  return {
    [OUTPUTS.manifest]: manifestText,
    [OUTPUTS.vscodeHtml]: json(generated(getVsCodeHtmlCustomData)),
    [OUTPUTS.vscodeCss]: json(css),
    [OUTPUTS.webTypes]: json(webTypes),
    [OUTPUTS.jsx]: jsxTypes(manifest, generateJsxTypes),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of Object.entries(await buildOutputs())) {
    const path = join(ROOT, file);
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote ${file}`);
      continue;
    }
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {}
    if (old !== text) {
      stale++;
      console.error(`${file} is out of date: run npm run generate:manifest`);
    }
  }
  process.exit(stale ? 1 : 0);
}
