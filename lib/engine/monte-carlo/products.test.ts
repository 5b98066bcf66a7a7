import { describe, expect, it } from "vitest";
import { computeCashFlowTable } from "../model";
import { buildCopperGoldInputs } from "../model/product-fixtures";
import { runMonteCarlo } from "./run-monte-carlo";
import type { MonteCarloSpec } from "./types";

/** Copper price factor ~ N(1, 0.1) on the copper–gold scenario: NPV is linear in it (no tax, royalty on positive NSR). */
function buildSpec(): MonteCarloSpec {
  return {
    inputs: buildCopperGoldInputs(),
    variables: [{ id: "copper-price", name: "Copper price", distribution: { type: "normal", mean: 1, sd: 0.1 }, override: { target: "price", mode: "factor", scope: "per_iteration" } }],
    iterations: 8192,
    seed: 7,
    sampler: "latin-hypercube",
    metrics: ["npv"],
  };
}

describe("Monte Carlo with a by-product", () => {
  it("moves the copper price only; mean NPV within four standard errors of the base NPV", async () => {
    const result = await runMonteCarlo(buildSpec(), { workers: 0 });
    const npv = result.metrics.find((m) => m.metric === "npv");
    const base = computeCashFlowTable(buildCopperGoldInputs()).metrics.npv;
    // dNPV/dfactor = copper gross after the 2 % NSR royalty, discounted (TC and RC do not move with price); gold stays.
    const slope = (0.98 * 76_032_000) / 1.1 + (0.98 * 60_825_600) / 1.21;
    // Sample sd within 3 % (its relative standard error is about 1 / √(2n) = 0.8 %).
    expect(Math.abs((npv?.sd ?? NaN) / (slope * 0.1) - 1)).toBeLessThan(0.03);
    expect(Math.abs((npv?.mean ?? NaN) - base)).toBeLessThan((4 * slope * 0.1) / Math.sqrt(8192));
  });

  it("gives the same bits for any chunk size", async () => {
    const json = async (chunkSize: number): Promise<string> => JSON.stringify((await runMonteCarlo(buildSpec(), { workers: 0, chunkSize })).metrics);
    expect(await json(8192)).toBe(await json(4096));
  });
});
