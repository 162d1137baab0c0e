// @ts-check
// Generated files (JSON Schemas, the custom-elements manifest and the IDE files
// in ide/) are committed for editors and the package; these prove they match
// the source, and that the types a TypeScript or React app gets work.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { buildOutputs, elementsOf, OUTPUTS } from '../../scripts/build-manifest.mjs';
import { buildSchemas, caseless } from '../../scripts/build-schemas.mjs';

const ELEMENTS = [
  'wellbeing-provider',
  'wellbeing-help-now',
  'wellbeing-support-finder',
  'wellbeing-break-reminder',
  'wellbeing-campaign-banner',
];

test('the committed JSON Schemas equal freshly generated ones (run `npm run generate:schemas`)', () => {
  const fresh = buildSchemas();
  assert.deepEqual(Object.keys(fresh).sort(), [
    'schemas/campaigns.schema.json',
    'schemas/help-contacts.schema.json',
    'schemas/services.schema.json',
  ]);
  for (const [path, text] of Object.entries(fresh)) assert.equal(readFileSync(path, 'utf8'), text, `${path} is stale`);
});

test('each schema describes its list, allows "$schema" and keeps the runtime rules', () => {
  const schema = JSON.parse(buildSchemas()['schemas/campaigns.schema.json']);
  assert.equal(schema.properties.$schema.type, 'string');
  assert.deepEqual(schema.required, ['campaigns']);
  const item = schema.properties.campaigns.items;
  assert.deepEqual(item.required, ['id', 'title', 'message', 'starts', 'ends']);
  assert.deepEqual(item.properties.tone.enum, ['info', 'celebrate', 'important']);
  const services = JSON.parse(buildSchemas()['schemas/services.schema.json']);
  assert.ok(services.properties.synonyms, 'extras such as synonyms are part of the file schema');
});

test('link patterns behave exactly like the case-insensitive runtime rule', async () => {
  // dist/lib is built by `npm test` after the type-check, so the import is resolved at run time.
  const { SAFE_URL_PATTERN } = await import(new URL('../../dist/lib/core/data/safe-url.js', import.meta.url).href);
  const schema = JSON.parse(buildSchemas()['schemas/campaigns.schema.json']);
  const pattern = new RegExp(schema.properties.campaigns.items.properties.link.properties.href.pattern);
  assert.equal(pattern.flags, '');
  const samples = [
    'https://example.nhs.uk/',
    'HTTPS://EXAMPLE.NHS.UK/',
    'Http://x',
    'tel:116123',
    'TEL:999',
    'sms:85258',
    'mailto:jo@samaritans.org',
    '/wellbeing/',
    'wellbeing.html',
    '#top',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,x',
    'DATA:text/html,x',
    'vbscript:x',
    ' ftp://x',
  ];
  for (const sample of samples) assert.equal(pattern.test(sample), SAFE_URL_PATTERN.test(sample), sample);
  assert.equal(caseless('[a-z\\d+.-]*x'), '[a-zA-Z\\d+.-]*[xX]');
});

test('sample data files point at schemas that exist', () => {
  for (const file of readdirSync('samples').filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join('samples', file), 'utf8'));
    assert.ok(data.$schema, `${file} has a $schema`);
    assert.ok(existsSync(join(dirname(join('samples', file)), data.$schema)), `${file}: ${data.$schema} exists`);
  }
});

test('the custom-elements manifest names all five elements with their documented API', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = elementsOf(manifest);
  assert.deepEqual(elements.map((e) => e.tagName).sort(), [...ELEMENTS].sort());
  const helpNow = elements.find((e) => e.tagName === 'wellbeing-help-now');
  assert.ok(helpNow.cssParts.some((p) => p.name === 'trigger'));
  assert.ok(helpNow.events.some((e) => e.name === 'wellbeing-help-open'));
  assert.ok(helpNow.attributes.some((a) => a.name === 'region' && a.type.text.includes("'wales'")));
  for (const element of elements) {
    assert.ok(element.summary || element.description, `${element.tagName} has a summary`);
    for (const member of element.members ?? [])
      assert.ok(!member.privacy || member.privacy === 'public', `${element.tagName}.${member.name} is public`);
  }
  const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(packageJson.customElements, OUTPUTS.manifest);
  const shipped = (file) => packageJson.files.some((entry) => file === entry || file.startsWith(`${entry}/`));
  for (const file of Object.values(OUTPUTS)) assert.ok(shipped(file), `package.json files ship ${file}`);
});

test('every event names its type, and each detail type is exported by the package', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = readFileSync('dist/lib/index.d.ts', 'utf8');
  const events = elementsOf(manifest).flatMap((e) => e.events ?? []);
  assert.ok(events.length >= 7);
  for (const event of events) {
    const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text)?.[1];
    assert.ok(
      detail || event.type?.text === 'Event',
      `${event.name}: @fires {CustomEvent<Detail>} or {Event}, not ${event.type?.text}`,
    );
    if (detail) assert.match(declarations, new RegExp(`\\b${detail}\\b`), `${detail} is exported from the package`);
  }
});

test('the committed manifest and IDE files equal freshly generated ones (run `npm run generate:manifest`)', async () => {
  const fresh = await buildOutputs();
  assert.deepEqual(Object.keys(fresh).sort(), Object.values(OUTPUTS).sort());
  for (const [file, text] of Object.entries(fresh)) assert.equal(readFileSync(file, 'utf8'), text, `${file} is stale`);
  const vscode = JSON.parse(readFileSync(OUTPUTS.vscodeHtml, 'utf8'));
  assert.deepEqual(vscode.tags.map((t) => t.name).sort(), [...ELEMENTS].sort());
  const helpNow = vscode.tags.find((t) => t.name === 'wellbeing-help-now');
  assert.deepEqual(helpNow.attributes.find((a) => a.name === 'variant').values, [
    { name: 'floating' },
    { name: 'inline' },
  ]);
});

test('VS Code CSS data lists each --wellbeing-* custom property and part once', () => {
  const css = JSON.parse(readFileSync(OUTPUTS.vscodeCss, 'utf8'));
  const names = css.properties.map((p) => p.name);
  assert.ok(names.includes('--wellbeing-brand-colour') && names.includes('--wellbeing-help-now-offset'));
  assert.ok(names.every((name) => name.startsWith('--wellbeing-')));
  assert.equal(new Set(names).size, names.length, 'no duplicates');
  const brand = css.properties.find((p) => p.name === '--wellbeing-brand-colour');
  assert.match(brand.description, /Chips, card edges/, "a shared token keeps every element's description");
  const parts = css.pseudoElements.map((p) => p.name);
  assert.ok(parts.includes('::part(trigger)') && parts.includes('::part(prompt)'));
  assert.equal(new Set(parts).size, parts.length, 'no duplicates');
  assert.doesNotMatch(readFileSync(OUTPUTS.vscodeHtml, 'utf8'), /default: undefined/);
});

test('JetBrains web-types list all five elements with their attributes and events, named by package.json', () => {
  const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(packageJson['web-types'], `./${OUTPUTS.webTypes}`);
  const webTypes = JSON.parse(readFileSync(OUTPUTS.webTypes, 'utf8'));
  assert.equal(webTypes.name, packageJson.name);
  assert.equal(webTypes.version, packageJson.version, 'run `npm run generate:manifest` after a version bump');
  const manifest = elementsOf(JSON.parse(readFileSync(OUTPUTS.manifest, 'utf8')));
  const elements = webTypes.contributions.html.elements;
  assert.deepEqual(elements.map((e) => e.name).sort(), [...ELEMENTS].sort());
  for (const element of elements) {
    const documented = manifest.find((e) => e.tagName === element.name);
    assert.deepEqual(
      element.attributes.map((a) => a.name),
      documented.attributes.map((a) => a.name),
      element.name,
    );
    assert.deepEqual(
      (element.events ?? []).map((e) => e.name),
      (documented.events ?? []).map((e) => e.name),
      element.name,
    );
  }
  const region = elements.find((e) => e.name === 'wellbeing-help-now').attributes.find((a) => a.name === 'region');
  assert.match(region.value.type, /'wales'/);
  assert.ok(webTypes.contributions.css.properties.some((p) => p.name === '--wellbeing-brand-colour'));
});

// A React 19 app: the JSX types (`wellbeing-widgets/jsx`) and the package's
// DOM types, compiled under `strict` against the built dist/lib. Each
// `@ts-expect-error` must stay an error. Kept here, not as a .tsx file under
// test/, because the root tsconfig (used by `npm run typecheck`) has no JSX.
const REACT_APP = `
import { useState } from 'react';
import 'wellbeing-widgets';
import type { Region } from 'wellbeing-widgets';
import type { CustomElements } from 'wellbeing-widgets/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export function Sidebar() {
  const [region, setRegion] = useState<Region>('wales');
  const [count, setCount] = useState(0);
  return (
    <wellbeing-provider trust-name="Example NHS Trust" region={region}>
      <wellbeing-help-now region="wales" variant="inline" onwellbeing-help-open={(event) => setRegion(event.detail.region)} />
      <wellbeing-support-finder topic="money" onwellbeing-service-contact={(event) => console.log(event.detail.id)} />
      <wellbeing-break-reminder interval={90} onwellbeing-break={(event) => console.log(event.detail.action === 'snooze')} />
      <wellbeing-campaign-banner rotate-seconds={8} onwellbeing-campaign-dismiss={(event) => console.log(event.detail.id)} />
      <wellbeing-support-finder onwellbeing-help-request={() => setCount(count + 1)} />
      {/* @ts-expect-error not a region */}
      <wellbeing-help-now region="france" />
      {/* @ts-expect-error help-open's detail has no id */}
      <wellbeing-help-now onwellbeing-help-open={(event) => console.log(event.detail.id)} />
      {/* @ts-expect-error not an attribute of the element */}
      <wellbeing-break-reminder colour="red" />
    </wellbeing-provider>
  );
}

const help = document.querySelector('wellbeing-help-now');
help?.addEventListener('wellbeing-help-open', (event) => {
  const opened: Region = event.detail.region;
  console.log(opened, help.region);
});
document.addEventListener('wellbeing-campaign-click', (event) => console.log(event.detail.id));
`;

test('a React 19 TSX app type-checks the elements, attributes and typed events (needs `npm run build`)', () => {
  const file = join(process.cwd(), 'test/types/react-app.tsx'); // in memory only
  const options = {
    strict: true,
    noEmit: true,
    jsx: ts.JsxEmit.ReactJSX,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    // Declaration files are not checked themselves (a quarter of the time); a broken
    // ide/jsx.d.ts still fails here, as its types turn to `any` and the expected errors vanish.
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, ...rest) =>
    name === file
      ? ts.createSourceFile(name, REACT_APP, ts.ScriptTarget.ES2022, true)
      : getSourceFile.call(host, name, ...rest);
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  host.readFile = (name) => (name === file ? REACT_APP : readFile.call(host, name));
  const program = ts.createProgram([file], options, host);
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => !d.file || !d.file.fileName.includes('/node_modules/'))
    .map(
      (d) =>
        `${d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
  assert.deepEqual(problems, []);
  const files = program.getSourceFiles().map((f) => f.fileName);
  assert.ok(
    files.some((f) => f.endsWith('/ide/jsx.d.ts')) && files.some((f) => f.endsWith('/dist/lib/help-now/define.d.ts')),
  );
});
