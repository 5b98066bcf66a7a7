import { describe, expect, it } from "vitest";
import { evaluateChunkRange, mergePartials } from "./chunk-api";
import { runMonteCarlo } from "./run-monte-carlo";
import { buildMixedSpec } from "../../../tests/support/engine-specs";
import { CancelledError, type MonteCarloResult } from "./types";

const asJson = (r: MonteCarloResult): string => JSON.stringify(r);

describe("evaluateChunkRange + mergePartials: a run split over evaluators", () => {
  const spec = buildMixedSpec({ iterations: 20_000, keepSamples: true });

  it("merges ranges evaluated separately, in any order, into runMonteCarlo's exact result", async () => {
    const reference = asJson(await runMonteCarlo(spec, { workers: 0 }));
    const first = await evaluateChunkRange(spec, 0, 8192, { stepSize: 8192 });
    const second = await evaluateChunkRange(spec, 8192, 11_808);
    expect(asJson(mergePartials(spec, [...second, ...first]))).toBe(reference);
  });

  it("refuses partials that leave a gap, and ranges off the 4096 grid", async () => {
    const first = await evaluateChunkRange(spec, 0, 4096);
    expect(() => mergePartials(spec, first)).toThrow(/cover 4096 of 20000/);
    await expect(evaluateChunkRange(spec, 100, 4096)).rejects.toThrow(RangeError);
    await expect(evaluateChunkRange(spec, 16_384, 8192)).rejects.toThrow(/inside the run/);
  });

  it("reports each step and stops when the signal aborts", async () => {
    const controller = new AbortController();
    const steps: number[] = [];
    const range = evaluateChunkRange(spec, 0, 12_288, {
      onStep: (done) => {
        steps.push(done);
        if (done >= 4096) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(range).rejects.toBeInstanceOf(CancelledError);
    expect(steps).toEqual([4096]);
  });
});
