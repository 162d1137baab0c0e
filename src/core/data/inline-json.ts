import { log } from '../platform/log.js';

// Kept apart from the loader so that help-now, in the entry file, reads its
// source without bringing in validation (which loads only when there is data).

/** Where a widget's data comes from: a URL, or JSON already in the page. */
export interface DataSource {
  url?: string;
  inline?: unknown;
  /** names the source in console messages, e.g. `inline JSON in <wellbeing-help-now>` */
  label: string;
}

/**
 * Inline JSON longer than this (about 8,000 services) is parsed in slices
 * between tasks, by a file of its own that only such pages load. Shorter JSON
 * (a Trust's own data is a few hundred KB) is parsed at once, so its widgets
 * render it before the first paint: 4 MB is a task of about 25 ms, and slices
 * would make the first results come later (docs/performance.md).
 */
export const IN_SLICES_OVER = 4_000_000;

const invalid = (label: string, error: unknown) => log.error(label, `is not valid JSON (${(error as Error).message})`);

/**
 * Reads a `<script type="application/json">` child: the no-build way to give a
 * widget its data. `value` is a promise when the JSON is longer than
 * {@link IN_SLICES_OVER}: it resolves to `undefined` when the JSON is not valid.
 */
export function readInlineJson(host: Element): { value?: unknown; label: string } | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  const label = `inline JSON in <${host.localName}>`;
  const text = script.textContent ?? '';
  if (text.length > IN_SLICES_OVER)
    return {
      value: import('./json-in-slices.js')
        .then(
          (slices) => slices.parseInSlices(text),
          ({ file, message }: Error & { file?: string }) => {
            log.error(label, `is parsed at once: could not load ${file ?? 'the JSON parser'} (${message})`);
            return JSON.parse(text) as unknown;
          },
        )
        .catch((error) => invalid(label, error)),
      label,
    };
  try {
    return { value: JSON.parse(text), label };
  } catch (error) {
    invalid(label, error);
    return { label };
  }
}
