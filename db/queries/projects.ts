import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { CreateProjectInput, ListProjectsQuery, UpdateProjectInput } from "@/lib/validation/project";
import type { Db, DbOrTx } from "../client";
import { projects, scenarios, type Project } from "../schema";
import { type OperationType } from "@/lib/domain/projects";
import { recordAudit } from "./audit";
import { isUuid } from "./ids";
import { isUniqueViolation } from "./pg-errors";

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

const detailColumns = {
  ...summaryColumns,
  description: projects.description,
  defaultDiscountRatePct: projects.defaultDiscountRatePct,
  version: projects.version,
  createdBy: projects.createdBy,
  createdAt: projects.createdAt,
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
    .select(detailColumns)
    .from(projects)
    .leftJoin(scenarios, eq(scenarios.projectId, projects.id))
    .where(and(eq(projects.organisationId, organisationId), eq(projects.id, projectId)))
    .groupBy(projects.id);
  return project;
}

/** Which of the caller's organisations owns the project; undefined when none does (→ 404). */
export async function findProjectOrganisation(
  db: DbOrTx,
  { organisationIds, projectId }: { organisationIds: readonly string[]; projectId: string },
): Promise<string | undefined> {
  if (!isUuid(projectId) || organisationIds.length === 0) return undefined;
  const [row] = await db
    .select({ organisationId: projects.organisationId })
    .from(projects)
    .where(and(eq(projects.id, projectId), inArray(projects.organisationId, [...organisationIds])));
  return row?.organisationId;
}

export type ProjectPage = { items: ProjectDetail[]; page: number; pageSize: number; total: number };

const SORT_COLUMNS = { name: projects.name, updatedAt: projects.updatedAt, createdAt: projects.createdAt } as const;

/** `%` and `_` in a search are literal characters, not wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One page of the organisation's projects: searched (name, location, commodity), sorted, with the total. */
export async function listProjectsPage(
  db: DbOrTx,
  { organisationId, query }: { organisationId: string; query: ListProjectsQuery },
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

type Actor = { organisationId: string; userId: string };

function projectNameTaken(name: string): AppError {
  return new AppError("PROJECT_NAME_TAKEN", `A project named "${name}" already exists`, {
    status: 409,
    fieldErrors: { name: ["is already used in this organisation"] },
  });
}

async function withProjectNameCheck<T>(name: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "projects_organisation_id_name_unique")) throw projectNameTaken(name ?? "");
    throw error;
  }
}

/** Creates a project in the actor's organisation, audited. @throws AppError PROJECT_NAME_TAKEN (409) */
export async function createProject(db: Db, { actor, input }: { actor: Actor; input: CreateProjectInput }): Promise<Project> {
  return withProjectNameCheck(input.name, () =>
    db.transaction(async (tx) => {
      const [created] = await tx
        .insert(projects)
        .values({ ...input, organisationId: actor.organisationId, createdBy: actor.userId })
        .returning();
      if (!created) throw new Error("project not created");
      await recordAudit(tx, { ...actor, action: "create", entityType: "project", entityId: created.id, after: created });
      return created;
    }),
  );
}

/**
 * Updates a project read at `input.version` (version + 1), audited.
 * @throws AppError STALE_UPDATE (409) when the version changed, PROJECT_NAME_TAKEN (409)
 */
export async function updateProject(
  db: Db,
  { actor, projectId, input }: { actor: Actor; projectId: string; input: UpdateProjectInput },
): Promise<void> {
  const { version, ...changes } = input;
  await withProjectNameCheck(input.name, () =>
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(projects).where(and(eq(projects.id, projectId), eq(projects.organisationId, actor.organisationId)));
      if (!before || before.version !== version) throw staleProject();
      const [updated] = await tx
        .update(projects)
        .set({ ...changes, version: sql`${projects.version} + 1` })
        .where(and(eq(projects.id, projectId), eq(projects.version, version)))
        .returning();
      if (!updated) throw staleProject();
      await recordAudit(tx, { ...actor, action: "update", entityType: "project", entityId: projectId, before, after: updated });
    }),
  );
}

function staleProject(): AppError {
  return new AppError("STALE_UPDATE", "The project was changed by someone else; reload it and try again");
}

/** Deletes a project with its scenarios and their inputs (ON DELETE CASCADE), audited with the scenario count. */
export async function deleteProject(db: Db, { actor, projectId }: { actor: Actor; projectId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(projects).where(and(eq(projects.id, projectId), eq(projects.organisationId, actor.organisationId)));
    if (!before) return;
    const [scenarioCount] = await tx.select({ n: count() }).from(scenarios).where(eq(scenarios.projectId, projectId));
    await tx.delete(projects).where(eq(projects.id, projectId));
    await recordAudit(tx, { ...actor, action: "delete", entityType: "project", entityId: projectId, before: { ...before, scenarioCount: scenarioCount?.n ?? 0 } });
  });
}
