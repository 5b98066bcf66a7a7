import { describe, expect, it } from "vitest";
import { nextFairIndex, nextFairTurn, type WaitingRun } from "./fair-order";

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

type TurnedRun = WaitingRun & { turn: number };

/** Gives each arrival its turn as storeNewRun does (from the runs still active), as pg-boss would order them. */
function arriveWithTurns(active: TurnedRun[], arrivals: WaitingRun[]): TurnedRun[] {
  const runs = [...active];
  for (const arrival of arrivals) {
    const ownTurns = runs.filter((r) => r.organisationId === arrival.organisationId).map((r) => r.turn);
    const lowestActive = runs.length > 0 ? Math.min(...runs.map((r) => r.turn)) : null;
    runs.push({ ...arrival, turn: nextFairTurn({ lowestActive, organisationLatest: ownTurns.length > 0 ? Math.max(...ownTurns) : null }) });
  }
  return runs;
}

/** pg-boss's order: priority (the negated turn) first, then arrival (a stable sort keeps it). */
const pgBossOrder = (runs: TurnedRun[]): string[] => [...runs].sort((a, b) => a.turn - b.turn).map((r) => r.runId);

const runsOf = (organisationId: string, count: number): WaitingRun[] =>
  Array.from({ length: count }, (_, i) => ({ runId: `${organisationId}${i + 1}`, organisationId }));

describe("fair turns of pg-boss runs", () => {
  it("starts a run of an organisation queued after twenty of another's second, not last", () => {
    const order = pgBossOrder(arriveWithTurns([], [...runsOf("a", 20), ...runsOf("b", 1)]));
    expect(order.slice(0, 3)).toEqual(["a1", "b1", "a2"]);
  });

  it("puts a newcomer in the lowest active turn, never ahead of runs that waited longer in it", () => {
    // Fifteen of a's runs have ended; its five left hold turns 15 to 19. c then queues three.
    const stillActive = runsOf("a", 20).slice(15).map((run, i) => ({ ...run, turn: 15 + i }));
    const order = pgBossOrder(arriveWithTurns(stillActive, runsOf("c", 3)));
    expect(order).toEqual(["a16", "c1", "a17", "c2", "a18", "c3", "a19", "a20"]);
  });

  it("restarts at turn 0 when nothing is active", () => {
    expect(nextFairTurn({ lowestActive: null, organisationLatest: null })).toBe(0);
  });
});
