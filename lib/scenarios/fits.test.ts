import { describe, expect, it } from "vitest";
import { thinPoints } from "./fits";

// The service itself is tested through its route (app/api/scenarios/[scenarioId]/fits/route.test.ts).

describe("thinPoints", () => {
  it("keeps every point up to the limit, then evenly spaced ones with both ends", () => {
    expect(thinPoints([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(thinPoints(Array.from({ length: 1001 }, (_, i) => i), 11)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });
});
