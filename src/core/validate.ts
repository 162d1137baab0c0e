import type { FileSpec } from './schemas.js';

export interface Validated<T, X> {
  items: T[];
  extras: Partial<X>;
  /** one line per problem: `contacts[2].phone: expected a string` */
  errors: string[];
}

/**
 * A valibot schema or validation read as plain data: the fields valibot's
 * factories compute (`type`, `expects`, `entries`, `pipe`…). `check` below runs
 * the subset of valibot that schemas.ts uses, with valibot's own rules (which
 * keys are kept, when a union reports its own message), so the browser bundle
 * can carry the schemas as precomputed data instead of valibot's code
 * (scripts/precompute-schemas.mjs); tests and the CLI pass real valibot schemas.
 */
interface Node {
  type: string;
  expects?: string;
  message?: string;
  literal?: unknown;
  options?: unknown[];
  entries?: Record<string, Node>;
  item?: Node;
  key?: Node;
  value?: Node;
  wrapped?: Node;
  pipe?: Node[];
  requirement?: number | RegExp;
}

/** `[path, message]`: `['[2].phone', 'expected a string']` */
type Issue = [string, string];

interface Checked {
  /** valibot's `typed`: the value has the right shape, though a rule inside may have failed */
  typed: boolean;
  value: unknown;
  issues: Issue[];
}

/** By valibot's `expects` (`string`, `Object`…) or, in precomputed schemas, by `type`. */
const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
};

function check(schema: Node, input: unknown): Checked {
  const { type, pipe } = schema;
  const out: Checked = { typed: true, value: input, issues: [] };
  const object = input as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  // Plain-English messages for type mismatches; rules and unions carry their own.
  const fail = () => {
    const expects = schema.expects ?? type;
    out.typed = false;
    out.issues.push([
      '',
      schema.message ??
        (input === undefined ? 'is required' : `expected ${TYPE_WORDS[expects.toLowerCase()] ?? `one of ${expects}`}`),
    ]);
  };
  const inner = (key: string | number, result: Checked) => {
    for (const [path, message] of result.issues) out.issues.push([(typeof key == 'number' ? `[${key}]` : `.${key}`) + path, message]);
    out.typed &&= result.typed;
    return result.value;
  };

  if (pipe) {
    const result = check(pipe[0]!, input);
    if (result.typed) {
      for (const { requirement, message } of pipe.slice(1)) {
        const text = input as string;
        if (typeof requirement == 'number' ? text.length < requirement : !requirement!.test(text)) result.issues.push(['', message!]);
      }
    }
    return result;
  }
  if (type == 'optional') return input === undefined ? out : check(schema.wrapped!, input);
  if (type == 'union') {
    const typed: Checked[] = [];
    const untyped: Checked[] = [];
    for (const option of schema.options as Node[]) {
      const result = check(option, input);
      if (result.typed && !result.issues.length) return result;
      (result.typed ? typed : untyped).push(result);
    }
    const results = typed.length ? typed : untyped;
    if (results.length == 1) return results[0]!;
    fail(); // one issue for the whole union, as valibot reports it
    out.typed = typed.length > 0;
  } else if (type == 'array') {
    if (Array.isArray(input)) out.value = input.map((item, index) => inner(index, check(schema.item!, item)));
    else fail();
  } else if (type == 'object' || type == 'record') {
    if (!input || typeof input != 'object') fail();
    else if (type == 'object') {
      for (const key in schema.entries) {
        const entry = schema.entries[key]!;
        if (key in object) kept[key] = inner(key, check(entry, object[key]));
        else if (entry.type != 'optional') {
          out.typed = false;
          out.issues.push([`.${key}`, 'is required']);
        }
      }
      out.value = kept;
    } else {
      for (const key in object) {
        if (!Object.hasOwn(object, key) || ['__proto__', 'prototype', 'constructor'].includes(key)) continue;
        const name = check(schema.key!, key);
        inner(key, name);
        const value = inner(key, check(schema.value!, object[key]));
        if (name.typed) kept[key] = value;
      }
      out.value = kept;
    }
  } else if (
    type == 'literal' ? input !== schema.literal
      : type == 'picklist' ? !schema.options!.includes(input)
        : typeof input != type || Number.isNaN(input)
  ) {
    fail();
  }
  return out;
}

/**
 * Validates a parsed data file entry by entry. Returns `undefined` when the file
 * is unusable as a whole (not an object, or no list), otherwise the valid
 * entries and a message for each one skipped.
 */
export function validateFile<T, X>(raw: unknown, spec: FileSpec<T, X>): Validated<T, X> | { fatal: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { fatal: 'expected a JSON object' };
  const list = (raw as Record<string, unknown>)[spec.list];
  if (!Array.isArray(list)) return { fatal: `${spec.list}: expected a list` };
  const errors: string[] = [];
  const items: T[] = [];
  list.forEach((entry, index) => {
    const result = check(spec.item as unknown as Node, entry);
    if (result.issues.length) for (const [path, message] of result.issues) errors.push(`${spec.list}[${index}]${path}: ${message}`);
    else items.push(result.value as T);
  });
  let extras: Partial<X> = {};
  if (spec.extras) {
    const result = check(spec.extras as unknown as Node, raw);
    if (result.issues.length) for (const [path, message] of result.issues) errors.push(`${path.slice(1)}: ${message}`);
    else extras = result.value as Partial<X>;
  }
  return { items, extras, errors };
}
