import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { insertInvitation } from "@/db/queries/invitations";
import { equipment, maintenanceLogs, scenarioProducts, scenarios } from "@/db/schema";
import { apiTokens } from "@/db/schema/credentials";
import { startSession } from "@/lib/auth/sessions";
import type { Role } from "@/lib/domain/roles";
import { SCENARIO_ROW_ENTITIES, ROW_KIND_VOCABULARY } from "@/lib/domain/row-kinds";
import { rowTableOf } from "@/db/queries/rows/tables";
import * as runRoute from "@/app/api/simulations/run/route";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { apiTokenFor, bearer } from "@/tests/support/bearer";
import { createTestOrganisation, createTestUser } from "@/tests/support/db";
import { insertPriceDeck } from "@/tests/support/price-decks";
import { seedDemo } from "@/tests/support/scenario-api";
import { callerOrgs, type Caller, type IdKind, type IdPools } from "./id-pools";

// The world the fuzzer attacks: two organisations, each with the demo project (a base case and a child with rows of
// every kind, equipment with maintenance logs), a finished simulation run, an invitation, and spare members,
// sessions and tokens to be deleted. The callers' own sessions and tokens are never in the id pools, so the
// fuzzer cannot sign its own callers out (a route that ends the caller's sessions gets a fresh cookie after it).

const MAIN_ROLES: readonly Role[] = ["admin", "project_manager", "analyst", "viewer"];

export type Credentials = { cookie?: string; bearer?: Record<string, string> };

export type FuzzWorld = {
  db: Db;
  pools: IdPools;
  userIds: Partial<Record<Caller, string>>;
  credentials: Record<Caller, Credentials>;
};

type OrgSeed = { organisationId: string; ids: Map<IdKind, string[]> };

async function seedOrganisation(db: Db, name: string): Promise<OrgSeed & { projectScenarioIds: string[] }> {
  const org = await createTestOrganisation(db, name);
  const demo = await seedDemo(db, org.id);
  const scenarioIds = [demo.baseScenarioId, demo.childScenarioId];
  // The demo has no co- or by-products (yet): one, so the products routes get real lineage ids too.
  await db.insert(scenarioProducts).values({
    scenarioId: demo.baseScenarioId,
    name: "Fuzz gold",
    role: "by_product",
    gradeUnit: "g_per_t",
    priceUnit: "oz",
    price: 2000,
    headGrade: 0.2,
    recoveryPct: 65,
    payablePct: 92,
  });
  const ids = new Map<IdKind, string[]>([
    ["organisation", [org.id]],
    ["project", [demo.projectId]],
    ["scenario", scenarioIds],
  ]);
  for (const entity of SCENARIO_ROW_ENTITIES) {
    const table = rowTableOf(entity);
    const rows = await db.select({ lineageId: table.lineageId }).from(table).where(inArray(table.scenarioId, scenarioIds)).limit(4);
    ids.set(`lineage:${ROW_KIND_VOCABULARY[entity].segment}`, [...new Set(rows.map((row) => row.lineageId))]);
  }
  const machines = await db.select({ id: equipment.id }).from(equipment).where(inArray(equipment.scenarioId, scenarioIds)).limit(3);
  ids.set("equipment", machines.map((row) => row.id));
  const machineIds = machines.map((row) => row.id);
  const logs = machineIds.length === 0 ? [] : await db.select({ id: maintenanceLogs.id }).from(maintenanceLogs).where(inArray(maintenanceLogs.equipmentId, machineIds)).limit(3);
  ids.set("maintenanceLog", logs.map((row) => row.id));
  // Two decks: one a scenario uses (its deletion is refused) and one free to be deleted.
  const decks = [await insertPriceDeck(db, org.id), await insertPriceDeck(db, org.id)];
  await db.update(scenarios).set({ priceDeckId: decks[0]?.id }).where(eq(scenarios.id, demo.childScenarioId));
  ids.set("priceDeck", decks.map((deck) => deck.id));
  return { organisationId: org.id, ids, projectScenarioIds: scenarioIds };
}

function add(seed: OrgSeed, kind: IdKind, id: string): void {
  seed.ids.set(kind, [...(seed.ids.get(kind) ?? []), id]);
}

/** A member that exists to be changed or removed, with a spare session, token and pending invitation. */
async function addSpareRecords(db: Db, seed: OrgSeed, invitedBy: string): Promise<void> {
  const victim = await createTestUser(db, { organisationId: seed.organisationId, role: "viewer" });
  add(seed, "user", victim.id);
  for (const userId of [victim.id, invitedBy]) {
    add(seed, "session", await startSession(db, { userId, userAgent: "fuzz", clientAddress: "127.0.0.1" }));
  }
  const spareToken = await apiTokenFor(db, invitedBy, seed.organisationId, { role: "viewer" });
  const [token] = await db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.tokenPrefix, spareToken.slice(0, 12)));
  if (token) add(seed, "token", token.id);
  const invitation = await insertInvitation(db, {
    organisationId: seed.organisationId,
    email: `invited-${victim.id}@example.test`,
    role: "analyst",
    tokenHash: `fuzz-${victim.id}`,
    invitedBy,
    expiresAt: new Date(Date.now() + 7 * 86_400_000),
  });
  add(seed, "invitation", invitation.id);
}

/** A session cookie and an API token of a member, in their organisation. */
async function credentialsOf(db: Db, userId: string, organisationId: string, role: Role): Promise<Credentials> {
  return { cookie: await sessionCookieFor(userId, organisationId), bearer: bearer(await apiTokenFor(db, userId, organisationId, { role })) };
}

export async function createFuzzWorld(db: Db): Promise<FuzzWorld> {
  const main = await seedOrganisation(db, "Fuzz Main");
  const other = await seedOrganisation(db, "Fuzz Other");
  const userIds: FuzzWorld["userIds"] = {};
  const credentials = { anonymous: {} } as Record<Caller, Credentials>;
  for (const role of MAIN_ROLES) {
    const user = await createTestUser(db, { organisationId: main.organisationId, role });
    userIds[role] = user.id;
    credentials[role] = await credentialsOf(db, user.id, main.organisationId, role);
  }
  // The member of another organisation is its admin: every refusal it meets comes from ownership, not its role.
  const outsider = await createTestUser(db, { organisationId: other.organisationId, role: "admin" });
  userIds.outsider = outsider.id;
  credentials.outsider = await credentialsOf(db, outsider.id, other.organisationId, "admin");
  const mainAdmin = userIds.admin ?? "";
  await addSpareRecords(db, main, mainAdmin);
  await addSpareRecords(db, other, outsider.id);
  // An admin's own id: the member routes must refuse self-demotion and self-removal with a 4xx.
  add(main, "user", mainAdmin);
  await seedRuns(db, { main, other }, credentials);
  return { db, userIds, credentials, pools: { main: main.ids, other: other.ids } };
}

/** One small finished run per organisation (50 iterations: cheap, and enough for every result route). */
async function seedRuns(db: Db, seeds: { main: OrgSeed; other: OrgSeed }, credentials: Record<Caller, Credentials>): Promise<void> {
  for (const [seed, caller] of [[seeds.main, "admin"], [seeds.other, "outsider"]] as const) {
    const [scenario] = await db.select({ id: scenarios.id }).from(scenarios).where(inArray(scenarios.id, seed.ids.get("scenario") ?? [])).limit(1);
    if (!scenario) throw new Error("no scenario to run");
    const response = await callRoute(runRoute.POST, "POST", "/api/simulations/run", {
      cookie: credentials[caller].cookie,
      body: { scenarioId: scenario.id, iterations: 50, seed: 7, keepSamples: true },
    });
    const runId = (response.body as { run?: { id?: string } }).run?.id;
    if (response.status !== 201 || !runId) throw new Error(`seed run: ${response.status} ${JSON.stringify(response.body)}`);
    add(seed, "run", runId);
  }
}

/** A fresh session cookie for a caller whose sessions a route just ended. */
export async function renewSession(world: FuzzWorld, caller: Caller): Promise<void> {
  const userId = world.userIds[caller];
  if (!userId) return;
  const [organisationId] = world.pools[callerOrgs(caller).home].get("organisation") ?? [];
  world.credentials[caller] = { ...world.credentials[caller], cookie: await sessionCookieFor(userId, organisationId) };
}
