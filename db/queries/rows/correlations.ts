import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { parameterCorrelations, type ParameterCorrelation } from "../../schema";
import { resolveCorrelations, resolveRows, type EffectiveCorrelation, type ScenarioChain } from "../scenario-inheritance";
import { parentChainOf } from "./row-state";

// Rank correlations between a scenario's parameters, stored as pairs of parameter LINEAGE ids. A child stores only
// the pairs whose coefficient differs from its parent's (lib/rows/correlations.ts decides which).

/** The lineage ids of the chain scenario's effective parameters. */
export async function listEffectiveParameterIds(db: DbOrTx, { chain }: { chain: ScenarioChain }): Promise<Set<string>> {
  const rows = await resolveRows(db, { chain, entity: "parameter" });
  return new Set(rows.map((entry) => entry.row.lineageId));
}

/** The pairs the scenario's parent has effectively (none for a root). */
export async function listInheritedCorrelations(
  db: DbOrTx,
  { chain, parameterLineageIds }: { chain: ScenarioChain; parameterLineageIds: ReadonlySet<string> },
): Promise<EffectiveCorrelation[]> {
  const parent = parentChainOf(chain);
  return parent ? resolveCorrelations(db, { chain: parent, parameterLineageIds }) : [];
}

/** The pairs stored in the scenario itself. */
export async function listOwnCorrelations(db: DbOrTx, { scenarioId }: { scenarioId: string }): Promise<ParameterCorrelation[]> {
  return db.select().from(parameterCorrelations).where(eq(parameterCorrelations.scenarioId, scenarioId));
}

export async function insertCorrelation(
  tx: DbOrTx,
  values: { scenarioId: string; parameterALineageId: string; parameterBLineageId: string; coefficient: number },
): Promise<ParameterCorrelation | undefined> {
  const [row] = await tx.insert(parameterCorrelations).values(values).returning();
  return row;
}

export async function updateCorrelationCoefficient(
  tx: DbOrTx,
  { scenarioId, correlationId, coefficient }: { scenarioId: string; correlationId: string; coefficient: number },
): Promise<ParameterCorrelation | undefined> {
  const [row] = await tx
    .update(parameterCorrelations)
    .set({ coefficient })
    .where(and(eq(parameterCorrelations.id, correlationId), eq(parameterCorrelations.scenarioId, scenarioId)))
    .returning();
  return row;
}

export async function deleteCorrelation(tx: DbOrTx, { correlationId }: { correlationId: string }): Promise<void> {
  await tx.delete(parameterCorrelations).where(eq(parameterCorrelations.id, correlationId));
}

/** Rows per statement: 4 bound values per pair stays far below PostgreSQL's 65,535 parameters. */
const CORRELATION_BATCH = 5000;

/** Inserts pairs in batches of CORRELATION_BATCH (an import's correlations); nothing for an empty list. */
export async function insertCorrelations(
  tx: DbOrTx,
  { rows }: { rows: { scenarioId: string; parameterALineageId: string; parameterBLineageId: string; coefficient: number }[] },
): Promise<void> {
  for (let start = 0; start < rows.length; start += CORRELATION_BATCH) {
    await tx.insert(parameterCorrelations).values(rows.slice(start, start + CORRELATION_BATCH));
  }
}

/** Deletes the scenario's pairs with these ids, in batches; nothing for an empty list. */
export async function deleteCorrelations(tx: DbOrTx, { scenarioId, correlationIds }: { scenarioId: string; correlationIds: string[] }): Promise<void> {
  for (let start = 0; start < correlationIds.length; start += CORRELATION_BATCH) {
    const ids = correlationIds.slice(start, start + CORRELATION_BATCH);
    await tx.delete(parameterCorrelations).where(and(eq(parameterCorrelations.scenarioId, scenarioId), inArray(parameterCorrelations.id, ids)));
  }
}
