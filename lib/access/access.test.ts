import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { findOwner } from "@/db/queries/owners";
import { consumptionActuals, consumptionItems, equipment, maintenanceLogs, simulationRuns } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/types";
import { ORGANISATION_KINDS, OWNED_KINDS, type OrganisationKind, type OwnedKind } from "@/lib/domain/owned";
import type { Role } from "@/lib/domain/roles";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import { insertPriceDeck } from "@/tests/support/price-decks";
import { seedDemo } from "@/tests/support/scenario-api";
import { findOwned, loadOwned } from "./index";

// The one access guard: for every kind of record reached by id, the owner lookup ALONE answers 404 for another
// organisation's record (cold and through the in-process memo), exactly as for a missing one, and a member whose
// role is too low gets 403 only after the record was found in their organisation.

const getDb = useTestDb();
type World = { ids: Record<OwnedKind, string>; organisationId: string; projectId: string; scenarioId: string };
let home: World;
let other: World;

async function createWorld(): Promise<World> {
  const db = await getDb();
  const organisation = await createTestOrganisation(db);
  const demo = await seedDemo(db, organisation.id);
  const [unit] = await db.select({ id: equipment.id }).from(equipment).where(eq(equipment.scenarioId, demo.baseScenarioId)).limit(1);
  if (!unit) throw new Error("the demo project has no equipment");
  const [log] = await db.insert(maintenanceLogs).values({ equipmentId: unit.id, performedOn: "2025-01-15", type: "inspection", downtimeHours: 1, cost: 10, currency: "USD" }).returning({ id: maintenanceLogs.id });
  const [item] = await db.select({ id: consumptionItems.id }).from(consumptionItems).where(eq(consumptionItems.scenarioId, demo.baseScenarioId)).limit(1);
  if (!item) throw new Error("the demo project has no consumption items");
  const [actual] = await db.insert(consumptionActuals).values({ consumptionItemId: item.id, periodStart: "2025-01-01", quantity: 10, unitCost: 2, currency: "USD" }).returning({ id: consumptionActuals.id });
  const [run] = await db
    .insert(simulationRuns)
    .values({ scenarioId: demo.baseScenarioId, organisationId: organisation.id, iterations: 100, seed: 1, engineVersion: "test", manifest: {}, inputHash: "0" })
    .returning({ id: simulationRuns.id });
  if (!log || !actual || !run) throw new Error("fixtures not created");
  const deck = await insertPriceDeck(db, organisation.id);
  const ids = { project: demo.projectId, scenario: demo.baseScenarioId, equipment: unit.id, maintenanceLog: log.id, consumptionActual: actual.id, simulationRun: run.id, priceDeck: deck.id };
  return { ids, organisationId: organisation.id, projectId: demo.projectId, scenarioId: demo.baseScenarioId };
}

const isOrganisationKind = (kind: OwnedKind): kind is OrganisationKind => (ORGANISATION_KINDS as readonly OwnedKind[]).includes(kind);

function memberOf(world: World, role: Role): CurrentUser {
  const membership = { organisationId: world.organisationId, organisationName: "Test", role };
  return { id: crypto.randomUUID(), email: "x@example.test", name: "X", memberships: [membership], activeOrganisation: { id: world.organisationId, name: "Test", role }, sessionId: crypto.randomUUID(), apiTokenId: null, numberFormat: null };
}

beforeAll(async () => {
  home = await createWorld();
  other = await createWorld();
});

describe.each(OWNED_KINDS)("the owner of a %s", (kind) => {
  it("is found in the caller's organisation, with its project (and scenario below a scenario)", async () => {
    const owner = await findOwner(await getDb(), { kind, id: home.ids[kind], organisationIds: [home.organisationId] });
    expect(owner?.organisationId).toBe(home.organisationId);
    if (isOrganisationKind(kind)) return expect(owner).toEqual({ organisationId: home.organisationId });
    expect(owner && "projectId" in owner && owner.projectId).toBe(home.projectId);
    if (kind !== "project") expect(owner && "scenarioId" in owner && owner.scenarioId).toBe(home.scenarioId);
  });

  it("is not found, in SQL alone, for another organisation's record, a missing id or a malformed id", async () => {
    const db = await getDb();
    expect(await findOwner(db, { kind, id: other.ids[kind], organisationIds: [home.organisationId] })).toBeUndefined();
    expect(await findOwner(db, { kind, id: crypto.randomUUID(), organisationIds: [home.organisationId] })).toBeUndefined();
    expect(await findOwner(db, { kind, id: "not-a-uuid", organisationIds: [home.organisationId] })).toBeUndefined();
  });

  it.each([false, true])("is a 404 for an outsider, cold and once remembered (memo %s)", async (isRemembered) => {
    const outsider = memberOf(home, "admin");
    // The owner's own member reads it first, so a remembered owner exists when the outsider asks.
    await findOwned(memberOf(other, "viewer"), kind, other.ids[kind], { isRemembered });
    await expect(findOwned(outsider, kind, other.ids[kind], { isRemembered })).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
  });

  it("is a 403 for a member below the role, and passes at the role", async () => {
    await expect(loadOwned(memberOf(home, "viewer"), kind, home.ids[kind], "analyst")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const owned = await loadOwned(memberOf(home, "analyst"), kind, home.ids[kind], "analyst");
    expect(owned.membership.role).toBe("analyst");
  });
});
