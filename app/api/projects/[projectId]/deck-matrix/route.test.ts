import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { insertPriceDeck } from "@/tests/support/price-decks";
import { CALLERS, createApiWorld, expectedStatuses, insertScenario, seedDemo, type ApiWorld } from "@/tests/support/scenario-api";
import type { DeckMatrix } from "@/lib/scenarios";
import * as cashFlowRoute from "@/app/api/scenarios/[scenarioId]/cashflow/route";
import * as matrixRoute from "./route";

// The deck × scenario matrix: every scenario of the demo project on its flat price and on each deck of the
// organisation. The demo's "Consensus price deck" branch stores nothing but its price source, so the base case on the
// consensus deck must be exactly that branch's own NPV, and the branch on the flat column exactly the base case's.

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
  demo = await seedDemo(db, world.organisationId);
});

type Matrix = DeckMatrix & { omittedScenarioCount: number };
const matrixAs = async (cookie: string | undefined, projectId: string, query = "") =>
  callRoute(matrixRoute.GET, "GET", `/x${query}`, { cookie, params: { projectId } });
const matrixOf = async (projectId: string, query = "") => matrixAs(world.cookies.viewer, projectId, query);
const ownNpv = async (scenarioId: string) => {
  const res = await callRoute(cashFlowRoute.GET, "GET", "/x", { cookie: world.cookies.viewer, params: { scenarioId } });
  return (res.body as { cashFlow: { metrics: { npv: number } } }).cashFlow.metrics.npv;
};
const cell = (matrix: Matrix, scenarioId: string, columnId: string) => {
  const row = matrix.rows.find((r) => r.scenario.id === scenarioId);
  const index = matrix.columns.findIndex((c) => c.id === columnId);
  if (!row || index < 0) throw new Error(`no cell ${scenarioId} × ${columnId}`);
  return row.cells[index];
};

describe("GET /api/projects/{projectId}/deck-matrix", () => {
  it("values each scenario on its flat price and on each deck, bit-identical to the scenarios' own cash flows", async () => {
    const res = await matrixOf(demo.projectId);
    expect(res.status).toBe(200);
    const { matrix } = res.body as { matrix: Matrix };
    expect(matrix.columns[0]).toMatchObject({ kind: "flat", id: "flat" });
    expect(matrix.columns.map((c) => c.id)).toContain(demo.priceDeckId);
    expect(matrix.rows.map((r) => r.scenario.id)).toEqual([demo.baseScenarioId, demo.childScenarioId, demo.deckScenarioId, demo.byProductScenarioId]);
    expect(matrix.rows.find((r) => r.scenario.id === demo.deckScenarioId)?.ownColumnId).toBe(demo.priceDeckId);
    expect(matrix.rows.find((r) => r.scenario.id === demo.baseScenarioId)?.ownColumnId).toBe("flat");

    const [baseNpv, deckNpv, childNpv] = await Promise.all([ownNpv(demo.baseScenarioId), ownNpv(demo.deckScenarioId), ownNpv(demo.childScenarioId)]);
    expect(cell(matrix, demo.baseScenarioId, "flat")).toMatchObject({ kind: "valued", npv: baseNpv });
    expect(cell(matrix, demo.childScenarioId, "flat")).toMatchObject({ kind: "valued", npv: childNpv });
    expect(cell(matrix, demo.deckScenarioId, demo.priceDeckId)).toMatchObject({ kind: "valued", npv: deckNpv });
    expect(cell(matrix, demo.baseScenarioId, demo.priceDeckId)).toMatchObject({ kind: "valued", npv: deckNpv });
    expect(cell(matrix, demo.deckScenarioId, "flat")).toMatchObject({ kind: "valued", npv: baseNpv });
    // The consensus deck (4.60 easing to 4.00 USD/lb from 2035) sits below the base case's flat 4.25 in most years.
    expect(deckNpv).toBeLessThan(baseNpv);
    const irr = cell(matrix, demo.baseScenarioId, "flat");
    expect(irr?.kind === "valued" && irr.irrPct !== null && irr.irrPct > 0).toBe(true);
  });

  it("refuses, cell by cell, a deck that cannot price a scenario and says why", async () => {
    const gold = await insertPriceDeck(db, world.organisationId, { name: "Gold consensus", commodity: "gold", priceUnit: "oz", longTermPrice: 2400 });
    const euro = await insertPriceDeck(db, world.organisationId, { name: "Copper in euros", currency: "EUR" });
    const { matrix } = (await matrixOf(demo.projectId)).body as { matrix: Matrix };
    expect(cell(matrix, demo.baseScenarioId, gold.id)).toEqual({ kind: "refused", message: expect.stringMatching(/prices gold.*commodity is copper/i) });
    expect(cell(matrix, demo.baseScenarioId, euro.id)).toEqual({ kind: "refused", message: expect.stringMatching(/in EUR.*price currency is USD/) });
    expect(matrix.rows.every((row) => row.cells.length === matrix.columns.length)).toBe(true);
  });

  it("leaves archived scenarios out unless asked, and answers 400 to a bad flag", async () => {
    const archived = await insertScenario(db, { projectId: demo.projectId, parentScenarioId: demo.baseScenarioId, status: "archived" });
    const ids = async (query: string) => ((await matrixOf(demo.projectId, query)).body as { matrix: Matrix }).matrix.rows.map((r) => r.scenario.id);
    expect(await ids("")).not.toContain(archived.id);
    expect(await ids("?includeArchived=true")).toContain(archived.id);
    const bad = await matrixOf(demo.projectId, "?includeArchived=yes");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: "VALIDATION_FAILED", fieldErrors: { includeArchived: expect.any(Array) } } });
  });

  it("is readable by every member and a 404 to outsiders and for unknown projects", async () => {
    const expected = expectedStatuses("viewer", 200);
    for (const caller of CALLERS) {
      const res = await matrixAs(world.cookies[caller], demo.projectId);
      expect(res.status, caller).toBe(expected[caller]);
    }
    const outsider = await matrixAs(world.cookies.outsider, demo.projectId);
    expect(JSON.stringify(outsider.body)).not.toContain(demo.priceDeckId);
    expect((await matrixOf("00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});
