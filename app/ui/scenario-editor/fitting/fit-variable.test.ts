import { describe, expect, it } from "vitest";
import type { SeriesFits } from "@/lib/scenarios/fits";
import { defaultVariableName, describeParameters, describePpPlot, variableBody, type OkFit } from "./fit-variable";

const fit: OkFit = {
  family: "gamma",
  ok: true,
  rank: 1,
  parameters: { shape: 4, scale: 2.5 },
  spec: { type: "gamma", shape: 4, scale: 2.5 },
  ksStatistic: 0.1,
  ksPValue: 0.8,
  ppPoints: [
    { empirical: 0.25, fitted: 0.2 },
    { empirical: 0.75, fitted: 0.9 },
  ],
};
const series: SeriesFits = { source: "maintenance", metric: "downtime_hours", unit: "h", count: 2, summary: { mean: 10, sd: 5, min: 5, max: 15 }, fits: [fit] };

describe("the fit dialog's words and requests", () => {
  it("describes parameters, the P–P plot and a default name", () => {
    expect(describeParameters(fit.parameters)).toBe("shape 4, scale 2.5");
    expect(describePpPlot(fit)).toBe("2 points; the furthest lies 0.15 from the diagonal (KS statistic 0.1).");
    expect(defaultVariableName(series, fit)).toBe("Maintenance downtime per event (h), gamma fit");
  });

  it("posts a factor with mean 1 around a base of 1, or the fit itself in the logs' unit", () => {
    const choice = { name: "Downtime", target: "opex_total", targetRef: null, application: "factor" as const };
    expect(variableBody(series, fit, choice)).toMatchObject({ baseValue: 1, unit: "factor", distribution: { type: "gamma", shape: 4, scale: 0.25 }, sampling: "per_iteration" });
    const absolute = variableBody(series, fit, { ...choice, target: "closure_cost", application: "absolute" });
    expect(absolute).toMatchObject({ baseValue: 10, unit: "h", distribution: fit.spec });
  });

  it("names a fit of consumption actuals after its source and metric", () => {
    const consumption: SeriesFits = { ...series, source: "consumption", metric: "unit_cost", unit: "USD/L" };
    expect(defaultVariableName(consumption, fit)).toBe("Consumption unit cost, gamma fit");
    const choice = { name: "Diesel price", target: "opex_total", targetRef: null, application: "absolute" as const };
    expect(variableBody(consumption, fit, choice)).toMatchObject({ unit: "USD/L", description: expect.stringContaining("fitted to 2 consumption actuals (unit cost") });
  });
});
