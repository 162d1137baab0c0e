import { clock } from '../platform/clock.js';
import { log } from '../platform/log.js';
import type { FileSpec } from './schemas.js';
import { storage } from '../platform/storage.js';
import { AT_ONCE, atOnce, inSlices } from '../platform/tasks.js';
import { validateFile, validating } from './validate.js';
import type { DataSource } from './inline-json.js';

export type { DataSource };

export interface Loaded<T, X> {
  items: T[];
  extras: Partial<X>;
  /**
   * `cached`: the last good copy saved in this browser is in use, because the
   * network failed or (from {@link lastGoodCopy}) has not answered yet
   */
  status: 'ok' | 'cached' | 'failed';
  source: string;
}

const TIMEOUT_MS = 8000;
const MAX_BYTES = 5_000_000;

/**
 * The body as text, read no further than `limit` bytes: a huge or endless file
 * without a Content-Length is cut off as it streams in, not buffered whole
 * (three 12 MB files held the main thread for over a second).
 */
async function textUpTo(response: Response, limit: number, tooBig: string): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      throw new Error(tooBig);
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.byteLength), 0);
  return new TextDecoder().decode(bytes);
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const timeout = new AbortController();
  const timer = clock.setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const abort = () => timeout.abort();
  signal.addEventListener('abort', abort);
  try {
    const response = await fetch(url, { credentials: 'same-origin', signal: timeout.signal });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const tooBig = `the file is larger than ${MAX_BYTES / 1_000_000} MB`;
    if (Number(response.headers.get('content-length')) > MAX_BYTES) {
      void response.body?.cancel().catch(() => {}); // do not download it
      throw new Error(tooBig);
    }
    const body = await textUpTo(response, MAX_BYTES, tooBig);
    try {
      return JSON.parse(body);
    } catch (error) {
      throw new Error(`it is not valid JSON (${(error as Error).message})`);
    }
  } catch (error) {
    if (timeout.signal.aborted && !signal.aborted) throw new Error(`no answer within ${TIMEOUT_MS / 1000} seconds`);
    throw error;
  } finally {
    clock.clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/**
 * Validates in slices between tasks: 50,000 services take seconds on a slow
 * phone, which the page must not wait for in one go. A Trust-sized list (up to
 * {@link AT_ONCE} entries) is done at once, in the caller's task. `undefined`
 * when unusable, or aborted.
 */
async function check<T, X>(
  raw: unknown,
  spec: FileSpec<T, X>,
  source: string,
  signal: AbortSignal,
): Promise<Omit<Loaded<T, X>, 'status'> | undefined> {
  const list = (raw as Record<string, unknown> | null)?.[spec.list];
  const steps = validating(raw, spec);
  const result = Array.isArray(list) && list.length > AT_ONCE ? await inSlices(steps, signal) : atOnce(steps);
  if (!result) return undefined;
  if ('fatal' in result) {
    log.error(source, `cannot be used as ${spec.kind}: ${result.fatal}`);
    return undefined;
  }
  for (const line of result.errors) log.error(source, `${line} (entry skipped)`);
  return { items: result.items, extras: result.extras, source };
}

const cacheKeyFor = (url: string) => `cache:${new URL(url, document.baseURI).href}`;

/**
 * The last good copy of a URL source saved in this browser, validated again
 * (storage is shared with every script on the origin, and the schema may be
 * newer than the copy: parsing and validating the sample files takes 0.05 ms for the
 * campaigns and 0.13 ms for the services, measured in Node), or `undefined`:
 * not a URL source, nothing saved, storage refusing, or no longer usable.
 * Synchronous, so a widget can render it in its first update, before the
 * first paint, and then revalidate with {@link loadData}. Silent: the network
 * load that follows names any problem in the file itself.
 */
export function lastGoodCopy<T, X>(spec: FileSpec<T, X>, from: DataSource): Loaded<T, X> | undefined {
  if (!from.url) return undefined;
  let url: string;
  try {
    url = new URL(from.url, document.baseURI).href;
  } catch {
    return undefined;
  }
  const saved = storage.get(cacheKeyFor(url));
  if (saved === undefined) return undefined;
  const result = validateFile(saved, spec);
  if ('fatal' in result) return undefined;
  return { items: result.items, extras: result.extras, status: 'cached', source: `${url} (last good copy)` };
}

/**
 * source → validated model. A URL is fetched with a timeout; a good copy is
 * cached so the widget keeps working offline or when the file later breaks.
 * Never throws: problems go to the console, naming the source and the field.
 */
export async function loadData<T, X>(
  spec: FileSpec<T, X>,
  from: DataSource,
  signal: AbortSignal,
): Promise<Loaded<T, X>> {
  const failed: Loaded<T, X> = { items: [], extras: {}, status: 'failed', source: from.label };
  if (!from.url) {
    // Very long inline JSON arrives as a promise: it is parsed in slices (inline-json.ts).
    const raw: unknown = from.inline instanceof Promise ? await from.inline : from.inline;
    const model = raw === undefined || signal.aborted ? undefined : await check(raw, spec, from.label, signal);
    return model ? { ...model, status: 'ok' } : failed;
  }
  const url = new URL(from.url, document.baseURI).href;
  const cacheKey = cacheKeyFor(url);
  let raw: unknown;
  try {
    raw = await fetchJson(url, signal);
  } catch (error) {
    if (signal.aborted) return failed;
    log.error(url, `could not load ${spec.kind}: ${(error as Error).message}`);
    const cached = storage.get(cacheKey);
    const model = cached === undefined ? undefined : await check(cached, spec, `${url} (last good copy)`, signal);
    if (model) log.info(url, 'using the last good copy saved in this browser');
    return model ? { ...model, status: 'cached' } : { ...failed, source: url };
  }
  const model = await check(raw, spec, url, signal);
  if (!model) return { ...failed, source: url };
  storage.set(cacheKey, raw);
  return { ...model, status: 'ok' };
}
