import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { projects, scenarios, type NewProject, type Project } from "../schema";
import { type OperationType } from "@/lib/domain/projects";
import { isUuid } from "./ids";

// Projects, always read through the caller's organisation: a project of another organisation is
// indistinguishable from one that does not exist (undefined → 404, never 403). SQL only: the rules, the
// transaction and the audit rows are lib/projects'.

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

const detailColumns = {
  ...summaryColumns,
  description: projects.description,
  defaultDiscountRatePct: projects.defaultDiscountRatePct,
  version: projects.version,
  createdBy: projects.createdBy,
  createdAt: projects.createdAt,
};

/** A stored row as a ProjectDetail, keys in detailColumns' order (the API's JSON keeps that order). */
export function toProjectDetail(row: Project, scenarioCount: number): ProjectDetail {
  const { id, name, location, operationType, primaryCommodity, currency, updatedAt } = row;
  const { description, defaultDiscountRatePct, version, createdBy, createdAt } = row;
  return { id, name, location, operationType, primaryCommodity, currency, updatedAt, scenarioCount, description, defaultDiscountRatePct, version, createdBy, createdAt };
}

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
    .select(detailColumns)
    .from(projects)
    .leftJoin(scenarios, eq(scenarios.projectId, projects.id))
    .where(and(eq(projects.organisationId, organisationId), eq(projects.id, projectId)))
    .groupBy(projects.id);
  return project;
}

/** The stored project row (no scenario count), or undefined as getProject. */
export async function findProjectRow(
  db: DbOrTx,
  { organisationId, projectId }: { organisationId: string; projectId: string },
): Promise<Project | undefined> {
  if (!isUuid(projectId)) return undefined;
  const [row] = await db.select().from(projects).where(and(eq(projects.id, projectId), eq(projects.organisationId, organisationId)));
  return row;
}

/** How many scenarios (every level of the tree) the project has. */
export async function countProjectScenarios(db: DbOrTx, { projectId }: { projectId: string }): Promise<number> {
  const [row] = await db.select({ n: count() }).from(scenarios).where(eq(scenarios.projectId, projectId));
  return row?.n ?? 0;
}

export type ProjectSortKey = "name" | "updatedAt" | "createdAt";
export type ProjectListQuery = { page: number; pageSize: number; q?: string; sort: ProjectSortKey; order: "asc" | "desc" };
export type ProjectPage = { items: ProjectDetail[]; page: number; pageSize: number; total: number };

const SORT_COLUMNS = { name: projects.name, updatedAt: projects.updatedAt, createdAt: projects.createdAt } as const;

/** `%` and `_` in a search are literal characters, not wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One page of the organisation's projects: searched (name, location, commodity), sorted, with the total. */
export async function listProjectsPage(
  db: DbOrTx,
  { organisationId, query }: { organisationId: string; query: ProjectListQuery },
): Promise<ProjectPage> {
  const pattern = query.q ? containsPattern(query.q) : undefined;
  const where: SQL | undefined = and(
    eq(projects.organisationId, organisationId),
    pattern ? or(ilike(projects.name, pattern), ilike(projects.location, pattern), ilike(projects.primaryCommodity, pattern)) : undefined,
  );
  const direction = query.order === "desc" ? desc : asc;
  const [items, [totals]] = await Promise.all([
    db
      .select(detailColumns)
      .from(projects)
      .leftJoin(scenarios, eq(scenarios.projectId, projects.id))
      .where(where)
      .groupBy(projects.id)
      .orderBy(direction(SORT_COLUMNS[query.sort]), direction(projects.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(projects).where(where),
  ]);
  return { items, page: query.page, pageSize: query.pageSize, total: totals?.total ?? 0 };
}

/** Inserts a project; the unique (organisation, name) constraint is projects_organisation_id_name_unique. */
export async function insertProject(db: DbOrTx, { values }: { values: NewProject }): Promise<Project> {
  const [created] = await db.insert(projects).values(values).returning();
  if (!created) throw new Error("project not created");
  return created;
}

export type ProjectChanges = Partial<Pick<NewProject, "name" | "location" | "operationType" | "primaryCommodity" | "currency" | "defaultDiscountRatePct" | "description">>;

/**
 * Applies `changes` to the project when it is still at `version` (version + 1).
 * @returns the updated row, or undefined when the version moved on (or the project is gone)
 */
export async function updateProjectRow(
  db: DbOrTx,
  { organisationId, projectId, version, changes }: { organisationId: string; projectId: string; version: number; changes: ProjectChanges },
): Promise<Project | undefined> {
  const [updated] = await db
    .update(projects)
    .set({ ...changes, version: sql`${projects.version} + 1` })
    .where(and(eq(projects.id, projectId), eq(projects.organisationId, organisationId), eq(projects.version, version)))
    .returning();
  return updated;
}

/** Deletes a project; its scenarios and their inputs go with it (ON DELETE CASCADE). */
export async function deleteProjectRow(db: DbOrTx, { organisationId, projectId }: { organisationId: string; projectId: string }): Promise<void> {
  await db.delete(projects).where(and(eq(projects.id, projectId), eq(projects.organisationId, organisationId)));
}
