// @ts-check
// Zips for the release: the same files always give the same bytes.
import { zipSync } from 'fflate';

/** A fixed time stamp (or SOURCE_DATE_EPOCH), so a zip depends only on its files. */
const mtime = () =>
  new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : '2026-01-01T00:00:00Z');

/**
 * `entries`: zip path → bytes, or `[bytes, { level: 0 }]` to store a file that is
 * already compressed (a zip inside the zip).
 */
export const reproducibleZip = (entries) => zipSync(entries, { level: 9, mtime: mtime() });
