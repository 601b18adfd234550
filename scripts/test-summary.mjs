// Prints one plain closing line for CI from the Vitest JSON reports of `npm test`.
import fs from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const f of ['.output/test-unit.json', '.output/test-e2e.json']) {
  if (!fs.existsSync(f)) continue;
  const r = JSON.parse(fs.readFileSync(f, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
