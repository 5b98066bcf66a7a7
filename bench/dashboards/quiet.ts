import { existsSync, readFileSync } from "node:fs";

// Between two measured runs the machine must be quiet: after a slow (uncached) run, the app still answers its last
// requests, and V8 and PostgreSQL tidy up for seconds (V8's memory reducer runs full collections once the
// allocation rate drops). Measured runs that overlapped with that showed a cached p99 of ~65 ms instead of ~40 ms.

const WINDOW_MS = 500;
const QUIET_BUSY_FRACTION = 0.1;
const QUIET_WINDOWS_IN_A_ROW = 2;

function readCpuTicks(): { busy: number; total: number } {
  const [line] = readFileSync("/proc/stat", "utf8").split("\n");
  const ticks = (line ?? "").trim().split(/\s+/).slice(1).map(Number);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0); // idle + iowait
  const total = ticks.reduce((sum, tick) => sum + tick, 0);
  return { busy: total - idle, total };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Waits until the whole machine has been under 10 % busy for two half-second windows in a row, at most `maxMs`
 * (then the caller goes on: a noisy host should not stall the benchmark). Where /proc/stat is missing, waits maxMs.
 * @returns how long it waited, in ms
 */
export async function waitForQuietMachine(maxMs: number): Promise<number> {
  const started = Date.now();
  if (!existsSync("/proc/stat")) {
    await sleep(maxMs);
    return maxMs;
  }
  let quietWindows = 0;
  while (quietWindows < QUIET_WINDOWS_IN_A_ROW && Date.now() - started < maxMs) {
    const before = readCpuTicks();
    await sleep(WINDOW_MS);
    const after = readCpuTicks();
    const busyFraction = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    quietWindows = busyFraction < QUIET_BUSY_FRACTION ? quietWindows + 1 : 0;
  }
  return Date.now() - started;
}
