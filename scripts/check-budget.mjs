// Fails when the ES bundle grows past its gzip budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 30 * 1024;
const bundles = ['dist/wellbeing-widgets.js', 'dist/wellbeing-widgets.iife.js'];
let failed = false;
for (const file of bundles) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  const limited = file.endsWith('widgets.js');
  const over = limited && size > BUDGET_BYTES;
  failed ||= over;
  console.log(`${over ? 'FAIL' : 'ok  '} ${file}: ${(size / 1024).toFixed(1)} KB gzip${limited ? ` (budget ${BUDGET_BYTES / 1024} KB)` : ''}`);
}
process.exit(failed ? 1 : 0);
