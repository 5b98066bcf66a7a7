import type { DbOrTx, Tx } from "@/db";
import {
  deleteCorrelations,
  insertCorrelations,
  listEffectiveParameterIds,
  listInheritedCorrelations,
  listOwnCorrelations,
  updateCorrelationCoefficient,
} from "@/db/queries/rows/correlations";
import { resolveCorrelations, type ScenarioChain } from "@/db/queries/scenario-inheritance";
import type { ParameterCorrelation } from "@/db/schema";
import type { KindPlan } from "./plan";
import type { ProblemList } from "./table";
import type { ValidatedSheet, ValidRow } from "./validate";

// What the correlations sheet does: it becomes the scenario's EFFECTIVE correlation matrix (pairs left out are
// 0), as PUT …/correlations does. A root stores every pair; a child stores only the pairs that differ from its
// parent's (0 where the parent has a pair the sheet leaves out). A pair names its parameters by row_id, resolved
// against the parameters the scenario has once the same file's parameters sheet is applied: a row_id of that
// sheet follows the row to the lineage it matched (by name, it may be an existing one).

export type CorrelationsPlan = {
  sheet: ValidatedSheet;
  counts: { created: number; updated: number; unchanged: number; removed: number };
  writes: { deleteIds: string[]; updates: { id: string; coefficient: number }[]; inserts: Map<string, number> };
};

/** A pair's key, a < b (the order the table stores). */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** The value numeric(7,6) will hold, so "unchanged" and the child's differences compare what is stored. */
function stored(coefficient: number): number {
  return Number(coefficient.toFixed(6));
}

/** The parameters after the import: file row_id -> lineage id (the parameters sheet's match), and every lineage. */
async function parametersAfter(db: DbOrTx, chain: ScenarioChain, parameters: KindPlan | undefined) {
  if (!parameters) {
    const ids = await listEffectiveParameterIds(db, { chain });
    return { lineageOf: (id: string) => (ids.has(id) ? id : undefined), ids };
  }
  const byFileId = new Map<string, string>();
  const ids = new Set<string>();
  for (const matched of parameters.match.rows) {
    const lineageId = matched.lineageId ?? matched.newLineageId ?? "";
    ids.add(lineageId);
    if (matched.row.id) byFileId.set(matched.row.id, lineageId);
  }
  return { lineageOf: (id: string) => byFileId.get(id) ?? (ids.has(id) ? id : undefined), ids };
}

/** The sheet's pairs by key; unknown parameters and repeated pairs go to the problems. */
function desiredPairs(sheet: ValidatedSheet, lineageOf: (id: string) => string | undefined, problems: ProblemList): Map<string, number> {
  const desired = new Map<string, number>();
  const firstRow = new Map<string, number>();
  const report = (row: ValidRow, column: string, value: string, code: string, rule: string) =>
    problems.add({ sheet: sheet.sheet, row: row.rowNumber, column, value, code, rule });
  for (const row of sheet.rows) {
    const [a, b] = (["parameter_a_row_id", "parameter_b_row_id"] as const).map((column, index) => {
      const id = String(index === 0 ? row.fields.parameterALineageId : row.fields.parameterBLineageId);
      const lineageId = lineageOf(id);
      if (!lineageId) report(row, column, id, "unknown_parameter", "The scenario has no parameter with this row_id (once this file's parameters sheet is applied)");
      return lineageId;
    });
    if (a === undefined || b === undefined) continue;
    const key = pairKey(a, b);
    const first = firstRow.get(key);
    if (first !== undefined) report(row, "parameter_b_row_id", b, "duplicate", `Row ${first} has the same pair of parameters; each pair once`);
    else firstRow.set(key, row.rowNumber);
    desired.set(key, stored(Number(row.fields.coefficient)));
  }
  return desired;
}

/** Plans the sheet against the scenario's correlations (read in the caller's transaction when committing). */
export async function planCorrelations(
  db: DbOrTx,
  { chain, sheet, parameters, problems }: { chain: ScenarioChain; sheet: ValidatedSheet; parameters?: KindPlan; problems: ProblemList },
): Promise<CorrelationsPlan> {
  const after = await parametersAfter(db, chain, parameters);
  const desired = desiredPairs(sheet, after.lineageOf, problems);
  const current = new Map(
    (await resolveCorrelations(db, { chain, parameterLineageIds: await listEffectiveParameterIds(db, { chain }) }))
      .filter(({ row }) => row.coefficient !== 0)
      .map(({ row }) => [pairKey(row.parameterALineageId, row.parameterBLineageId), row.coefficient]),
  );
  const counts = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  for (const [key, coefficient] of desired) {
    const now = current.get(key);
    if (coefficient === 0) counts[now === undefined ? "unchanged" : "removed"] += 1;
    else counts[now === undefined ? "created" : now === coefficient ? "unchanged" : "updated"] += 1;
  }
  for (const key of current.keys()) if (!desired.has(key)) counts.removed += 1;
  const inherited = await listInheritedCorrelations(db, { chain, parameterLineageIds: after.ids });
  const own = await listOwnCorrelations(db, { scenarioId: chain.scenario.id });
  return { sheet, counts, writes: ownWrites(desired, inherited.map(({ row }) => row), own) };
}

/** The own rows that make the effective matrix equal `desired`: only differences from the inherited pairs. */
function ownWrites(desired: Map<string, number>, inherited: readonly ParameterCorrelation[], own: readonly ParameterCorrelation[]): CorrelationsPlan["writes"] {
  const inheritedByKey = new Map(inherited.map((row) => [pairKey(row.parameterALineageId, row.parameterBLineageId), row.coefficient]));
  const wanted = new Map<string, number>();
  for (const [key, coefficient] of desired) if (coefficient !== (inheritedByKey.get(key) ?? 0)) wanted.set(key, coefficient);
  for (const [key, coefficient] of inheritedByKey) if (!desired.has(key) && coefficient !== 0) wanted.set(key, 0);
  const writes: CorrelationsPlan["writes"] = { deleteIds: [], updates: [], inserts: new Map(wanted) };
  for (const row of own) {
    const key = pairKey(row.parameterALineageId, row.parameterBLineageId);
    const coefficient = wanted.get(key);
    writes.inserts.delete(key);
    if (coefficient === undefined) writes.deleteIds.push(row.id);
    else if (coefficient !== row.coefficient) writes.updates.push({ id: row.id, coefficient });
  }
  return writes;
}

/** Writes the planned pairs: deletes, coefficient updates, then one batched insert. */
export async function writeCorrelations(tx: Tx, plan: CorrelationsPlan, scenarioId: string): Promise<void> {
  const { deleteIds, updates, inserts } = plan.writes;
  await deleteCorrelations(tx, { scenarioId, correlationIds: deleteIds });
  for (const { id, coefficient } of updates) await updateCorrelationCoefficient(tx, { scenarioId, correlationId: id, coefficient });
  const rows = [...inserts].map(([key, coefficient]) => {
    const [parameterALineageId = "", parameterBLineageId = ""] = key.split(":");
    return { scenarioId, parameterALineageId, parameterBLineageId, coefficient };
  });
  await insertCorrelations(tx, { rows });
}
