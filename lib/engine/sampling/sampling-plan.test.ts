import { describe, expect, it } from "vitest";
import { createDistribution } from "../distributions";
import { spearman } from "../stats/ranks";
import { createLatinHypercube, fillLatinHypercube } from "./latin-hypercube";
import { createSamplingPlan, type SamplingMethod } from "./sampling-plan";

const variables = [
  { distribution: createDistribution({ type: "normal", mean: 100, sd: 10 }), stream: 11 },
  { distribution: createDistribution({ type: "pert", min: 1, mode: 2, max: 6 }), stream: 12 },
  { distribution: createDistribution({ type: "lognormal", mu: 0, sigma: 0.5 }), stream: 13 },
  { distribution: createDistribution({ type: "triangular", min: 0, mode: 1, max: 3 }), stream: 14 },
];
const target = [
  [1, 0.6, -0.3, 0],
  [0.6, 1, 0, 0.4],
  [-0.3, 0, 1, 0.2],
  [0, 0.4, 0.2, 1],
];

function runInChunks(plan: ReturnType<typeof createSamplingPlan>, n: number, chunk: number): Float64Array[] {
  const columns = variables.map(() => new Float64Array(n));
  for (let start = 0; start < n; start += chunk) plan.fillChunk(start, Math.min(chunk, n - start), columns, start);
  return columns;
}

describe("Latin hypercube", () => {
  it("puts exactly one point in each of the N strata per variable", () => {
    const n = 5000;
    const lhs = createLatinHypercube({ seed: 3, iterations: n, streams: [1, 2] });
    for (const column of [0, 1]) {
      const u = new Float64Array(n);
      fillLatinHypercube(lhs, column, 0, u, 0, n);
      const strata = new Uint8Array(n);
      u.forEach((x) => (strata[Math.floor(x * n)] = (strata[Math.floor(x * n)] ?? 0) + 1));
      expect(strata.every((c) => c === 1)).toBe(true);
    }
  });
});

describe.each(["monte-carlo", "latin-hypercube"] as const)("sampling plan (%s)", (method: SamplingMethod) => {
  const n = 20_000;
  const plan = createSamplingPlan({ seed: 2026, iterations: n, method, variables, correlation: target });
  const whole = runInChunks(plan, n, n);

  it("achieves the target Spearman correlations within 0.03 at N = 20,000", () => {
    for (let i = 0; i < 4; i++) {
      for (let j = i + 1; j < 4; j++) {
        const rho = spearman(whole[i] ?? [], whole[j] ?? []);
        expect(Math.abs(rho - (target[i]?.[j] ?? NaN))).toBeLessThan(0.03);
      }
    }
  });

  it.each([1000, 7, 4096])("gives identical bits in chunks of %i", (chunk) => {
    expect(runInChunks(plan, n, chunk)).toEqual(whole);
  });

  it("preserves the marginals: Iman–Conover only reorders the block's values", () => {
    const independent = createSamplingPlan({ seed: 2026, iterations: n, method, variables });
    const raw = runInChunks(independent, n, n);
    for (let c = 0; c < 4; c++) {
      for (let b = 0; b < n; b += 4096) {
        const end = Math.min(n, b + 4096);
        const sortedA = Float64Array.from((raw[c] ?? new Float64Array()).subarray(b, end)).sort();
        const sortedB = Float64Array.from((whole[c] ?? new Float64Array()).subarray(b, end)).sort();
        expect(sortedB).toEqual(sortedA);
      }
    }
  });

  it("is reproducible: same seed, same bits; another seed, other values", () => {
    const again = createSamplingPlan({ seed: 2026, iterations: n, method, variables, correlation: target });
    expect(runInChunks(again, n, 5000)).toEqual(whole);
    const other = createSamplingPlan({ seed: 2027, iterations: n, method, variables, correlation: target });
    expect(runInChunks(other, n, n)[0]?.[0]).not.toBe(whole[0]?.[0]);
  });
});

describe("sampling plan without correlation", () => {
  it("is chunk-independent for Monte Carlo with mixed samplers", () => {
    const plan = createSamplingPlan({ seed: 5, iterations: 9000, method: "monte-carlo", variables });
    expect(runInChunks(plan, 9000, 7)).toEqual(runInChunks(plan, 9000, 9000));
  });
});
