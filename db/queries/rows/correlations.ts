import { and, eq } from "drizzle-orm";
import { isPositiveSemiDefinite, nearestCorrelation } from "@/lib/engine/sampling";
import { AppError, notFound, type FieldErrors } from "@/lib/errors";
import type { Db, DbOrTx } from "../../client";
import { parameterCorrelations, type ParameterCorrelation } from "../../schema";
import { recordAudit } from "../audit";
import {
  getScenarioChain,
  resolveCorrelations,
  resolveRows,
  type ScenarioChain,
} from "../scenario-inheritance";
import { bumpScenarioVersion } from "../scenario-version";
import { mapWriteErrors } from "./database-errors";

// Rank correlations between a scenario's parameters, as pairs of parameter LINEAGE ids. A child stores only the
// pairs whose coefficient differs from its parent's; a pair set to 0 where the parent has one switches it off.

export type CorrelationPair = {
  parameterALineageId: string;
  parameterBLineageId: string;
  coefficient: number;
};
export type ApiCorrelation = ParameterCorrelation & { origin: "own" | "inherited" | "overridden" };
/** The engine's positive semi-definiteness check; a non-PSD matrix is repaired (and reported) at run time. */
export type CorrelationCheck = {
  isPositiveSemiDefinite: boolean;
  repairs: { parameterALineageId: string; parameterBLineageId: string; from: number; to: number }[];
};
export type CorrelationsView = { pairs: ApiCorrelation[]; check: CorrelationCheck };

function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

async function effectiveParameterIds(db: DbOrTx, chain: ScenarioChain): Promise<Set<string>> {
  const rows = await resolveRows(db, { chain, entity: "parameter" });
  return new Set(rows.map((entry) => entry.row.lineageId));
}

/** The effective correlations of the chain's scenario, with the engine's PSD check of their matrix. */
export async function listCorrelations(
  db: DbOrTx,
  { chain }: { chain: ScenarioChain },
): Promise<CorrelationsView> {
  const parameterLineageIds = await effectiveParameterIds(db, chain);
  const entries = await resolveCorrelations(db, { chain, parameterLineageIds });
  const pairs = entries
    .filter((entry) => entry.row.coefficient !== 0)
    .map((entry) => ({ ...entry.row, origin: entry.origin }));
  return { pairs, check: checkMatrix(pairs) };
}

/** Builds the matrix over the parameters named by the pairs and reports what the engine's repair would change. */
export function checkMatrix(pairs: readonly CorrelationPair[]): CorrelationCheck {
  const ids = [...new Set(pairs.flatMap((p) => [p.parameterALineageId, p.parameterBLineageId]))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const matrix: number[][] = ids.map((_, i) => ids.map((__, j) => (i === j ? 1 : 0)));
  for (const pair of pairs) {
    const [i, j] = [index.get(pair.parameterALineageId) ?? 0, index.get(pair.parameterBLineageId) ?? 0];
    (matrix[i] ?? [])[j] = pair.coefficient;
    (matrix[j] ?? [])[i] = pair.coefficient;
  }
  if (ids.length === 0 || isPositiveSemiDefinite(matrix))
    return { isPositiveSemiDefinite: true, repairs: [] };
  const repaired = nearestCorrelation(matrix);
  const repairs = pairs
    .map((pair) => {
      const [i, j] = [index.get(pair.parameterALineageId) ?? 0, index.get(pair.parameterBLineageId) ?? 0];
      return {
        parameterALineageId: pair.parameterALineageId,
        parameterBLineageId: pair.parameterBLineageId,
        from: pair.coefficient,
        to: repaired[i]?.[j] ?? 0,
      };
    })
    .filter((repair) => Math.abs(repair.to - repair.from) > 1e-6);
  return { isPositiveSemiDefinite: false, repairs };
}

/** 400 when a pair names a parameter the scenario does not have. */
function checkParametersExist(pairs: readonly CorrelationPair[], parameterIds: ReadonlySet<string>): void {
  const fieldErrors: FieldErrors = {};
  pairs.forEach((pair, index) => {
    for (const field of ["parameterALineageId", "parameterBLineageId"] as const) {
      if (!parameterIds.has(pair[field]))
        fieldErrors[`pairs.${index}.${field}`] = ["No such parameter in this scenario"];
    }
  });
  if (Object.keys(fieldErrors).length > 0)
    throw new AppError("VALIDATION_FAILED", "The correlations are not valid", { fieldErrors });
}

type ReplaceCorrelationsInput = {
  organisationId: string;
  userId: string;
  scenarioId: string;
  expectedVersion: number;
  pairs: readonly CorrelationPair[];
};

/** Makes the scenario's correlation matrix equal `pairs` (pairs left out are 0), storing only differences. */
export async function replaceCorrelations(
  db: Db,
  { organisationId, userId, scenarioId, expectedVersion, pairs }: ReplaceCorrelationsInput,
): Promise<CorrelationsView & { scenarioVersion: number }> {
  return mapWriteErrors(() =>
    db.transaction(async (tx) => {
      const scenarioVersion = await bumpScenarioVersion(tx, scenarioId, { expectedVersion });
      const chain = await getScenarioChain(tx, { organisationId, scenarioId });
      if (!chain) throw notFound("Scenario");
      const parameterIds = await effectiveParameterIds(tx, chain);
      checkParametersExist(pairs, parameterIds);
      const parent =
        chain.scenarios.length > 1
          ? {
              ...chain,
              scenarios: chain.scenarios.slice(0, -1),
              scenario: chain.scenarios.at(-2) ?? chain.scenario,
            }
          : undefined;
      const inherited = new Map(
        (parent
          ? await resolveCorrelations(tx, { chain: parent, parameterLineageIds: parameterIds })
          : []
        ).map((entry) => [
          pairKey(entry.row.parameterALineageId, entry.row.parameterBLineageId),
          entry.row.coefficient,
        ]),
      );
      const desired = new Map(
        pairs.map((p) => [pairKey(p.parameterALineageId, p.parameterBLineageId), p.coefficient]),
      );
      for (const key of inherited.keys()) if (!desired.has(key)) desired.set(key, 0);
      const own = await tx
        .select()
        .from(parameterCorrelations)
        .where(eq(parameterCorrelations.scenarioId, scenarioId));
      const ownByKey = new Map(
        own.map((row) => [pairKey(row.parameterALineageId, row.parameterBLineageId), row]),
      );
      const actor = { organisationId, userId };
      for (const row of own) {
        const wanted = desired.get(pairKey(row.parameterALineageId, row.parameterBLineageId)) ?? 0;
        if (wanted === (inherited.get(pairKey(row.parameterALineageId, row.parameterBLineageId)) ?? 0))
          await deleteCorrelation(tx, actor, row);
      }
      for (const [key, coefficient] of desired) {
        if (coefficient === (inherited.get(key) ?? 0)) continue;
        await upsertCorrelation(tx, actor, { scenarioId, key, coefficient, existing: ownByKey.get(key) });
      }
      return { ...(await listCorrelations(tx, { chain })), scenarioVersion };
    }),
  );
}

type Actor = { organisationId: string; userId: string };

async function deleteCorrelation(tx: DbOrTx, actor: Actor, row: ParameterCorrelation): Promise<void> {
  await tx.delete(parameterCorrelations).where(eq(parameterCorrelations.id, row.id));
  await recordAudit(tx, {
    ...actor,
    action: "delete",
    entityType: "parameter_correlation",
    entityId: row.id,
    before: row,
  });
}

async function upsertCorrelation(
  tx: DbOrTx,
  actor: Actor,
  {
    scenarioId,
    key,
    coefficient,
    existing,
  }: { scenarioId: string; key: string; coefficient: number; existing?: ParameterCorrelation },
): Promise<void> {
  if (existing && existing.coefficient === coefficient) return;
  const [a = "", b = ""] = key.split(":");
  if (existing) {
    const [row] = await tx
      .update(parameterCorrelations)
      .set({ coefficient })
      .where(and(eq(parameterCorrelations.id, existing.id), eq(parameterCorrelations.scenarioId, scenarioId)))
      .returning();
    await recordAudit(tx, {
      ...actor,
      action: "update",
      entityType: "parameter_correlation",
      entityId: existing.id,
      before: existing,
      after: row,
    });
    return;
  }
  const [row] = await tx
    .insert(parameterCorrelations)
    .values({ scenarioId, parameterALineageId: a, parameterBLineageId: b, coefficient })
    .returning();
  await recordAudit(tx, {
    ...actor,
    action: "create",
    entityType: "parameter_correlation",
    entityId: row?.id ?? null,
    after: row,
  });
}
