import { asc, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { maintenanceLogs } from "@/db/schema";
import { loadEffectiveScenario, type EffectiveScenario } from "@/lib/scenario/load-effective-scenario";
import { notFound } from "@/lib/errors";
import { IMPORT_KINDS, type ImportKind, type KindDefinition, type RowValues } from "./columns";
import { KIND_DEFINITIONS } from "./kinds";
import type { KindRows } from "./templates";

// A scenario's effective inputs in the import templates, so export -> import gives the same scenario back.
// row_id carries each row's lineage id; maintenance logs carry their id and their equipment line's row_id.

function defaultCells(definition: KindDefinition, row: Record<string, unknown>): RowValues {
  const cells: RowValues = { [definition.idColumn]: String(row.lineageId ?? row.id) };
  for (const column of definition.columns) {
    if (!column.field) continue;
    const value = row[column.field];
    cells[column.header] = value === undefined || value === null ? null : typeof value === "number" ? value : String(value);
  }
  return cells;
}

async function maintenanceRows(db: DbOrTx, effective: EffectiveScenario): Promise<RowValues[]> {
  const lines = new Map(effective.rows.equipment.map(({ row }) => [row.id, row]));
  if (lines.size === 0) return [];
  const logs = await db
    .select()
    .from(maintenanceLogs)
    .where(inArray(maintenanceLogs.equipmentId, [...lines.keys()]))
    .orderBy(asc(maintenanceLogs.performedOn), asc(maintenanceLogs.createdAt), asc(maintenanceLogs.id));
  return logs.map((log) => {
    const line = lines.get(log.equipmentId);
    const cells = defaultCells(KIND_DEFINITIONS.maintenance, log);
    return { ...cells, log_id: log.id, equipment_row_id: line?.lineageId ?? null, equipment_name: line?.name ?? null };
  });
}

/** The effective rows of the requested kinds (all when none given), in the templates' layout. */
export async function exportScenarioRows(
  db: DbOrTx,
  { organisationId, scenarioId, kinds = IMPORT_KINDS }: { organisationId: string; scenarioId: string; kinds?: readonly ImportKind[] },
): Promise<{ effective: EffectiveScenario; sheets: KindRows[] }> {
  const effective = await loadEffectiveScenario(db, { organisationId, scenarioId });
  if (!effective) throw notFound("Scenario");
  const sheets: KindRows[] = [];
  for (const kind of kinds) {
    const definition = KIND_DEFINITIONS[kind];
    if (!definition.entity) {
      sheets.push({ kind, rows: await maintenanceRows(db, effective) });
      continue;
    }
    const rows = effective.rows[definition.entity].map(({ row }) => row as Record<string, unknown>);
    sheets.push({ kind, rows: rows.map((row) => (definition.toCells ?? ((r) => defaultCells(definition, r)))(row)) });
  }
  return { effective, sheets };
}

/** A file name for an export: the scenario's name made safe, the kind, the date. */
export function exportFileName(scenarioName: string, suffix: string): string {
  const safe = scenarioName.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "scenario";
  return `${safe}-${suffix}-${new Date().toISOString().slice(0, 10)}`;
}
