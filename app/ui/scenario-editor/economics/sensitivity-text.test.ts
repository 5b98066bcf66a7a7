import { describe, expect, it } from "vitest";
import { compileModel, runSensitivities, type BreakEven, type SensitivityLine } from "@/lib/engine/model";
import { buildGoldenInputs } from "@/lib/engine/model/test-fixtures";
import { describeBreakEven, describeSpider, driverLabel, formatChangeLabel } from "./sensitivity-text";

describe("sensitivity labels", () => {
  it("label the steps with a true minus sign and the base in words", () => {
    expect([-30, -10, 0, 10, 12.5].map(formatChangeLabel)).toEqual(["−30 %", "−10 %", "Base", "+10 %", "+12.5 %"]);
  });

  it("name every driver, the FX rate with its quotation", () => {
    expect(driverLabel("head_grade", "USD")).toBe("Head grade");
    expect(driverLabel("operating_cost", "USD")).toBe("Operating cost");
    expect(driverLabel("fx_rate", "CAD")).toBe("FX rate (CAD per price currency)");
  });
});

describe("break-evens in words", () => {
  it("say how far price can fall and costs can rise before the NPV is zero", () => {
    expect(describeBreakEven({ driver: "price", kind: "found", factor: 0.579, changePct: -42.1 }, 8)).toBe("Price can fall 42.1 % (to 0.58× the base) before the after-tax NPV at 8 % is zero.");
    expect(describeBreakEven({ driver: "operating_cost", kind: "found", factor: 1.37, changePct: 37 }, 8)).toBe("Operating cost can rise 37.0 % (to 1.37× the base) before the after-tax NPV at 8 % is zero.");
  });

  it("say how far a driver must move when the base NPV is negative", () => {
    expect(describeBreakEven({ driver: "price", kind: "found", factor: 1.2, changePct: 20 }, 10)).toBe("Price must rise 20.0 % (to 1.20× the base) for the after-tax NPV at 10 % to reach zero.");
    expect(describeBreakEven({ driver: "capital_cost", kind: "found", factor: 0.8, changePct: -20 }, 10)).toBe("Capital cost must fall 20.0 % (to 0.80× the base) for the after-tax NPV at 10 % to reach zero.");
    expect(describeBreakEven({ driver: "price", kind: "found", factor: 1, changePct: 0.01 }, 8)).toBe("The after-tax NPV at 8 % is zero at the base price.");
  });

  it.each<[BreakEven, string]>([
    [{ driver: "price", kind: "none", reason: "profitable_at_zero_price" }, "stays positive even at a zero price"],
    [{ driver: "price", kind: "none", reason: "unprofitable_at_any_price" }, "stays negative however high the price"],
    [{ driver: "operating_cost", kind: "none", reason: "unprofitable_at_zero_cost" }, "stays negative even with no operating cost"],
    [{ driver: "capital_cost", kind: "none", reason: "profitable_at_any_cost" }, "stays positive however high the capital cost"],
  ])("explain why there is none: %o", (breakEven, words) => {
    const text = describeBreakEven(breakEven, 8);
    expect(text).toMatch(/^No break-even: the after-tax NPV at 8 % /);
    expect(text).toContain(words);
  });
});

describe("the spider chart's text alternative", () => {
  it("names the range of steps, the shared base NPV and the drivers that matter most and least", () => {
    const analysis = runSensitivities(compileModel(buildGoldenInputs()));
    const text = describeSpider(analysis.lines, analysis.base.npv, "USD", analysis.discountRatePct);
    expect(text).toMatch(/^Each line shows the after-tax NPV at 8 % as one driver moves from −30 % to \+30 %/);
    expect(text).toMatch(/the lines meet at the base NPV of -?USD [\d,.]+ M\./);
    expect(text).toMatch(/Price moves it most \(.* to .*\), .* least\.$/);
  });

  it("is still a sentence without lines", () => {
    const none: SensitivityLine[] = [];
    expect(describeSpider(none, 0, "USD", 8)).toBe("No sensitivities were computed.");
  });
});
