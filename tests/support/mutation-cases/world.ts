import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { scenarios } from "@/db/schema";
import { seedDemoProject, type DemoProjectIds } from "@/db/seed-demo-project";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { createTestOrganisation, createTestUser } from "@/tests/support/db";

// What every freshness case shares: the world it writes in, and how it calls a route.

export const DASHBOARDS = ["overview", "project", "operations"] as const;
export type DashboardName = (typeof DASHBOARDS)[number];

/** One organisation with the demo project and an admin; the operations dashboard watched is the base case's. */
export type MutationWorld = { db: Db; organisationId: string; demo: DemoProjectIds; cookie: string };

export type RouteAnswer = { status: number; body: unknown };

/** A prepared write, and the checks of what else must be fresh after it (besides the three dashboards). */
export type Act = { write: () => Promise<RouteAnswer>; verify?: (answer: RouteAnswer) => Promise<void> };

export type MutationCase = {
  /** The dashboards whose content the write changes; the others must merely still equal the database. */
  changes: readonly DashboardName[];
  arrange: (world: MutationWorld) => Promise<Act>;
};

export async function createMutationWorld(db: Db): Promise<MutationWorld> {
  const org = await createTestOrganisation(db);
  const demo = await seedDemoProject(db, org.id);
  const admin = await createTestUser(db, { organisationId: org.id, role: "admin" });
  return { db, organisationId: org.id, demo, cookie: await sessionCookieFor(admin.id) };
}

export type Handler = Parameters<typeof callRoute>[0];
export type Params = Record<string, string>;

export function call(world: MutationWorld, handler: Handler, method: string, params: Params, body?: unknown, url = "/x"): Promise<RouteAnswer> {
  return callRoute(handler, method, url, { cookie: world.cookie, params, body });
}

/** The base case's version, which every write to it must send (optimistic concurrency). */
export async function scenarioVersion(world: MutationWorld): Promise<number> {
  const [row] = await world.db.select({ version: scenarios.version }).from(scenarios).where(eq(scenarios.id, world.demo.baseScenarioId));
  return row?.version ?? 0;
}

export function dataOf<T = Record<string, unknown>>(answer: RouteAnswer): T {
  return (answer.body as { data: T }).data;
}
