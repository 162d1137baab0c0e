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

/** Reads a `<script type="application/json">` child: the no-build way to give a widget its data. */
export function readInlineJson(host: Element): { value?: unknown; label: string } | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  const label = `inline JSON in <${host.localName}>`;
  try {
    return { value: JSON.parse(script.textContent ?? ''), label };
  } catch (error) {
    log.error(label, `is not valid JSON (${(error as Error).message})`);
    return { label };
  }
}
