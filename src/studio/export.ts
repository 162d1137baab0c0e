/**
 * Data files in and out: JSON that `wellbeing-widgets validate` accepts,
 * with the `$schema` line first and every object's keys in the schema's own
 * order, so a file downloaded twice is the same byte for byte and a file
 * opened and downloaded again keeps all it had. Pure.
 */
import { FILE_SPECS, type FileSpec } from '../core/data/schemas.js';
import type { Kind } from './fields.js';

export interface DataFile {
  kind: Kind;
  items: unknown[];
  /** anything else at the top level (the services file's `synonyms`) */
  extras: Record<string, unknown>;
}

/** The JSON Schema a file points to: the release zip's `schemas/` folder beside the data files. */
export const SCHEMA_URLS: Record<Kind, string> = {
  campaigns: './schemas/campaigns.schema.json',
  services: './schemas/services.schema.json',
  contacts: './schemas/help-contacts.schema.json',
};

type Schema = {
  entries?: Record<string, Schema>;
  wrapped?: Schema;
  pipe?: Schema[];
  item?: Schema;
  options?: Schema[];
  value?: Schema;
  type?: string;
};

/** The schema under optional and pipe wrappers. */
function unwrap(schema: Schema | undefined): Schema | undefined {
  while (schema?.wrapped) schema = schema.wrapped;
  return schema?.pipe ? unwrap(schema.pipe[0]) : schema;
}

/**
 * `value` with the keys of every object in the schema's order; keys the
 * schema does not know follow, in their own order (nothing is lost).
 */
export function ordered(value: unknown, schema: Schema | undefined): unknown {
  const inner = unwrap(schema);
  if (Array.isArray(value)) {
    const item =
      inner?.type === 'array' ? inner.item : inner?.options?.map(unwrap).find((s) => s?.type === 'array')?.item;
    return value.map((v) => ordered(v, item));
  }
  if (!value || typeof value !== 'object') return value;
  const entries = inner?.entries ?? inner?.options?.map(unwrap).find((s) => s?.entries)?.entries;
  const known = Object.keys(entries ?? {});
  const source = value as Record<string, unknown>;
  const keys = [...known.filter((k) => k in source), ...Object.keys(source).filter((k) => !known.includes(k))];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (source[key] === undefined) continue;
    out[key] = ordered(source[key], entries?.[key] ?? (inner?.type === 'record' ? inner.value : undefined));
  }
  return out;
}

const specFor = (kind: Kind) => FILE_SPECS.find((s) => s.list === kind) as FileSpec<unknown, unknown>;

/** The file's text: `$schema`, the list, then any extras; two-space indents and a final newline. */
export function toJson({ kind, items, extras }: DataFile): string {
  const spec = specFor(kind);
  const { $schema: _, [spec.list]: __, ...rest } = extras;
  const top: Record<string, unknown> = {
    $schema: SCHEMA_URLS[kind],
    [spec.list]: ordered(items, { type: 'array', item: spec.item as Schema }),
  };
  const extraSchema = unwrap(spec.extras as Schema | undefined);
  Object.assign(top, ordered(rest, extraSchema));
  return `${JSON.stringify(top, null, 2)}\n`;
}

/** Reads a data file's text: which kind it is (by its list), and its entries. */
export function fromJson(text: string): DataFile | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { error: `This is not a data file: it is not valid JSON (${(error as Error).message}).` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { error: 'This is not a data file: it should hold one list of campaigns, services or help contacts.' };
  const found = FILE_SPECS.filter((spec) => spec.list in raw);
  if (found.length !== 1)
    return {
      error: found.length
        ? `This file holds more than one list (${found.map((s) => s.kind).join(', ')}): keep one kind in each file.`
        : 'This is not a data file: it has no list of "campaigns", "services" or "contacts".',
    };
  const spec = found[0]!;
  const { [spec.list]: list, ...extras } = raw as Record<string, unknown>;
  if (!Array.isArray(list)) return { error: `The "${spec.list}" in this file is not a list.` };
  delete extras.$schema;
  return { kind: spec.list as Kind, items: list, extras };
}
