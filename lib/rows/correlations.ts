import { getDb, type DbOrTx } from "@/db";
import { mapWriteErrors } from "@/db/queries/rows/database-errors";
import {
  deleteCorrelation,
  insertCorrelation,
  listEffectiveParameterIds,
  listInheritedCorrelations,
  listOwnCorrelations,
  updateCorrelationCoefficient,
} from "@/db/queries/rows/correlations";
import { getScenarioChain, resolveCorrelations, type ScenarioChain } from "@/db/queries/scenario-inheritance";
import { bumpScenarioVersion } from "@/db/queries/scenario-version";
import type { ParameterCorrelation } from "@/db/schema";
import { AppError, notFound, type FieldErrors } from "@/lib/errors";
import { write, type Write } from "@/lib/writes";
import { checkMatrix, type CorrelationCheck, type CorrelationPair } from "./correlation-check";
import type { RowScope } from "./list-rows";
import type { RowActor } from "./row-writes";

// Rank correlations between a scenario's parameters, as pairs of parameter LINEAGE ids. A child stores only the
// pairs whose coefficient differs from its parent's; a pair set to 0 where the parent has one switches it off.

export type ApiCorrelation = ParameterCorrelation & { origin: "own" | "inherited" | "overridden" };
export type CorrelationsView = { pairs: ApiCorrelation[]; check: CorrelationCheck; scenarioVersion: number };

function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

async function requireChain(db: DbOrTx, scope: RowScope): Promise<ScenarioChain> {
  const chain = await getScenarioChain(db, scope);
  if (!chain) throw notFound("Scenario");
  return chain;
}

/** The effective non-zero pairs of the chain's scenario, with the engine's check of their matrix. */
async function viewOf(db: DbOrTx, chain: ScenarioChain, scenarioVersion: number): Promise<CorrelationsView> {
  const parameterLineageIds = await listEffectiveParameterIds(db, { chain });
  const entries = await resolveCorrelations(db, { chain, parameterLineageIds });
  const pairs = entries.filter((entry) => entry.row.coefficient !== 0).map((entry) => ({ ...entry.row, origin: entry.origin }));
  return { pairs, check: checkMatrix(pairs), scenarioVersion };
}

/**
 * The scenario's effective correlations (pairs of 0 left out) and the check of their matrix.
 * @throws AppError NOT_FOUND when the scenario is gone
 */
export async function readCorrelations(scope: RowScope): Promise<CorrelationsView> {
  const db = await getDb();
  const chain = await requireChain(db, scope);
  return viewOf(db, chain, chain.scenario.version);
}

/** 400 when a pair names a parameter the scenario does not have. */
function checkParametersExist(pairs: readonly CorrelationPair[], parameterIds: ReadonlySet<string>): void {
  const fieldErrors: FieldErrors = {};
  pairs.forEach((pair, index) => {
    for (const field of ["parameterALineageId", "parameterBLineageId"] as const) {
      if (!parameterIds.has(pair[field])) fieldErrors[`pairs.${index}.${field}`] = ["No such parameter in this scenario"];
    }
  });
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION_FAILED", "The correlations are not valid", { fieldErrors });
}

/**
 * Makes the scenario's correlation matrix equal `pairs` (pairs left out are 0), storing only differences from
 * the parent's, in one audited write.
 * @throws AppError NOT_FOUND, VALIDATION_FAILED (400), STALE_UPDATE (409)
 */
export async function replaceCorrelations(
  actor: RowActor,
  { expectedVersion, pairs }: { expectedVersion: number; pairs: readonly CorrelationPair[] },
): Promise<CorrelationsView> {
  const { organisationId, userId, projectId, scenarioId } = actor;
  return mapWriteErrors(() =>
    write({ organisationId, userId, projectId }, async (w) => {
      const scenarioVersion = await bumpScenarioVersion(w.tx, scenarioId, { expectedVersion });
      const chain = await requireChain(w.tx, { organisationId, scenarioId });
      const parameterLineageIds = await listEffectiveParameterIds(w.tx, { chain });
      checkParametersExist(pairs, parameterLineageIds);
      const inheritedPairs = await listInheritedCorrelations(w.tx, { chain, parameterLineageIds });
      const inherited = new Map(inheritedPairs.map(({ row }) => [pairKey(row.parameterALineageId, row.parameterBLineageId), row.coefficient]));
      const desired = new Map(pairs.map((p) => [pairKey(p.parameterALineageId, p.parameterBLineageId), p.coefficient]));
      for (const key of inherited.keys()) if (!desired.has(key)) desired.set(key, 0);
      await storeDifferences(w, { scenarioId, inherited, desired });
      return viewOf(w.tx, chain, scenarioVersion);
    }),
  );
}

/** Own pairs equal to the inherited value go; pairs that differ are inserted or updated. */
async function storeDifferences(
  w: Write,
  { scenarioId, inherited, desired }: { scenarioId: string; inherited: Map<string, number>; desired: Map<string, number> },
): Promise<void> {
  const own = await listOwnCorrelations(w.tx, { scenarioId });
  const ownByKey = new Map(own.map((row) => [pairKey(row.parameterALineageId, row.parameterBLineageId), row]));
  for (const row of own) {
    const key = pairKey(row.parameterALineageId, row.parameterBLineageId);
    if ((desired.get(key) ?? 0) !== (inherited.get(key) ?? 0)) continue;
    await deleteCorrelation(w.tx, { correlationId: row.id });
    await w.audit({ action: "delete", entityType: "parameter_correlation", entityId: row.id, before: row });
  }
  for (const [key, coefficient] of desired) {
    if (coefficient === (inherited.get(key) ?? 0)) continue;
    await upsertPair(w, { scenarioId, key, coefficient, existing: ownByKey.get(key) });
  }
}

async function upsertPair(
  w: Write,
  { scenarioId, key, coefficient, existing }: { scenarioId: string; key: string; coefficient: number; existing?: ParameterCorrelation },
): Promise<void> {
  if (existing && existing.coefficient === coefficient) return;
  if (existing) {
    const row = await updateCorrelationCoefficient(w.tx, { scenarioId, correlationId: existing.id, coefficient });
    await w.audit({ action: "update", entityType: "parameter_correlation", entityId: existing.id, before: existing, after: row });
    return;
  }
  const [parameterALineageId = "", parameterBLineageId = ""] = key.split(":");
  const row = await insertCorrelation(w.tx, { scenarioId, parameterALineageId, parameterBLineageId, coefficient });
  await w.audit({ action: "create", entityType: "parameter_correlation", entityId: row?.id ?? null, after: row });
}
