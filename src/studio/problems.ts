/**
 * What is wrong with a draft, field by field. The messages are the
 * validator's own (src/core/data/validate.ts, the lines `wellbeing-widgets
 * validate` prints), split back into entry and field; a few studio checks
 * add what the schema cannot see (a date that does not exist, a campaign that
 * ends before it starts, two entries with one id), worded as the CLI words them.
 */
import { isIsoDate } from '../core/data/schemas.js';
import { validateFile } from '../core/data/validate.js';
import { FIELDS, KINDS, fieldFor, getPath, type Kind } from './fields.js';

export interface Problem {
  /** the field, as in {@link FIELDS}; `''` for the entry as a whole */
  path: string;
  message: string;
  /** `error`: the widgets would skip the entry; `warning`: it works, but probably not as meant */
  level: 'error' | 'warning';
}

export interface DraftProblems {
  /** one list for each entry, in order */
  entries: Problem[][];
  /** problems with the file's extras (the services file's synonyms) */
  file: string[];
  errorCount: number;
}

const LINE = /^(\w+)\[(\d+)\]((?:\.[\w$]+|\[\d+\])*): (.*)$/;

/** Every problem in a list of entries (and the file's extras, if any). */
export function findProblems(kind: Kind, entries: unknown[], extras: Record<string, unknown> = {}): DraftProblems {
  const { spec } = KINDS[kind];
  const result = validateFile({ ...extras, [spec.list]: entries }, spec);
  const problems: Problem[][] = entries.map(() => []);
  const file: string[] = [];
  for (const line of 'fatal' in result ? [result.fatal] : result.errors) {
    const match = LINE.exec(line);
    if (!match || match[1] !== spec.list) {
      file.push(line);
      continue;
    }
    const path = match[3]!.replace(/^\./, '');
    const field = fieldFor(kind, path);
    problems[+match[2]!]?.push({
      path: field?.path ?? '',
      message: field && field.path !== path ? `${path}: ${match[4]}` : match[4]!,
      level: 'error',
    });
  }
  const ids = new Map<string, number>();
  entries.forEach((entry, i) => {
    const add = (path: string, message: string, level: Problem['level'] = 'error') =>
      problems[i]!.push({ path, message, level });
    for (const field of FIELDS[kind].filter((f) => f.type === 'date')) {
      const value = getPath(entry, field.path);
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isIsoDate(value))
        add(field.path, `${value} is not a real date`);
    }
    const { starts, ends, id } = (entry ?? {}) as Record<string, unknown>;
    if (kind === 'campaigns' && isIsoDate(starts) && isIsoDate(ends) && ends < starts)
      add('ends', `ends (${ends}) before it starts (${starts}), so it never shows`);
    if (KINDS[kind].idField && typeof id === 'string' && id) {
      if (ids.has(id)) add('id', `"${id}" is also the id of entry ${ids.get(id)! + 1}`, 'warning');
      else ids.set(id, i);
    }
  });
  const errorCount = problems.reduce((n, list) => n + list.filter((p) => p.level === 'error').length, 0) + file.length;
  return { entries: problems, file, errorCount };
}

/** A problem as a sentence that names its field: `First day: 2027-02-30 is not a real date`. */
export function describeProblem(kind: Kind, problem: Problem): string {
  const field = FIELDS[kind].find((f) => f.path === problem.path);
  return field ? withLabel(field.label, problem.message) : problem.message;
}

/** `Title is required`, `First day: 2027-02-30 is not a real date`. */
export const withLabel = (label: string, message: string): string =>
  /^is /.test(message) ? `${label} ${message}` : `${label}: ${message}`;
