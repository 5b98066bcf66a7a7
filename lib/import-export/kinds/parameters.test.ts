import { describe, expect, it } from "vitest";
import { PARAMETERS_KIND } from "./parameters";

// A gamma distribution (shape, scale) has no dist_* columns: it travels whole in dist_json and comes back the same.

describe("the parameters sheet", () => {
  it("exports a gamma distribution as dist_json and imports it back", () => {
    const spec = { type: "gamma", shape: 4.2, scale: 0.24 };
    const cells = PARAMETERS_KIND.toCells?.({ lineageId: "x", name: "Downtime", target: "opex_total", application: "factor", baseValue: 1, unit: "factor", sampling: "per_iteration", distribution: spec });
    expect(cells).toMatchObject({ dist_type: null, dist_json: JSON.stringify(spec) });
    expect(PARAMETERS_KIND.toFields?.(cells ?? {})).toMatchObject({ distribution: spec });
  });
});
