// Generated files (JSON Schemas, custom-elements manifest, VS Code data) are
// committed for editors and the package; these prove they match the source.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
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
  const { SAFE_URL_PATTERN } = await import('../../dist/lib/core/safe-url.js');
  const schema = JSON.parse(buildSchemas()['schemas/campaigns.schema.json']);
  const pattern = new RegExp(schema.properties.campaigns.items.properties.link.properties.href.pattern);
  assert.equal(pattern.flags, '');
  const samples = [
    'https://example.nhs.uk/', 'HTTPS://EXAMPLE.NHS.UK/', 'Http://x', 'tel:116123', 'TEL:999', 'sms:85258',
    'mailto:jo@samaritans.org', '/wellbeing/', 'wellbeing.html', '#top', 'javascript:alert(1)',
    'JAVASCRIPT:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'DATA:text/html,x', 'vbscript:x', ' ftp://x',
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
    for (const member of element.members ?? []) assert.ok(!member.privacy || member.privacy === 'public', `${element.tagName}.${member.name} is public`);
  }
  const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(packageJson.customElements, OUTPUTS.manifest);
  assert.ok(packageJson.files.includes(OUTPUTS.manifest) && packageJson.files.includes(OUTPUTS.vscode));
});

test('the committed manifest and VS Code data equal freshly generated ones (run `npm run generate:manifest`)', () => {
  for (const [file, text] of Object.entries(buildOutputs())) assert.equal(readFileSync(file, 'utf8'), text, `${file} is stale`);
  const vscode = JSON.parse(readFileSync(OUTPUTS.vscode, 'utf8'));
  const helpNow = vscode.tags.find((t) => t.name === 'wellbeing-help-now');
  assert.deepEqual(helpNow.attributes.find((a) => a.name === 'variant').values, [{ name: 'floating' }, { name: 'inline' }]);
});
