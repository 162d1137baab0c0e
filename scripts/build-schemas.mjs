// @ts-check
// Writes schemas/*.schema.json from the same valibot definitions the widgets
// validate with (src/core/data/schemas.ts, built to dist/lib), so the published JSON
// Schemas cannot drift from the runtime. `--check` fails when the committed
// files differ from freshly generated ones (run after `tsc -p tsconfig.build.json`).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';

const ROOT = new URL('..', import.meta.url);
const { FILE_SPECS } = await import(new URL('dist/lib/core/data/schemas.js', ROOT).href);

/** schemas/<name>.schema.json for each file spec, by its list key. */
export const SCHEMA_FILES = { contacts: 'help-contacts', services: 'services', campaigns: 'campaigns' };

/**
 * JSON Schema patterns have no flags, so a case-insensitive RegExp is spelled
 * out: `a` → `[aA]`, `[a-z]` → `[a-zA-Z]`. Escapes (`\d`, `\s`) stay as they are.
 */
export function caseless(source) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + source[++i];
    } else if (inClass) {
      if (c === ']') inClass = false;
      const range = /^[a-z]-[a-z]/i.exec(source.slice(i));
      if (range) {
        out += range[0].toLowerCase() + range[0].toUpperCase();
        i += 2;
      } else out += /[a-z]/i.test(c) ? c.toLowerCase() + c.toUpperCase() : c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
    } else out += /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
  }
  return out;
}

/** @type {import('@valibot/to-json-schema').ConversionConfig} */
const config = {
  errorMode: 'throw',
  overrideAction: ({ valibotAction, jsonSchema }) => {
    if (valibotAction.type !== 'regex') return undefined;
    const { requirement } = /** @type {v.RegexAction<string, undefined>} */ (valibotAction);
    return requirement.flags ? { ...jsonSchema, pattern: caseless(requirement.source) } : undefined;
  },
};

/** The whole file: `{ "$schema"?, "<list>": [item…], …extras }`. */
function fileSchema(spec) {
  const entries = {
    $schema: v.optional(v.string()),
    [spec.list]: v.array(spec.item),
    ...(spec.extras?.entries ?? {}),
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Wellbeing Widgets ${spec.kind} file`,
    description:
      `The ${spec.kind} file read by Wellbeing Widgets. Generated from src/core/data/schemas.ts: do not edit. ` +
      'Welsh text goes beside English with a _cy suffix. Check a file with `npx wellbeing-widgets validate FILE`.',
    ...toJsonSchema(v.object(entries), config),
  };
}

/** `{ 'schemas/x.schema.json': text }` for every data file kind. */
export function buildSchemas() {
  return Object.fromEntries(
    FILE_SPECS.map((spec) => {
      const { $schema, title, description, ...rest } = fileSchema(spec);
      const ordered = { $schema, title, description, ...rest };
      return [`schemas/${SCHEMA_FILES[spec.list]}.schema.json`, `${JSON.stringify(ordered, null, 2)}\n`];
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  mkdirSync(new URL('schemas/', ROOT), { recursive: true });
  for (const [path, text] of Object.entries(buildSchemas())) {
    const file = new URL(path, ROOT);
    if (check) {
      let old = '';
      try {
        old = readFileSync(file, 'utf8');
      } catch {}
      if (old !== text) {
        stale++;
        console.error(`${path} is out of date: run npm run build:schemas`);
      }
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${path}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
