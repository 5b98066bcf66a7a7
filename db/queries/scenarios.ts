import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { projects, scenarios, type Scenario } from "../schema";
import { type ScenarioStatus } from "@/lib/domain/scenarios";
import { isUuid } from "./ids";

// Scenario reads, scoped by organisation through the scenario's project. Writes: scenario-writes.ts,
// scenario-delete.ts; inheritance: scenario-inheritance.ts. SQL only: the rules are lib/scenarios'.

/** A scenario without its settings: what lists and headers show. */
export type ScenarioHeader = Pick<
  Scenario,
  | "id"
  | "projectId"
  | "parentScenarioId"
  | "name"
  | "description"
  | "status"
  | "isBaseCase"
  | "version"
  | "createdBy"
  | "createdAt"
  | "updatedAt"
>;

export const scenarioHeaderColumns = {
  id: scenarios.id,
  projectId: scenarios.projectId,
  parentScenarioId: scenarios.parentScenarioId,
  name: scenarios.name,
  description: scenarios.description,
  status: scenarios.status,
  isBaseCase: scenarios.isBaseCase,
  version: scenarios.version,
  createdBy: scenarios.createdBy,
  createdAt: scenarios.createdAt,
  updatedAt: scenarios.updatedAt,
};

export function toScenarioHeader(row: Scenario): ScenarioHeader {
  const { id, projectId, parentScenarioId, name, description, status, isBaseCase, version } = row;
  return { id, projectId, parentScenarioId, name, description, status, isBaseCase, version, createdBy: row.createdBy, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

/** One scenario of the organisation (full row), or undefined when it is missing or another organisation's. */
export async function getScenario(
  db: DbOrTx,
  { organisationId, scenarioId }: { organisationId: string; scenarioId: string },
): Promise<Scenario | undefined> {
  if (!isUuid(scenarioId)) return undefined;
  const [row] = await db
    .select({ scenario: scenarios })
    .from(scenarios)
    .innerJoin(projects, eq(projects.id, scenarios.projectId))
    .where(and(eq(scenarios.id, scenarioId), eq(projects.organisationId, organisationId)));
  return row?.scenario;
}

/** A scenario in a project's list: its header and how many direct children it has. */
export type ScenarioListItem = ScenarioHeader & { childCount: number };

/** A project's scenarios (every level of the tree; parentScenarioId links them), oldest first. */
export async function listScenarios(
  db: DbOrTx,
  { organisationId, projectId, status }: { organisationId: string; projectId: string; status?: ScenarioStatus },
): Promise<ScenarioListItem[]> {
  const rows = await db
    .select(scenarioHeaderColumns)
    .from(scenarios)
    .innerJoin(projects, eq(projects.id, scenarios.projectId))
    .where(
      and(
        eq(projects.organisationId, organisationId),
        eq(scenarios.projectId, projectId),
        status ? eq(scenarios.status, status) : undefined,
      ),
    )
    .orderBy(asc(scenarios.createdAt), asc(scenarios.id));
  const childCounts = await countChildren(db, rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, childCount: childCounts.get(row.id) ?? 0 }));
}

/** Number of direct children per scenario id. */
export async function countChildren(db: DbOrTx, scenarioIds: readonly string[]): Promise<Map<string, number>> {
  if (scenarioIds.length === 0) return new Map();
  const rows = await db
    .select({ parentId: scenarios.parentScenarioId, children: count() })
    .from(scenarios)
    .where(inArray(scenarios.parentScenarioId, [...scenarioIds]))
    .groupBy(scenarios.parentScenarioId);
  return new Map(rows.flatMap((row) => (row.parentId ? [[row.parentId, row.children] as const] : [])));
}

/** The direct children of a scenario, full rows. */
export async function getChildScenarios(db: DbOrTx, scenarioId: string): Promise<Scenario[]> {
  return db.select().from(scenarios).where(eq(scenarios.parentScenarioId, scenarioId)).orderBy(asc(scenarios.createdAt));
}
