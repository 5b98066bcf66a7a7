import { describe, expect, it } from "vitest";
import { discountFactor, type DiscountTiming } from "./discounting";
import { computeDiscountedPaybackYears, discountedPayback } from "./payback";

// The discounted-payback kernel against closed forms. The engine's convention (payback.ts, README §3):
//   period t spans [t, t + 1) years from the start of period 0; D_t = Σ_{s≤t} CF_s·(1 + r)^-s is the discounted
//   cumulative; k is the LAST period with D_k < 0 (a crossing undone later does not count); then
//   payback = k + 1 + (−D_k) / (CF_{k+1}·(1 + r)^-(k+1))  (linear interpolation inside the recovering period),
//   0 when D is never negative, and "not reached" (NaN from the kernel) when D ends negative.
// Years throughout; rates are fractions per period (one period = one year).

/** The table the Monte Carlo evaluator builds (factor chain: (1 + r)^-t, times (1 + r)^0.5 for mid-period). */
function chainFactors(rate: number, length: number, timing: DiscountTiming = "end"): Float64Array {
  const factors = new Float64Array(length);
  let factor = timing === "mid" ? Math.sqrt(1 + rate) : 1;
  for (let t = 0; t < length; t++) {
    factors[t] = factor;
    factor /= 1 + rate;
  }
  return factors;
}

const kernel = (flows: number[], rate: number, timing: DiscountTiming = "end") =>
  computeDiscountedPaybackYears(flows, chainFactors(rate, flows.length, timing), flows.length);

const yearsOf = (flows: number[], rate: number, timing: DiscountTiming = "end"): number => {
  const result = discountedPayback(flows, rate, timing);
  return result.reached ? result.years : NaN;
};

/** Present value (end of period 0) of A per period for periods 1..m: A·(1 − (1 + r)^-m) / r. */
const annuity = (amount: number, rate: number, periods: number) => (amount * (1 - Math.pow(1 + rate, -periods))) / rate;

/**
 * -I in period 0, then A per period: the discounted cumulative after m periods is −I + A·a_m. It turns
 * non-negative after m* = −ln(1 − I·r / A) / ln(1 + r) periods of income, so k = ⌈m*⌉ − 1 (m* not an integer)
 * and payback = k + 1 + (I − A·a_k) / (A·(1 + r)^-(k+1)).
 */
function annuityPaybackYears(investment: number, amount: number, rate: number): number {
  const periodsToRecover = -Math.log(1 - (investment * rate) / amount) / Math.log(1 + rate);
  const k = Math.ceil(periodsToRecover) - 1;
  return k + 1 + (investment - annuity(amount, rate, k)) / (amount * Math.pow(1 + rate, -(k + 1)));
}

describe("discounted payback: closed forms", () => {
  it("-1000 then 300 a year at 10 % pays back 26.3 % into year 5 (period 5 starts at year 5)", () => {
    // a_4 = 3.169865, so 1000 − 300·a_4 = 49.0404 is left after period 4, and period 5 brings 300 / 1.1^5 = 186.2764.
    const flows = [-1000, ...Array<number>(8).fill(300)];
    expect(yearsOf(flows, 0.1)).toBeCloseTo(5 + 49.0404 / 186.2764, 5);
    expect(kernel(flows, 0.1)).toBeCloseTo(5 + 49.0404 / 186.2764, 5);
  });

  it.each([
    [1000, 300, 0.1],
    [1000, 150, 0.08],
    [5e8, 4.2e7, 0.05],
    [250, 100, 0.3],
    [1000, 1200, 0.12],
  ])("-%d then %d per period at rate %d matches the annuity closed form", (investment, amount, rate) => {
    const flows = [-investment, ...Array<number>(40).fill(amount)];
    const expected = annuityPaybackYears(investment, amount, rate);
    expect(yearsOf(flows, rate)).toBeCloseTo(expected, 9);
    expect(kernel(flows, rate)).toBeCloseTo(expected, 9);
  });

  it("ends a period exactly when the discounted cumulative reaches exactly zero there (rate 100 %: factors are powers of 2)", () => {
    // D = -100, -100 + 400/2 = 100 → k = 0, payback = 1 + 100/200.
    expect(kernel([-100, 400], 1)).toBe(1.5);
    // D = -100, -100 + 200/2 = 0: zero is "not negative", so the recovering period is period 1, fully used.
    expect(kernel([-100, 200, 80], 1)).toBe(2);
    expect(yearsOf([-100, 200, 80], 1)).toBe(2);
  });

  it("at a zero rate equals the undiscounted payback (3 + 0.6 for -100, 30, 40, 50)", () => {
    expect(kernel([-100, 30, 40, 50], 0)).toBeCloseTo(3.6, 12);
    expect(yearsOf([-100, 30, 40, 50], 0)).toBeCloseTo(3.6, 12);
  });

  it("is 0 when the discounted cumulative is never negative", () => {
    expect(kernel([0, 10, -5, 20], 0.1)).toBe(0);
    expect(discountedPayback([0, 10, -5, 20], 0.1)).toEqual({ reached: true, years: 0 });
  });
});

describe("discounted payback: never and closure", () => {
  it("never pays back when the income is at most the perpetuity of the investment (A ≤ I·r)", () => {
    // A·a_m < A / r = I for every m: even 200 periods of 100 at 10 % do not recover 1000.
    const flows = [-1000, ...Array<number>(200).fill(100)];
    expect(kernel(flows, 0.1)).toBeNaN();
    expect(discountedPayback(flows, 0.1)).toEqual({ reached: false });
    // Undiscounted the same flows pay back in year 11, so the discounting is what stops it.
    expect(kernel(flows, 0)).toBe(11);
  });

  it("is not reached when a closure outlay turns the discounted cumulative negative again at the end", () => {
    // D = -1000, -454.55, +41.32, then -300/1.331 = -225.39 → -184.07 at the end.
    const flows = [-1000, 600, 600, -300];
    expect(kernel(flows, 0.1)).toBeNaN();
    expect(discountedPayback(flows, 0.1)).toEqual({ reached: false });
  });

  it("counts only the last recovery when an outlay undoes an earlier crossing", () => {
    // D: -1000, -454.55, +41.32 (first crossing, year 2.9), -33.81 (period 3 outlay), +307.69.
    const flows = [-1000, 600, 600, -100, 500];
    const d = flows.map((cf, t) => cf / 1.1 ** t);
    const cumulativeAt3 = d.slice(0, 4).reduce((a, b) => a + b, 0);
    expect(cumulativeAt3).toBeCloseTo(-33.81, 2);
    const expected = 4 + -cumulativeAt3 / (d[4] ?? NaN);
    expect(kernel(flows, 0.1)).toBeCloseTo(expected, 12);
    expect(yearsOf(flows, 0.1)).toBeCloseTo(expected, 12);
    expect(expected).toBeGreaterThan(4);
  });
});

describe("discounted payback: the Monte Carlo kernel agrees with the public function", () => {
  const cases: [string, number[], number][] = [
    ["a mine with construction and closure", [-11e6, -46e6, -8e6, 24.4e6, 29.6e6, 25.2e6, 21.1e6, 13.5e6], 0.08],
    ["a loss-making mine", [-50e6, 5e6, 5e6, 5e6, -2e6], 0.08],
    ["a closure that undoes the payback", [-11e6, -46e6, -8e6, 24.4e6, 29.6e6, 25.2e6, 21.1e6, -38.7e6], 0.08],
    ["a high rate", [-1000, 500, 500, 500, 500, 500], 0.35],
  ];

  it.each(cases)("%s, end and mid-period factors", (_name, flows, rate) => {
    for (const timing of ["end", "mid"] as const) {
      const expected = yearsOf(flows, rate, timing);
      if (Number.isNaN(expected)) expect(kernel(flows, rate, timing)).toBeNaN();
      else expect(kernel(flows, rate, timing)).toBeCloseTo(expected, 10);
      // Every factor scaled by (1 + r)^0.5 moves nothing: payback does not depend on the timing.
      if (!Number.isNaN(expected)) expect(yearsOf(flows, rate, "mid")).toBeCloseTo(yearsOf(flows, rate, "end"), 10);
    }
  });

  it("reads only the first `length` flows and factors of a longer scratch buffer", () => {
    const flows = new Float64Array([-1000, 600, 600, -5000, -5000]);
    const factors = Float64Array.from({ length: 5 }, (_, t) => discountFactor(0.1, t));
    expect(computeDiscountedPaybackYears(flows, factors, 3)).toBeCloseTo(yearsOf([-1000, 600, 600], 0.1), 12);
    expect(computeDiscountedPaybackYears(flows, factors, 5)).toBeNaN();
  });
});
