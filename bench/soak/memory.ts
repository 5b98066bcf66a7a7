import { readFileSync } from "node:fs";

// The server's memory over the soak: resident set size from /proc/<pid>/status (the whole process: V8 heap,
// buffers, native memory, the engine's worker threads) and the V8 heap in use from /api/metrics (prom-client's
// nodejs_heap_size_used_bytes), sampled every SAMPLE_INTERVAL_MS and tagged with the load's phase.

export const SAMPLE_INTERVAL_MS = 5_000;
/** Start and end figures are means over this window (one sample lands mid-GC; three do not). */
export const WINDOW_MS = 15_000;

export type Phase = "setup" | "warm-up" | "measure" | "after";
export type MemorySample = { atMs: number; phase: Phase; rssMiB: number; heapUsedMiB: number | null };
export type MemoryFigures = { rssMiB: number; heapUsedMiB: number | null; samples: number };
export type MemorySummary = { start: MemoryFigures; end: MemoryFigures; peakRssMiB: number; rssGrowthPct: number; samples: MemorySample[] };

const KIB_PER_MIB = 1024;
const BYTES_PER_MIB = 2 ** 20;

/** A `VmRSS:  123456 kB` style field of /proc/<pid>/status, in MiB; NaN when the process is gone. */
export function readProcStatusMiB(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) / KIB_PER_MIB : NaN;
  } catch {
    return NaN;
  }
}

/** nodejs_heap_size_used_bytes from a Prometheus text exposition, in MiB; null when absent. */
export function parseHeapUsedMiB(metricsText: string): number | null {
  const match = /^nodejs_heap_size_used_bytes(?:\{[^}]*\})?\s+([0-9.eE+-]+)/m.exec(metricsText);
  return match?.[1] ? Number(match[1]) / BYTES_PER_MIB : null;
}

async function readHeapUsedMiB(url: string, metricsToken: string): Promise<number | null> {
  try {
    const response = await fetch(`${url}/api/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
    return response.ok ? parseHeapUsedMiB(await response.text()) : null;
  } catch {
    return null;
  }
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function figuresOf(samples: MemorySample[]): MemoryFigures {
  const heaps = samples.flatMap((s) => (s.heapUsedMiB === null ? [] : [s.heapUsedMiB]));
  return { rssMiB: mean(samples.map((s) => s.rssMiB)), heapUsedMiB: heaps.length > 0 ? mean(heaps) : null, samples: samples.length };
}

/**
 * Start: the first WINDOW_MS of the measured phase (after the warm-up); end: its last WINDOW_MS. Growth is of the
 * RSS, in percent of the start.
 * @throws when the measured phase has no sample (the server died, or the phase was shorter than one interval)
 */
export function summariseMemory(samples: MemorySample[], peakRssMiB: number): MemorySummary {
  const measured = samples.filter((s) => s.phase === "measure" && Number.isFinite(s.rssMiB));
  const first = measured[0];
  const last = measured.at(-1);
  if (!first || !last) throw new Error("no memory sample during the measured phase");
  const start = figuresOf(measured.filter((s) => s.atMs - first.atMs < WINDOW_MS));
  const end = figuresOf(measured.filter((s) => last.atMs - s.atMs < WINDOW_MS));
  return { start, end, peakRssMiB, rssGrowthPct: ((end.rssMiB - start.rssMiB) / start.rssMiB) * 100, samples };
}

export type MemorySampler = { setPhase(phase: Phase): void; stop(): Promise<MemorySample[]> };

export function startMemorySampler(options: { pid: number; url: string; metricsToken: string }): MemorySampler {
  const samples: MemorySample[] = [];
  const started = Date.now();
  let phase: Phase = "setup";
  let pending: Promise<void> = Promise.resolve();
  const takeSample = async (): Promise<void> => {
    const tagged = phase;
    const rssMiB = readProcStatusMiB(options.pid, "VmRSS");
    const heapUsedMiB = await readHeapUsedMiB(options.url, options.metricsToken);
    samples.push({ atMs: Date.now() - started, phase: tagged, rssMiB, heapUsedMiB });
  };
  const timer = setInterval(() => (pending = pending.then(takeSample)), SAMPLE_INTERVAL_MS);
  return {
    setPhase(next) {
      phase = next;
      // A sample at each boundary, so a short phase still has its first figure.
      pending = pending.then(takeSample);
    },
    async stop() {
      clearInterval(timer);
      await pending;
      return samples;
    },
  };
}
