// The fault suite's closing table, one line per case from the rows the cases wrote (rows.jsonl, see support.ts):
// requests sent, answers by status class, the 5xx by status, requests without an answer, recovery time, data check.
import { readFileSync } from "node:fs";

const rows = readFileSync(process.argv[2] ?? "", "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
const inClass = (statuses, digit) => Object.entries(statuses).filter(([s]) => s.startsWith(digit)).reduce((sum, [, n]) => sum + n, 0);
const fiveByStatus = (statuses) => Object.entries(statuses).filter(([s]) => s.startsWith("5")).map(([s, n]) => `${s}×${n}`).join(" ") || "0";

const header = ["case", "requests", "2xx", "4xx", "5xx by status", "no answer", "recovery s", "data check"];
const lines = rows.map(({ case: name, load, recoverySeconds, dataCheck }) => [
  name,
  String(load.requests),
  String(inClass(load.statuses, "2")),
  String(inClass(load.statuses, "4")),
  fiveByStatus(load.statuses),
  String(load.errors + load.timeouts),
  recoverySeconds === null ? "-" : recoverySeconds.toFixed(1),
  dataCheck,
]);
const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
const format = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
console.log(format(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const line of lines) console.log(format(line));
