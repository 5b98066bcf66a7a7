import { count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog, capexItems, parameterCorrelations, processParameters, productionOutputs, projects, scenarioRowRemovals, scenarios, type NewScenario } from "@/db/schema";
import { ROLES, type Role } from "@/lib/domain/roles";
import { seedDemoProject } from "@/db/seed-demo-project";
import { BASE_SCENARIO } from "@/db/seed-data/quebrada-azul";
import { sessionCookieFor } from "./api";
import { apiTokenFor, bearer } from "./bearer";
import { createTestOrganisation, createTestUser } from "./db";

// Fixtures for the projects and scenarios API tests: one organisation with a user per role, an outsider (a
// project manager of ANOTHER organisation), the demo project, and helpers to check nothing was written.

export const CALLERS = ["anonymous", ...ROLES, "outsider"] as const;
export type Caller = (typeof CALLERS)[number];

export type ApiWorld = {
  organisationId: string;
  otherOrganisationId: string;
  userIds: Record<Role, string> & { outsider: string };
  cookies: Record<Caller, string | undefined>;
  /** Each caller's API token (role = their membership's) as request headers; anonymous sends none. */
  bearers: Record<Caller, Record<string, string> | undefined>;
};

export async function createApiWorld(db: Db): Promise<ApiWorld> {
  const org = await createTestOrganisation(db);
  const other = await createTestOrganisation(db, "Other Org");
  const userIds = {} as ApiWorld["userIds"];
  const cookies = { anonymous: undefined } as ApiWorld["cookies"];
  const bearers = { anonymous: undefined } as ApiWorld["bearers"];
  for (const role of ROLES) {
    const user = await createTestUser(db, { organisationId: org.id, role });
    userIds[role] = user.id;
    cookies[role] = await sessionCookieFor(user.id);
    bearers[role] = bearer(await apiTokenFor(db, user.id, org.id, { role }));
  }
  const outsider = await createTestUser(db, { organisationId: other.id, role: "project_manager" });
  userIds.outsider = outsider.id;
  cookies.outsider = await sessionCookieFor(outsider.id);
  bearers.outsider = bearer(await apiTokenFor(db, outsider.id, other.id, { role: "project_manager" }));
  return { organisationId: org.id, otherOrganisationId: other.id, userIds, cookies, bearers };
}

/**
 * What each caller must get from a route of the organisation's resource with the given access: anonymous 401,
 * a member below the role 403, the outsider 404 (never learns it exists), everyone else `success`.
 */
export function expectedStatuses(access: Role, success: number, outsider = 404): Record<Caller, number> {
  const rank = (role: Role) => ROLES.indexOf(role);
  const byRole = Object.fromEntries(ROLES.map((role) => [role, rank(role) >= rank(access) ? success : 403]));
  return { anonymous: 401, ...byRole, outsider } as Record<Caller, number>;
}

/** The demo project (base case and its child) in the organisation, renamed so a test may seed it again. */
export async function seedDemo(db: Db, organisationId: string) {
  const ids = await seedDemoProject(db, organisationId);
  await db.update(projects).set({ name: uniqueName("Quebrada Azul") }).where(eq(projects.id, ids.projectId));
  return ids;
}

const { name: _n, description: _d, status: _s, isBaseCase: _b, ...ROOT_SETTINGS_VALUES } = BASE_SCENARIO;
/** Complete settings of a root scenario (the demo base case's). */
export const ROOT_SETTINGS = ROOT_SETTINGS_VALUES;

let counter = 0;
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix} ${counter}-${Math.random().toString(36).slice(2, 7)}`;
}

export async function insertProject(db: Db, organisationId: string, values: Partial<typeof projects.$inferInsert> = {}) {
  const [project] = await db
    .insert(projects)
    .values({ organisationId, name: uniqueName("Project"), operationType: "open_pit", primaryCommodity: "copper", currency: "USD", defaultDiscountRatePct: 8, ...values })
    .returning();
  if (!project) throw new Error("project not created");
  return project;
}

/** A scenario row: a complete root unless parentScenarioId is given. */
export async function insertScenario(db: Db, values: Omit<NewScenario, "name"> & { name?: string }) {
  const isRoot = !values.parentScenarioId;
  const [scenario] = await db
    .insert(scenarios)
    .values({ name: uniqueName("Scenario"), ...(isRoot ? ROOT_SETTINGS : {}), ...values })
    .returning();
  if (!scenario) throw new Error("scenario not created");
  return scenario;
}

/**
 * Row counts of the tables a failed request must not touch, for one organisation (test files share a real
 * PostgreSQL database and run in parallel, so global counts would move under a test).
 */
export async function countWrites(db: Db, organisationId: string) {
  const projectIds = db.select({ id: projects.id }).from(projects).where(eq(projects.organisationId, organisationId));
  const scenarioIds = db.select({ id: scenarios.id }).from(scenarios).where(inArray(scenarios.projectId, projectIds));
  const rowTables = [capexItems, productionOutputs, processParameters, parameterCorrelations, scenarioRowRemovals] as const;
  const first = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  return Promise.all([
    first(db.select({ n: count() }).from(projects).where(eq(projects.organisationId, organisationId))),
    first(db.select({ n: count() }).from(scenarios).where(inArray(scenarios.projectId, projectIds))),
    ...rowTables.map((table) => first(db.select({ n: count() }).from(table).where(inArray(table.scenarioId, scenarioIds)))),
    first(db.select({ n: count() }).from(auditLog).where(eq(auditLog.organisationId, organisationId))),
  ]);
}
