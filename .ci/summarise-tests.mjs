// Prints a line per suite and one closing line, "tests: N passed, N failed, N skipped; N flaky (passed only on
// retry)", over every JSON report in a folder (counting rules in .ci/test-summary.mjs). Exits 1 when a report has
// failures or no test passed.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { summarise } from "./test-summary.mjs";

const folder = process.argv[2] ?? ".data/test-reports";
const reports = readdirSync(folder)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => ({ file: name, report: JSON.parse(readFileSync(path.join(folder, name), "utf8")) }));
const { lines, passed, failed } = summarise(reports, process.cwd());
for (const line of lines) console.log(line);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
