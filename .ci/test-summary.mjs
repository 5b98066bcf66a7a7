// Counts the test reports of one CI run (Vitest's json reporter, Playwright's, and the deploy and fault suites'
// {numPassedTests, numFailedTests}) so that each figure means what it says:
// - a Vitest case is counted once, with the databases it ran on (the suite runs on PostgreSQL and on the embedded
//   defaults, so most cases run twice): failed if it failed on either, passed if it passed on one and failed on none;
// - a Playwright test that passed only on retry is flaky, not passed.
import path from "node:path";

/** The database a Vitest report ran on, from its file name (vitest-postgres.json, vitest-embedded.json). */
function databaseOf(file) {
  return path.basename(file, ".json").replace(/^vitest-/, "");
}

function vitestStatus(status) {
  if (status === "passed") return "passed";
  if (status === "failed") return "failed";
  return "skipped"; // pending, skipped, todo
}

/** Merges the cases of several Vitest reports by file (relative to `root`) and full name. */
export function mergeVitestCases(reports, root) {
  const cases = new Map();
  for (const { file, report } of reports) {
    const database = databaseOf(file);
    for (const suite of report.testResults ?? []) {
      const suiteFile = path.relative(root, suite.name);
      for (const assertion of suite.assertionResults ?? []) {
        const key = `${suiteFile} > ${assertion.fullName}`;
        const entry = cases.get(key) ?? { statuses: new Set(), databases: new Set() };
        const status = vitestStatus(assertion.status);
        entry.statuses.add(status);
        if (status !== "skipped") entry.databases.add(database);
        cases.set(key, entry);
      }
    }
  }
  return cases;
}

/** Passed/failed/skipped over merged cases, and how many cases ran on each combination of databases. */
export function countVitest(cases) {
  const counts = { passed: 0, failed: 0, skipped: 0, ranOn: {} };
  for (const { statuses, databases } of cases.values()) {
    if (statuses.has("failed")) counts.failed += 1;
    else if (statuses.has("passed")) counts.passed += 1;
    else counts.skipped += 1;
    if (databases.size > 0) {
      const label = [...databases].sort().join(" + ");
      counts.ranOn[label] = (counts.ranOn[label] ?? 0) + 1;
    }
  }
  return counts;
}

/** Playwright's stats: expected = passed first time, flaky = passed only on retry, unexpected = failed. */
export function countPlaywright(report) {
  const stats = report.stats;
  return { passed: stats.expected, flaky: stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

export function isVitestReport(report) {
  return Array.isArray(report.testResults);
}

export function isPlaywrightReport(report) {
  return Boolean(report.stats && "expected" in report.stats);
}

/** Every report in one summary: { lines: string[] (one per suite, then the closing line), failed, passed }. */
export function summarise(reports, root) {
  const lines = [];
  let passed = 0, failed = 0, skipped = 0, flaky = 0;
  const vitestReports = reports.filter(({ report }) => isVitestReport(report));
  if (vitestReports.length > 0) {
    const vitest = countVitest(mergeVitestCases(vitestReports, root));
    const ranOn = Object.entries(vitest.ranOn).map(([label, count]) => `${count} on ${label}`).join(", ");
    lines.push(`vitest: ${vitest.passed} passed, ${vitest.failed} failed, ${vitest.skipped} skipped (unique cases; ran ${ranOn})`);
    passed += vitest.passed; failed += vitest.failed; skipped += vitest.skipped;
  }
  for (const { file, report } of reports) {
    const name = path.basename(file, ".json");
    if (isVitestReport(report)) continue;
    if (isPlaywrightReport(report)) {
      const e2e = countPlaywright(report);
      lines.push(`${name}: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped, ${e2e.flaky} flaky (passed only on retry)`);
      passed += e2e.passed; failed += e2e.failed; skipped += e2e.skipped; flaky += e2e.flaky;
    } else {
      lines.push(`${name}: ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed`);
      passed += report.numPassedTests ?? 0; failed += report.numFailedTests ?? 0;
    }
  }
  lines.push(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped; ${flaky} flaky (passed only on retry)`);
  return { lines, passed, failed };
}
