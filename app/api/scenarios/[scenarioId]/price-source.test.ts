import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as projectScenariosRoute from "@/app/api/projects/[projectId]/scenarios/route";
import { auditLog } from "@/db/schema";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { insertPriceDeck } from "@/tests/support/price-decks";
import { countWrites, createApiWorld, insertProject, insertScenario, ROOT_SETTINGS, uniqueName, type ApiWorld } from "@/tests/support/scenario-api";
import * as scenarioRoute from "./route";

// The price source settings (priceSource, priceDeckId) behave like every other inheritable setting, and a scenario
// can only name a deck of its own organisation.

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
});

type ScenarioBody = { scenario: { version: number; settings: Record<string, unknown>; inheritance?: { settings: Record<string, { origin: string }> } } };
const pm = () => world.cookies.project_manager;
const get = (id: string) => callRoute(scenarioRoute.GET, "GET", `/api/scenarios/${id}?include=inheritance`, { cookie: pm(), params: { scenarioId: id } });
const patch = (id: string, body: unknown) => callRoute(scenarioRoute.PATCH, "PATCH", "/x", { cookie: pm(), params: { scenarioId: id }, body });

async function tree() {
  const project = await insertProject(db, world.organisationId);
  const deck = await insertPriceDeck(db, world.organisationId);
  const root = await insertScenario(db, { projectId: project.id, priceSource: "deck", priceDeckId: deck.id });
  const child = await insertScenario(db, { projectId: project.id, parentScenarioId: root.id });
  return { project, deck, root, child };
}

describe("scenario price source", () => {
  it("is inherited like any setting: a child follows its parent's deck until it overrides it, and null reverts", async () => {
    const { deck, child } = await tree();
    const inherited = (await get(child.id)).body as ScenarioBody;
    expect(inherited.scenario.settings).toMatchObject({ priceSource: "deck", priceDeckId: deck.id });
    expect(inherited.scenario.inheritance?.settings.priceDeckId?.origin).toBe("inherited");
    const other = await insertPriceDeck(db, world.organisationId);
    const overridden = await patch(child.id, { version: 1, priceDeckId: other.id });
    expect(overridden).toMatchObject({ status: 200, body: { scenario: { settings: { priceDeckId: other.id } } } });
    const flat = await patch(child.id, { version: 2, priceSource: "flat", priceDeckId: null });
    expect(flat).toMatchObject({ status: 200, body: { scenario: { settings: { priceSource: "flat", priceDeckId: deck.id } } } });
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityId, child.id), eq(auditLog.action, "update")));
    const last = audits.find((row) => row.after?.version === 3);
    expect(last?.before).toMatchObject({ priceSource: null, priceDeckId: other.id });
    expect(last?.after).toMatchObject({ priceSource: "flat", priceDeckId: null });
  });

  it("refuses another organisation's deck, or a missing one, with 422 and writes nothing", async () => {
    const { child } = await tree();
    const foreign = await insertPriceDeck(db, world.otherOrganisationId);
    const before = await countWrites(db, world.organisationId);
    for (const priceDeckId of [foreign.id, crypto.randomUUID()]) {
      const res = await patch(child.id, { version: 1, priceDeckId });
      expect(res).toMatchObject({ status: 422, body: { error: { code: "PRICE_DECK_INVALID", fieldErrors: { priceDeckId: ["is not a price deck of this organisation"] } } } });
    }
    expect(await countWrites(db, world.organisationId)).toEqual(before);
  });

  it("refuses a deck price source without a deck: on a root (incomplete) and on a child with none to inherit", async () => {
    const project = await insertProject(db, world.organisationId);
    const root = await callRoute(projectScenariosRoute.POST, "POST", "/x", { cookie: pm(), params: { projectId: project.id }, body: { name: uniqueName("S"), ...ROOT_SETTINGS, priceSource: "deck" } });
    expect(root).toMatchObject({ status: 422, body: { error: { code: "SCENARIO_SETTINGS_INCOMPLETE", fieldErrors: { priceDeckId: expect.any(Array) } } } });
    const flatRoot = await insertScenario(db, { projectId: project.id });
    const child = await insertScenario(db, { projectId: project.id, parentScenarioId: flatRoot.id });
    const res = await patch(child.id, { version: 1, priceSource: "deck" });
    expect(res).toMatchObject({ status: 422, body: { error: { code: "PRICE_DECK_REQUIRED", fieldErrors: { priceDeckId: expect.any(Array) } } } });
    const created = await callRoute(projectScenariosRoute.POST, "POST", "/x", { cookie: pm(), params: { projectId: project.id }, body: { name: uniqueName("C"), parentScenarioId: flatRoot.id, priceSource: "deck" } });
    expect(created).toMatchObject({ status: 422, body: { error: { code: "PRICE_DECK_REQUIRED" } } });
  });

  it("creates a root on a deck of the organisation", async () => {
    const project = await insertProject(db, world.organisationId);
    const deck = await insertPriceDeck(db, world.organisationId);
    const res = await callRoute(projectScenariosRoute.POST, "POST", "/x", { cookie: pm(), params: { projectId: project.id }, body: { name: uniqueName("S"), ...ROOT_SETTINGS, priceSource: "deck", priceDeckId: deck.id } });
    expect(res).toMatchObject({ status: 201, body: { scenario: { settings: { priceSource: "deck", priceDeckId: deck.id } } } });
  });
});
