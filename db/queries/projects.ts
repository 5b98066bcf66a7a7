import { and, asc, count, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { projects, scenarios, type OperationType } from "../schema";
import { isUuid } from "./ids";

// Projects, always read through the caller's organisation: a project of another organisation is
// indistinguishable from one that does not exist (undefined → 404, never 403).

export type ProjectSummary = {
  id: string;
  name: string;
  location: string | null;
  operationType: OperationType;
  primaryCommodity: string;
  currency: string;
  updatedAt: Date;
  scenarioCount: number;
};

export type ProjectDetail = ProjectSummary & {
  description: string | null;
  defaultDiscountRatePct: number;
  /** For optimistic concurrency: send it back with an update. */
  version: number;
  createdBy: string | null;
  createdAt: Date;
};

const summaryColumns = {
  id: projects.id,
  name: projects.name,
  location: projects.location,
  operationType: projects.operationType,
  primaryCommodity: projects.primaryCommodity,
  currency: projects.currency,
  updatedAt: projects.updatedAt,
  scenarioCount: count(scenarios.id),
};

/** The organisation's projects, by name, with how many scenarios each has. */
export async function listProjects(
  db: DbOrTx,
  { organisationId }: { organisationId: string },
): Promise<ProjectSummary[]> {
  return db
    .select(summaryColumns)
    .from(projects)
    .leftJoin(scenarios, eq(scenarios.projectId, projects.id))
    .where(eq(projects.organisationId, organisationId))
    .groupBy(projects.id)
    .orderBy(asc(projects.name), asc(projects.id));
}

/** One project of the organisation, or undefined when it does not exist or belongs to another organisation. */
export async function getProject(
  db: DbOrTx,
  { organisationId, projectId }: { organisationId: string; projectId: string },
): Promise<ProjectDetail | undefined> {
  // A malformed id names no project; answering here spares a uuid cast error (a 500) from PostgreSQL.
  if (!isUuid(projectId)) return undefined;
  const [project] = await db
    .select({
      ...summaryColumns,
      description: projects.description,
      defaultDiscountRatePct: projects.defaultDiscountRatePct,
      version: projects.version,
      createdBy: projects.createdBy,
      createdAt: projects.createdAt,
    })
    .from(projects)
    .leftJoin(scenarios, eq(scenarios.projectId, projects.id))
    .where(and(eq(projects.organisationId, organisationId), eq(projects.id, projectId)))
    .groupBy(projects.id);
  return project;
}
