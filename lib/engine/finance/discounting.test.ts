import { describe, expect, it } from "vitest";
import { discountFactor, npv, npvProfile, profitabilityIndex, spreadsheetNpv } from "./discounting";

describe("spreadsheetNpv (Excel NPV)", () => {
  it("matches Microsoft's NPV example 1: 10 %, -10000, 3000, 4200, 6800 -> 1,188.44", () => {
    expect(spreadsheetNpv(0.1, [-10000, 3000, 4200, 6800])).toBeCloseTo(1188.44, 2);
  });
  it("matches Microsoft's NPV example 2: 8 %, 40000 invested at start, five returns -> 1,922.06", () => {
    // =NPV(8%, 8000, 9200, 10000, 12000, 14500) - 40000
    expect(spreadsheetNpv(0.08, [8000, 9200, 10000, 12000, 14500]) - 40000).toBeCloseTo(1922.06, 2);
  });
});

describe("npv (period 0 undiscounted)", () => {
  it("matches numpy-financial npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000])", () => {
    expect(npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000])).toBeCloseTo(122.894854950942692, 9);
  });
  it("equals the annuity closed form: -P + A (1 - (1+r)^-n) / r", () => {
    const [r, n, a, p] = [0.08, 20, 1234.5, 10000];
    const flows = [-p, ...Array.from({ length: n }, () => a)];
    expect(npv(r, flows)).toBeCloseTo(-p + (a * (1 - Math.pow(1 + r, -n))) / r, 9);
  });
  it("mid-period timing shifts every flow half a period earlier: NPV_mid = NPV_end * (1+r)^0.5", () => {
    const flows = [-500, -300, 200, 400, 400, -50];
    expect(npv(0.1, flows, { timing: "mid" })).toBeCloseTo(npv(0.1, flows) * Math.sqrt(1.1), 10);
    const explicit = flows.reduce((sum, cf, t) => sum + cf / Math.pow(1.1, t - 0.5), 0);
    expect(npv(0.1, flows, { timing: "mid" })).toBeCloseTo(explicit, 10);
  });
  it("at rate 0 is the plain sum; an empty series is 0", () => {
    expect(npv(0, [-1, 2, 3])).toBe(4);
    expect(npv(0.1, [])).toBe(0);
  });
  it("rejects rate <= -1 and non-finite flows", () => {
    expect(() => npv(-1, [1])).toThrow(RangeError);
    expect(() => npv(0.1, [1, Number.NaN])).toThrow(/value 1/);
  });
});

describe("discountFactor, npvProfile, profitabilityIndex", () => {
  it("discount factors follow the documented convention", () => {
    expect(discountFactor(0.1, 0)).toBe(1);
    expect(discountFactor(0.1, 2)).toBeCloseTo(1 / 1.21, 15);
    expect(discountFactor(0.1, 1, "mid")).toBeCloseTo(1 / Math.sqrt(1.1), 15);
  });
  it("npvProfile evaluates each rate", () => {
    const profile = npvProfile([-100, 60, 60], [0, 0.1]);
    expect(profile[0]).toBe(20);
    expect(profile[1]).toBeCloseTo(-100 + 60 / 1.1 + 60 / 1.21, 12);
  });
  it("profitability index is 1 + NPV / PV(outflows)", () => {
    expect(profitabilityIndex(0.1, [-100, 110])).toBeCloseTo(1, 12);
    const flows = [-100, -50, 120, 120];
    const outflows = 100 + 50 / 1.1;
    expect(profitabilityIndex(0.1, flows)).toBeCloseTo(1 + npv(0.1, flows) / outflows, 12);
    expect(profitabilityIndex(0.1, [1, 2])).toBe(Infinity);
  });
});
