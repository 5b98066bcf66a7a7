import { getDb } from "@/db";
import { getEffectiveRows } from "@/db/queries/rows/row-state";
import type { ScenarioRowEntity } from "@/lib/domain/row-kinds";
import { notFound } from "@/lib/errors";
import type { RowListQuery } from "@/lib/validation/rows";
import { toApiRow, type ApiRow } from "./effective-rows";
import { ROW_KINDS, type RowKind } from "./kinds";

// Reading a scenario's effective rows of one kind, after the access guard (lib/access) named its organisation.

/** A scenario the caller reached: its organisation (the owner) and id. */
export type RowScope = { organisationId: string; scenarioId: string };

export type RowPage = { data: ApiRow[]; page: number; pageSize: number; total: number };

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b));
}

/**
 * Filters, sorts and pages effective rows. Resolution needs the whole chain's rows in memory anyway (a scenario
 * has hundreds of rows, not millions), so this runs after it; ties keep the resolver's order (stable sort).
 */
export function pageRows(rows: readonly ApiRow[], kind: RowKind, query: RowListQuery): RowPage {
  const sign = query.order === "desc" ? -1 : 1;
  const sorted = rows
    .filter((row) => (!query.origin || row.origin === query.origin) && kind.matches(row, query))
    .sort((a, b) => sign * compareValues((a as Record<string, unknown>)[query.sort], (b as Record<string, unknown>)[query.sort]));
  const start = (query.page - 1) * query.pageSize;
  return { data: sorted.slice(start, start + query.pageSize), page: query.page, pageSize: query.pageSize, total: sorted.length };
}

async function effectiveRowsOf(scope: RowScope, entity: ScenarioRowEntity) {
  const effective = await getEffectiveRows(await getDb(), { ...scope, entity });
  return effective && { rows: effective.rows.map(toApiRow), scenarioVersion: effective.scenarioVersion };
}

/**
 * One page of the scenario's effective rows of a kind, with the scenario's version.
 * @throws AppError NOT_FOUND when the scenario is gone
 */
export async function listRows(
  scope: RowScope,
  { entity, query }: { entity: ScenarioRowEntity; query: RowListQuery },
): Promise<RowPage & { scenarioVersion: number }> {
  const effective = await effectiveRowsOf(scope, entity);
  if (!effective) throw notFound("Scenario");
  return { ...pageRows(effective.rows, ROW_KINDS[entity], query), scenarioVersion: effective.scenarioVersion };
}

/**
 * The scenario's effective row of a lineage, with the scenario's version.
 * @throws AppError NOT_FOUND naming the kind ("Capex item not found") when the scenario or the row is missing
 */
export async function getRow(
  scope: RowScope,
  { entity, lineageId }: { entity: ScenarioRowEntity; lineageId: string },
): Promise<{ row: ApiRow; scenarioVersion: number }> {
  const effective = await effectiveRowsOf(scope, entity);
  const row = effective?.rows.find((candidate) => candidate.lineageId === lineageId);
  if (!effective || !row) throw notFound(capitalised(ROW_KINDS[entity].label));
  return { row, scenarioVersion: effective.scenarioVersion };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
