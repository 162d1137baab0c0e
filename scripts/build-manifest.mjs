// Writes custom-elements.json (the custom-elements manifest, from the JSDoc
// in src/) and vscode.html-custom-data.json (tag and attribute autocomplete in
// VS Code, from the manifest). The same as `cem analyze --litelement --globs
// 'src/**/*.ts'`, run through the analyzer's API so it leaves package.json alone
// and understands our guarded `define('wellbeing-x', Class)` registration.
// `--check` fails when the committed files differ from freshly generated ones.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUTPUTS = { manifest: 'custom-elements.json', vscode: 'vscode.html-custom-data.json' };

/** Component sources: src/**\/*.ts without the embed page, tests, stories or declarations. */
function sources() {
  return readdirSync(`${ROOT}src`, { recursive: true })
    .map((file) => `src/${file.split('\\').join('/')}`)
    .filter((file) => file.endsWith('.ts') && !/\.(test|stories|d)\.ts$/.test(file) && !file.startsWith('src/embed/'))
    .sort();
}

/**
 * Our elements register through `define('wellbeing-x', Class)` (src/core/define.ts),
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
 * String-literal type aliases, so docs and autocomplete show the values rather
 * than a name: `type Locale = 'en' | 'cy'`, or `type Region = (typeof REGIONS)[number]`
 * with `const REGIONS = ['england', …] as const`.
 */
function literalAliases(modules) {
  const arrays = new Map();
  const aliases = new Map();
  const strings = (node) => node.elements.every(ts.isStringLiteral) && node.elements.map((e) => e.text);
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      let init = node.initializer;
      if (ts.isAsExpression(init)) init = init.expression;
      if (ts.isArrayLiteralExpression(init) && strings(init)) arrays.set(node.name.text, strings(init));
    }
    if (ts.isTypeAliasDeclaration(node)) {
      const type = node.type;
      if (ts.isUnionTypeNode(type) && type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)))
        aliases.set(node.name.text, type.types.map((t) => t.literal.text));
      const query = ts.isIndexedAccessTypeNode(type) && type.objectType;
      const inner = query && ts.isParenthesizedTypeNode(query) ? query.type : query;
      if (inner && ts.isTypeQueryNode(inner) && ts.isIdentifier(inner.exprName))
        aliases.set(node.name.text, inner.exprName.text);
    }
    ts.forEachChild(node, visit);
  };
  modules.forEach(visit);
  const resolved = new Map();
  for (const [name, value] of aliases) {
    const values = typeof value === 'string' ? arrays.get(value) : value;
    if (values) resolved.set(name, values.map((v) => `'${v}'`).join(' | '));
  }
  return resolved;
}

/** Public API only, with type aliases spelled out and no stray definitions. */
function tidy(manifest, aliases) {
  const classes = new Set(elementsOf(manifest).map((d) => d.name));
  const expand = (type) => {
    // Attributes are always optional, so `| undefined` says nothing; without it
    // Storybook offers a text field rather than an object editor.
    if (type?.text)
      type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => aliases.get(name) ?? name).replace(/ \| undefined$/, '');
  };
  for (const mod of manifest.modules) {
    mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || classes.has(e.declaration.name));
    for (const declaration of mod.declarations ?? []) {
      // Events dispatched with a computed name are listed by their @fires tags instead.
      if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
      if (declaration.members)
        declaration.members = declaration.members.filter(
          (m) => !m.privacy || m.privacy === 'public' ? !(m.static && m.name === 'styles') : false,
        );
      for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) expand(item.type);
    }
  }
  return manifest;
}

export function buildManifest() {
  const modules = sources().map((file) =>
    ts.createSourceFile(file, readFileSync(`${ROOT}${file}`, 'utf8'), ts.ScriptTarget.ES2021, true),
  );
  const manifest = create({ modules, plugins: [...litPlugin(), definePlugin()], context: { dev: false } });
  return tidy(manifest, literalAliases(modules));
}

/** Public elements only: declarations with a tag name. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
}

const plain = (text = '') => text.replace(/\s+/g, ' ').trim();

/** VS Code HTML custom data (https://github.com/microsoft/vscode-custom-data) from the manifest. */
export function vscodeData(manifest) {
  const values = (type = '') => {
    const literals = [...type.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    return literals.length ? literals.map((name) => ({ name })) : undefined;
  };
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: [
        plain(element.summary || element.description),
        element.events?.length ? `Events: ${element.events.map((e) => e.name).join(', ')}.` : '',
        element.cssParts?.length ? `Parts: ${element.cssParts.map((p) => p.name).join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: plain(attribute.description),
        ...(values(attribute.type?.text) ? { values: values(attribute.type?.text) } : {}),
      })),
    })),
  };
}

export function buildOutputs() {
  const manifest = buildManifest();
  return {
    [OUTPUTS.manifest]: `${JSON.stringify(manifest, null, 2)}\n`,
    [OUTPUTS.vscode]: `${JSON.stringify(vscodeData(manifest), null, 2)}\n`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of Object.entries(buildOutputs())) {
    if (!check) {
      writeFileSync(`${ROOT}${file}`, text);
      console.log(`wrote ${file}`);
      continue;
    }
    let old = '';
    try {
      old = readFileSync(`${ROOT}${file}`, 'utf8');
    } catch {}
    if (old !== text) {
      stale++;
      console.error(`${file} is out of date: run npm run generate:manifest`);
    }
  }
  process.exit(stale ? 1 : 0);
}
