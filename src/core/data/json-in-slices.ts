import { inSlices } from '../platform/tasks.js';

/** Characters scanned, or of array elements parsed, between two looks at the clock: well under a millisecond. */
const STEP = 32_768;

/** An array whose text is longer than this is parsed a batch of elements at a time. */
const LARGE = 262_144;

/** A large array found by the scan: its brackets and where each of its object or array elements ends. */
interface LargeArray {
  start: number;
  end: number;
  ends: number[];
}

/**
 * `JSON.parse` for very large text (thousands of services inline in a page),
 * in slices between tasks, so the page stays responsive: one `JSON.parse` of
 * 50,000 services is a task of a quarter of a second, and the collector's
 * copying of everything it made is another. Everything but the largest arrays
 * is parsed at once; their elements are parsed a batch at a time. Rejects
 * with a `SyntaxError` as `JSON.parse` would.
 */
export async function parseInSlices(text: string): Promise<unknown> {
  return inSlices(parsing(text));
}

function* parsing(text: string): Generator<undefined, unknown> {
  const large = yield* scan(text);
  // The rest of the text, with a marker string in place of each large array.
  const mark = `\u0000${Math.random().toString(36).slice(2)}:`;
  let rest = '';
  let from = 0;
  large.forEach((array, i) => {
    rest += `${text.slice(from, array.start)}${JSON.stringify(mark + i)}`;
    from = array.end;
  });
  const holder = { root: JSON.parse(rest + text.slice(from)) as unknown };
  const arrays: unknown[][] = [];
  for (const array of large) arrays.push(yield* elements(text, array));
  return large.length ? put(holder, mark, arrays).root : holder.root;
}

/**
 * Finds the large arrays, innermost first (an array holding a large one is
 * parsed with the rest), and where each of their container elements ends.
 */
function* scan(text: string): Generator<undefined, LargeArray[]> {
  const large: LargeArray[] = [];
  const open: Array<{ start: number; ends?: number[] }> = [];
  for (let i = 0, next = STEP; i < text.length; i++) {
    if (i >= next) {
      next = i + STEP;
      yield;
    }
    const c = text.charCodeAt(i);
    if (c === 34) i = stringEnd(text, i);
    else if (c === 91 || c === 123) open.push({ start: i, ends: c === 91 ? [] : undefined });
    else if (c === 93 || c === 125) {
      const closed = open.pop();
      if (!closed) break; // JSON.parse of the rest names the error
      open.at(-1)?.ends?.push(i + 1);
      const inside = large.at(-1);
      if (closed.ends?.length && i + 1 - closed.start > LARGE && !(inside && inside.start > closed.start))
        large.push({ start: closed.start, end: i + 1, ends: closed.ends });
    }
  }
  return large;
}

/**
 * Where the string opened at `start` closes (its closing quote; the end of the
 * text when it never does), found by the engine's own search rather than a
 * character at a time: most of the text of services is inside strings.
 */
function stringEnd(text: string, start: number): number {
  for (let quote = text.indexOf('"', start + 1); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote; // an odd run escapes the quote
  }
  return text.length;
}

/** A large array's elements, a batch of about {@link STEP} characters at a time. */
function* elements(text: string, array: LargeArray): Generator<undefined, unknown[]> {
  const out: unknown[] = [];
  const parse = (from: number, to: number) => {
    for (const item of JSON.parse(`[${text.slice(from, to)}]`) as unknown[]) out.push(item);
  };
  let from = array.start + 1;
  for (let k = 0; k < array.ends.length; k++) {
    const end = array.ends[k]!;
    if (end - from < STEP && k < array.ends.length - 1) continue;
    parse(from, end);
    // After an element comes a comma (then more elements) or the closing bracket.
    const comma = /\s*,/y;
    comma.lastIndex = end;
    from = comma.test(text) ? comma.lastIndex : end;
    yield;
  }
  // Elements after the last object or array (numbers, strings) go with it.
  if (/\S/.test(text.slice(from, array.end - 1))) parse(from, array.end - 1);
  return out;
}

/** Puts each parsed large array where its marker string is. */
function put<T>(value: T, mark: string, arrays: unknown[][]): T {
  if (Array.isArray(value)) value.forEach((item, i) => (value[i] = put(item, mark, arrays)));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = put(record[key], mark, arrays);
  } else if (typeof value === 'string' && value.startsWith(mark)) return arrays[Number(value.slice(mark.length))] as T;
  return value;
}
