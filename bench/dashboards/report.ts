import type { LoadResult } from "./load";

export type Measurement = { route: string; mode: "uncached" | "cached"; round: number; result: LoadResult };

const CACHED_P99_TARGET_MS = 50;
const RATIO_TARGET = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function pad(text: string, width: number, isRight = false): string {
  return isRight ? text.padStart(width) : text.padEnd(width);
}

/** Best (highest req/s) and median over the rounds of one route and mode. */
function summarise(rows: Measurement[]): { best: LoadResult; medianRps: number; medianP99: number } {
  const best = rows.reduce((a, b) => (b.result.requestsPerSecond > a.result.requestsPerSecond ? b : a)).result;
  return { best, medianRps: median(rows.map((r) => r.result.requestsPerSecond)), medianP99: median(rows.map((r) => r.result.p99Ms)) };
}

/** Prints one line per route and mode (best round; medians beside), then the ratio and the targets. */
export function printReport(measurements: Measurement[], setup: { connections: number; durationSeconds: number }, log: (line: string) => void): void {
  const tool = measurements[0]?.result.tool ?? "?";
  log(`\nDashboard API, ${setup.connections} connections, ${setup.durationSeconds} s per run, load generator: ${tool}`);
  const header = ["route", "mode", "req/s best", "req/s median", "p50 ms", "p95 ms", "p99 ms", "p99 median", "errors"];
  const widths = [12, 9, 11, 13, 8, 8, 8, 11, 7];
  log(header.map((h, i) => pad(h, widths[i] ?? 8, i > 1)).join(" "));
  const routes = [...new Set(measurements.map((m) => m.route))];
  for (const route of routes) {
    const summary = { uncached: summarise(measurements.filter((m) => m.route === route && m.mode === "uncached")), cached: summarise(measurements.filter((m) => m.route === route && m.mode === "cached")) };
    for (const mode of ["uncached", "cached"] as const) {
      const { best, medianRps, medianP99 } = summary[mode];
      const cells = [route, mode, best.requestsPerSecond.toFixed(1), medianRps.toFixed(1), best.p50Ms.toFixed(1), best.p95Ms.toFixed(1), best.p99Ms.toFixed(1), medianP99.toFixed(1), String(best.errors)];
      log(cells.map((c, i) => pad(c, widths[i] ?? 8, i > 1)).join(" "));
    }
    const ratio = summary.cached.medianRps / summary.uncached.medianRps;
    const p99 = summary.cached.medianP99;
    log(`  ${route}: cached/uncached req/s (medians) = ${ratio.toFixed(1)}× (target ≥ ${RATIO_TARGET}: ${ratio >= RATIO_TARGET ? "met" : "NOT met"}); cached p99 median ${p99.toFixed(1)} ms (target < ${CACHED_P99_TARGET_MS}: ${p99 < CACHED_P99_TARGET_MS ? "met" : "NOT met"})`);
  }
}
