import { describe, expect, it } from "vitest";
import { nextFairIndex, type WaitingRun } from "./fair-order";

/** Starts every waiting run in the order the in-process queue would. */
function serveAll(arrivals: WaitingRun[]): string[] {
  const waiting = [...arrivals];
  const served = new Map<string, number>();
  const order: string[] = [];
  for (let turn = 0; waiting.length > 0; turn += 1) {
    const [next] = waiting.splice(nextFairIndex(waiting, served), 1);
    if (!next) break;
    served.set(next.organisationId, turn);
    order.push(next.runId);
  }
  return order;
}

describe("fair order of waiting runs", () => {
  it("takes turns across organisations, oldest first within each: a burst from one does not hold up another", () => {
    const arrivals = ["a1", "a2", "a3", "a4", "b1", "c1", "b2"].map((runId) => ({ runId, organisationId: runId[0] ?? "" }));
    expect(serveAll(arrivals)).toEqual(["a1", "b1", "c1", "a2", "b2", "a3", "a4"]);
  });

  it("is first come, first served for one organisation, and says when nothing waits", () => {
    expect(serveAll(["x1", "x2", "x3"].map((runId) => ({ runId, organisationId: "x" })))).toEqual(["x1", "x2", "x3"]);
    expect(nextFairIndex([], new Map())).toBe(-1);
  });
});
