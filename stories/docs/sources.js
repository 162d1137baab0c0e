// Docs pages are built from the sources of truth, so they cannot drift:
// the pages in docs/, the custom-elements manifest and the generated JSON Schemas.
import manifest from '../../custom-elements.json';
import campaigns from '../../schemas/campaigns.schema.json';
import helpContacts from '../../schemas/help-contacts.schema.json';
import services from '../../schemas/services.schema.json';

const docs = import.meta.glob('../../docs/*.md', { query: '?raw', import: 'default', eager: true });

/**
 * A page of docs/ (`docsPage('theming.md')`) without its `# Title`, links to other pages and files
 * made plain text (they are relative to docs/, not to the Storybook).
 */
export function docsPage(name) {
  const page = docs[`../../docs/${name}`];
  if (page === undefined) throw new Error(`docs/ has no page "${name}"`);
  return page
    .replace(/^# .*\n/, '')
    .replace(/\[([^\]]+)\]\((?![a-z]+:)[^)]*\)/g, '$1')
    .trim();
}

/** The public elements in the manifest, in a stable order. */
export const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** A Markdown table: one row per item of every element. */
function table(headings, rows) {
  if (!rows.length) return '_None._';
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export const eventsTable = () =>
  table(
    ['Event', 'Fired by', 'When and detail'],
    elements.flatMap((e) => (e.events ?? []).map((ev) => [`\`${ev.name}\``, `\`<${e.tagName}>\``, ev.description])),
  );

export const partsTable = () =>
  table(
    ['Element', 'Part', 'What'],
    elements.flatMap((e) =>
      (e.cssParts ?? []).map((p) => [`\`${e.tagName}\``, `\`::part(${p.name})\``, p.description]),
    ),
  );

export const cssPropertiesTable = () =>
  table(
    ['Element', 'Custom property', 'What'],
    elements.flatMap((e) => (e.cssProperties ?? []).map((p) => [`\`${e.tagName}\``, `\`${p.name}\``, p.description])),
  );

/** The fields of one JSON Schema as `path | type | required`, nested objects and lists flattened. */
function fields(schema, path, required, rows) {
  const type = (s) =>
    s.enum
      ? s.enum.map((v) => `\`"${v}"\``).join(', ')
      : s.const !== undefined
        ? `\`"${s.const}"\``
        : s.anyOf
          ? s.anyOf.map(type).join(' or ')
          : s.type === 'array'
            ? `list of ${s.items.type === 'object' ? 'objects' : type(s.items)}`
            : s.type === 'object' && s.additionalProperties
              ? `object of ${type(s.additionalProperties)}`
              : s.format === 'email'
                ? 'email address'
                : s.pattern?.includes('HH') || s.pattern?.includes('[0-5]\\d')
                  ? 'time, `HH:MM`'
                  : s.pattern?.includes('\\d{4}')
                    ? 'date, `YYYY-MM-DD`'
                    : s.pattern?.includes('mailto')
                      ? 'link (https, tel, sms, mailto or relative)'
                      : s.pattern
                        ? 'phone number'
                        : s.type === 'string' && s.minLength
                          ? 'text (not empty)'
                          : s.type === 'string'
                            ? 'text'
                            : (s.type ?? 'any');
  if (path) rows.push([`\`${path}\``, type(schema), required ? 'yes' : '']);
  const object =
    schema.type === 'object'
      ? schema
      : schema.type === 'array' && schema.items.type === 'object'
        ? schema.items
        : undefined;
  const prefix = schema.type === 'array' ? `${path}[]` : path;
  for (const [key, child] of Object.entries(object?.properties ?? {}))
    if (key !== '$schema') fields(child, prefix ? `${prefix}.${key}` : key, object.required?.includes(key), rows);
  for (const option of schema.anyOf ?? [])
    if (option.type === 'array' && option.items.type === 'object') fields(option.items, `${path}[]`, true, rows);
  return rows;
}

export const schemas = {
  'help-contacts': helpContacts,
  services,
  campaigns,
};

export const fieldsTable = (name) => table(['Field', 'Type', 'Required'], fields(schemas[name], '', true, []));

// Every `var(--wellbeing-…, fallback)` in the source, read at build time, so
// the token table is complete whoever adds a token.
const sourceFiles = import.meta.glob('../../src/**/*.ts', { query: '?raw', import: 'default', eager: true });

/** `var(--a, var(--b, c))` → `{ name: '--a', fallback: 'var(--b, c)' }` for each use in `css`. */
function customPropertyUses(css) {
  const uses = [];
  for (let at = css.indexOf('var(--wellbeing-'); at >= 0; at = css.indexOf('var(--wellbeing-', at + 1)) {
    let depth = 0;
    let end = at + 3;
    for (; end < css.length; end++) {
      if (css[end] === '(') depth++;
      else if (css[end] === ')' && --depth === 0) break;
    }
    const inner = css.slice(at + 4, end);
    const comma = inner.indexOf(',');
    uses.push(
      comma < 0
        ? { name: inner.trim() }
        : { name: inner.slice(0, comma).trim(), fallback: inner.slice(comma + 1).trim() },
    );
  }
  return uses;
}

export function tokensTable() {
  const tokens = new Map();
  for (const [path, text] of Object.entries(sourceFiles)) {
    const folder = path.split('/src/')[1].split('/')[0];
    for (const { name, fallback = '' } of customPropertyUses(text)) {
      const nhsuk = /^var\((--nhsuk-[\w-]+),\s*([\s\S]*)\)$/.exec(fallback);
      const token = tokens.get(name) ?? {
        users: new Set(),
        nhsuk: nhsuk?.[1] ?? '',
        fallback: nhsuk ? nhsuk[2] : fallback,
      };
      token.users.add(folder === 'styles' || folder === 'core' ? 'all widgets' : folder);
      tokens.set(name, token);
    }
  }
  // A default that is another private variable reads as the public token behind it.
  const privates = new Map();
  for (const text of Object.values(sourceFiles))
    for (const [, local, token] of text.matchAll(/(--_[\w-]+):\s*var\((--wellbeing-[\w-]+)/g))
      privates.set(local, token);
  for (const token of tokens.values())
    token.fallback = token.fallback.replace(/var\((--_[\w-]+)\)/g, (whole, local) =>
      privates.has(local) ? `same as ${privates.get(local)}` : whole,
    );
  const rows = [...tokens]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, t]) => [
      `\`${name}\``,
      t.nhsuk ? `\`${t.nhsuk}\`` : '',
      t.fallback.startsWith('same as')
        ? t.fallback.replace(/(--[\w-]+)/, '`$1`')
        : t.fallback
          ? `\`${t.fallback}\``
          : '',
      [...t.users].sort().join(', '),
    ]);
  return table(['Token', 'Falls back to (nhsuk-frontend)', 'Default', 'Used by'], rows);
}
