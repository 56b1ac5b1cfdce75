/** Prints one closing line over the unit and e2e runs: `tests: N passed, N failed`. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const dir = join(import.meta.dirname, '..', 'test-results');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const run of ['unit', 'e2e']) {
  const file = join(dir, `${run}.json`);
  if (!existsSync(file)) {
    console.error(`test-summary: ${file} is missing; did the ${run} run start?`);
    process.exit(1);
  }
  const r = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
// A skipped test is one whose suite failed to set up (a beforeAll threw): as red as a failure.
if (failed > 0 || skipped > 0 || passed === 0) process.exit(1);
