import * as v from 'valibot';
import { atOnce } from '../platform/tasks.js';
import type { FileSpec } from './schemas.js';

export interface Validated<T, X> {
  items: T[];
  extras: Partial<X>;
  /** one line per problem: `contacts[2].phone: expected a string` */
  errors: string[];
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  Object: 'an object',
  Array: 'a list',
};

/** Plain-English messages for type mismatches; validations carry their own. */
const messages: v.Config<v.BaseIssue<unknown>> = {
  message: (issue) =>
    issue.received === 'undefined'
      ? 'is required'
      : `expected ${TYPE_WORDS[issue.expected ?? ''] ?? `one of ${issue.expected}`}`,
};

function pathOf(prefix: string, issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce(
    (path, item) => (typeof item.key === 'number' ? `${path}[${item.key}]` : `${path}.${String(item.key)}`),
    prefix,
  );
}

function describe(prefix: string, issues: v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => `${pathOf(prefix, issue)}: ${issue.message}`);
}

/**
 * Validates a parsed data file entry by entry, pausing after each entry (see
 * `inSlices`, so 50,000 services need not hold the main thread at once).
 * Returns `{ fatal }` when the file is unusable as a whole (not an object, or
 * no list), otherwise the valid entries and a message for each one skipped.
 */
export function* validating<T, X>(
  raw: unknown,
  spec: FileSpec<T, X>,
): Generator<undefined, Validated<T, X> | { fatal: string }> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { fatal: 'expected a JSON object' };
  const list = (raw as Record<string, unknown>)[spec.list];
  if (!Array.isArray(list)) return { fatal: `${spec.list}: expected a list` };
  const errors: string[] = [];
  const items: T[] = [];
  for (let index = 0; index < list.length; index++) {
    const result = v.safeParse(spec.item, list[index], messages);
    if (result.success) items.push(result.output);
    else errors.push(...describe(`${spec.list}[${index}]`, result.issues));
    yield;
  }
  let extras: Partial<X> = {};
  if (spec.extras) {
    const result = v.safeParse(spec.extras, raw, messages);
    if (result.success) extras = result.output;
    else errors.push(...describe('', result.issues).map((line) => line.replace(/^\./, '')));
  }
  return { items, extras, errors };
}

/** {@link validating} at once: for a file known to be small, or where nothing waits on the page (the CLI). */
export function validateFile<T, X>(raw: unknown, spec: FileSpec<T, X>): Validated<T, X> | { fatal: string } {
  return atOnce(validating(raw, spec));
}
