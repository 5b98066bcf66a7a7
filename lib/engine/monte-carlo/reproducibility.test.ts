import { describe, expect, it } from "vitest";
import { runMonteCarlo } from "./run-monte-carlo";
import { createWorkerPool } from "./worker-pool";
import { buildMixedSpec } from "../../../tests/support/engine-specs";
import { CancelledError, type MonteCarloResult } from "./types";

// Float64Arrays (samples) serialise as objects keyed by index: still an exact comparison.
const asJson = (r: MonteCarloResult): string => JSON.stringify(r);

describe("runMonteCarlo: bit-identical whatever the chunking and the workers", () => {
  // 20 000 is not a multiple of 4096: the last chunk is partial in every chunking.
  const spec = buildMixedSpec({ iterations: 20_000, keepSamples: true });

  it("gives the same JSON in-process for chunks of 4096, 8192 and 12288, and on 1 and 2 workers", async () => {
    const reference = asJson(await runMonteCarlo(spec, { workers: 0, chunkSize: 4096 }));
    expect(asJson(await runMonteCarlo(spec, { workers: 0, chunkSize: 8192 }))).toBe(reference);
    expect(asJson(await runMonteCarlo(spec, { workers: 0, chunkSize: 12_288 }))).toBe(reference);
    expect(asJson(await runMonteCarlo(spec, { workers: 1, chunkSize: 8192 }))).toBe(reference);
    expect(asJson(await runMonteCarlo(spec, { workers: 2, chunkSize: 4096 }))).toBe(reference);
  });

  it("gives the same JSON with the quantile sketch (no samples kept)", async () => {
    const sketched = buildMixedSpec({ iterations: 20_000, sampler: "monte-carlo", exactQuantileLimit: 0 });
    const reference = asJson(await runMonteCarlo(sketched, { workers: 0, chunkSize: 4096 }));
    expect(reference).toContain('"quantileMethod":"sketch"');
    expect(asJson(await runMonteCarlo(sketched, { workers: 0, chunkSize: 12_288 }))).toBe(reference);
    expect(asJson(await runMonteCarlo(sketched, { workers: 2, chunkSize: 8192 }))).toBe(reference);
  });

  it("stops early at the same checkpoint whatever the chunking", async () => {
    const converging = buildMixedSpec({ iterations: 60_000, convergence: { relativeTolerance: 0.02, minIterations: 5000 } });
    const a = await runMonteCarlo(converging, { workers: 0, chunkSize: 4096 });
    expect(a.stoppedEarly).toBe(true);
    expect(a.iterationsRun).toBeLessThan(60_000);
    expect(asJson(await runMonteCarlo(converging, { workers: 0, chunkSize: 16_384 }))).toBe(asJson(a));
    expect(asJson(await runMonteCarlo(converging, { workers: 2, chunkSize: 8192 }))).toBe(asJson(a));
  });
});

describe("runMonteCarlo: progress and cancellation", () => {
  it("reports increasing progress that reaches 1", async () => {
    const seen: number[] = [];
    await runMonteCarlo(buildMixedSpec({ iterations: 16_384 }), { workers: 0, chunkSize: 4096, onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= (seen[i - 1] ?? 0))).toBe(true);
  });

  it.each([0, 2])("rejects with a CancelledError when the signal aborts (workers: %i)", async (workers) => {
    const controller = new AbortController();
    const run = runMonteCarlo(buildMixedSpec({ iterations: 400_000 }), {
      workers,
      chunkSize: 4096,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });

  it("refuses to start with an already aborted signal", async () => {
    await expect(runMonteCarlo(buildMixedSpec(), { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
  });
});

describe("a warm worker pool", () => {
  it("runs job after job with the same bits as in-process, and keeps working after a cancelled job", async () => {
    const pool = createWorkerPool(2);
    try {
      const spec = buildMixedSpec({ iterations: 20_000, keepSamples: true });
      const other = buildMixedSpec({ iterations: 12_288, sampler: "monte-carlo", seed: 99 });
      const reference = asJson(await runMonteCarlo(spec, { workers: 0, chunkSize: 4096 }));
      expect(asJson(await runMonteCarlo(spec, { pool, chunkSize: 4096 }))).toBe(reference);
      expect(asJson(await runMonteCarlo(other, { pool, chunkSize: 8192 }))).toBe(asJson(await runMonteCarlo(other, { workers: 0 })));
      expect(asJson(await runMonteCarlo(spec, { pool, chunkSize: 12_288 }))).toBe(reference);

      const controller = new AbortController();
      const cancelled = runMonteCarlo(buildMixedSpec({ iterations: 400_000 }), { pool, chunkSize: 4096, signal: controller.signal, onProgress: () => controller.abort() });
      await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
      expect(asJson(await runMonteCarlo(spec, { pool, chunkSize: 8192 }))).toBe(reference);
    } finally {
      await pool.close();
    }
  });

  it("queues concurrent jobs and answers each with its own result", async () => {
    const pool = createWorkerPool(2);
    try {
      const specs = [11, 12, 13].map((seed) => buildMixedSpec({ iterations: 8192, seed }));
      const pooled = await Promise.all(specs.map((s) => runMonteCarlo(s, { pool, chunkSize: 4096 })));
      for (const [i, s] of specs.entries()) expect(asJson(pooled[i] as MonteCarloResult)).toBe(asJson(await runMonteCarlo(s, { workers: 0 })));
    } finally {
      await pool.close();
    }
  });
});
