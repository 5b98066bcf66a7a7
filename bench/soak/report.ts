import type { ClassResult } from "./load-child";
import type { MemorySummary } from "./memory";

// The soak's printed figures: one row per request class, the memory at start and end, and a one-line verdict.

/** The bar (#13): memory may grow by less than this over the soak, in percent of the start. */
export const MEMORY_GROWTH_LIMIT_PCT = 20;

/** Errors of a class: timeouts, connection errors and every answer that is neither 2xx nor a quota refusal. */
export function errorsOf(result: ClassResult): number {
  const unexpected = Object.values(result.unexpected).reduce((sum, n) => sum + n, 0);
  return unexpected + result.timeouts + result.connectionErrors;
}

function cell(text: string | number, width: number, isLeft = false): string {
  const value = String(text);
  return isLeft ? value.padEnd(width) : value.padStart(width);
}

function statusesOf(result: ClassResult): string {
  return Object.entries(result.byStatus)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, count]) => `${status}:${count}`)
    .join(" ");
}

export function printClassTable(results: ClassResult[], log: (line: string) => void): void {
  const head = [cell("class", 7, true), cell("conns", 6), cell("requests", 9), cell("req/s", 7), cell("p50 ms", 8), cell("p90 ms", 8), cell("p99 ms", 8), cell("max ms", 8), cell("errors", 7), "  statuses"];
  log(head.join(" "));
  for (const r of results) {
    const l = r.latency;
    const row = [cell(r.name, 7, true), cell(r.connections, 6), cell(r.requests, 9), cell(r.requestsPerSecond.toFixed(1), 7), cell(l.p50.toFixed(0), 8), cell(l.p90.toFixed(0), 8), cell(l.p99.toFixed(0), 8), cell(l.max.toFixed(0), 8), cell(errorsOf(r), 7), `  ${statusesOf(r)}`];
    log(row.join(" "));
  }
  for (const r of results) {
    if (r.quotaRefusals > 0) log(`  ${r.name}: ${r.quotaRefusals} quota refusals (429 SIMULATION_QUOTA_*: expected, not errors)`);
    if (r.timeouts + r.connectionErrors > 0) log(`  ${r.name}: ${r.timeouts} timeouts, ${r.connectionErrors} connection errors`);
    for (const [what, count] of Object.entries(r.unexpected)) log(`  ${r.name}: ${count} × ${what}`);
    for (const example of r.examples) log(`    e.g. ${example}`);
  }
}

const mib = (value: number | null): string => (value === null ? "n/a" : `${value.toFixed(0)} MiB`);

export function printMemory(memory: MemorySummary, log: (line: string) => void): void {
  const { start, end } = memory;
  log(`server memory (every 5 s; start and end are means of the first and last 15 s of the measured phase, ${start.samples} and ${end.samples} samples):`);
  log(`  RSS   start ${mib(start.rssMiB)}  end ${mib(end.rssMiB)}  growth ${memory.rssGrowthPct >= 0 ? "+" : ""}${memory.rssGrowthPct.toFixed(1)} %  peak ${mib(memory.peakRssMiB)}`);
  log(`  heap  start ${mib(start.heapUsedMiB)}  end ${mib(end.heapUsedMiB)}  (V8 heap in use, /api/metrics)`);
}

/** One line: are the two conditions met? */
export function verdictOf(results: ClassResult[], memory: MemorySummary): { line: string; isPassed: boolean } {
  const errors = results.reduce((sum, r) => sum + errorsOf(r), 0);
  const quota = results.reduce((sum, r) => sum + r.quotaRefusals, 0);
  const isMemoryOk = memory.rssGrowthPct < MEMORY_GROWTH_LIMIT_PCT;
  const isPassed = errors === 0 && isMemoryOk;
  const growth = `${memory.rssGrowthPct >= 0 ? "+" : ""}${memory.rssGrowthPct.toFixed(1)} %`;
  const line = `verdict: ${isPassed ? "PASS" : "FAIL"}: errors ${errors} (want 0), RSS growth ${growth} (want < ${MEMORY_GROWTH_LIMIT_PCT} %), quota refusals ${quota} (expected)`;
  return { line, isPassed };
}
