// Prints one closing line, "tests: N passed, N failed, N skipped", over every JSON report in a folder
// (Vitest's json reporter and Playwright's). Exits 1 when a report is missing tests or has failures.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const folder = process.argv[2] ?? ".data/test-reports";
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(folder).filter((name) => name.endsWith(".json"))) {
  const report = JSON.parse(readFileSync(path.join(folder, file), "utf8"));
  if (report.stats && "expected" in report.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky counts as passed after retry.
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
  } else {
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
