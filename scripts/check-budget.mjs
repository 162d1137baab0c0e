// Fails when a bundle grows past its gzip budget. Every page that uses the
// widgets loads one of the two bundles whole, so both are held to it.
//
// 35 KB since 0.2.0 (30 KB before): the finder's staff-language lexicon costs
// 3.5 KB and lifts held-out English hit@3 from 72 % to 92 % and finds urgent
// help for every labelled danger query (docs/search-quality.md). Splitting the
// bundle so that a page loads only the widgets it shows is the next step
// (docs/performance.md).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 35 * 1024;
const bundles = ['dist/wellbeing-widgets.js', 'dist/wellbeing-widgets.iife.js'];
let failed = false;
for (const file of bundles) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  const over = size > BUDGET_BYTES;
  failed ||= over;
  console.log(`${over ? 'FAIL' : 'ok  '} ${file}: ${(size / 1024).toFixed(1)} KB gzip (budget ${BUDGET_BYTES / 1024} KB)`);
}
process.exit(failed ? 1 : 0);
