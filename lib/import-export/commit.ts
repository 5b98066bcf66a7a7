import type { Tx } from "@/db";
import { applyBulkRowWrites, listOwnRowIdsByLineage, type WriteHook } from "@/db/queries/rows/bulk-writes";
import { deleteConsumptionActuals, insertConsumptionActuals, type ConsumptionActualFields } from "@/db/queries/rows/consumption-actuals";
import { mapWriteErrors } from "@/db/queries/rows/database-errors";
import { deleteMaintenanceLogs, insertMaintenanceLogs, updateMaintenanceLog, type MaintenanceFields } from "@/db/queries/rows/maintenance";
import { deleteCorrelationsOutside } from "@/db/queries/rows/row-writes";
import { bumpScenarioVersion } from "@/db/queries/scenario-version";
import type { NewConsumptionActual, NewMaintenanceLog } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { write, type Write } from "@/lib/writes";
import { planWrites } from "./bulk-plan";
import { writeCorrelations } from "./correlations-plan";
import { KIND_DEFINITIONS } from "./kinds";
import type { ImportPlan } from "./plan";
import { writePriceDecks } from "./price-decks-plan";
import { buildPreview, ImportRejectedError, type ImportPreview, type ImportRequest } from "./preview";
import { readUpload } from "./read-upload";
import { writeSettings } from "./settings-plan";

// The commit: validated again and planned again INSIDE one write (lib/writes) that bumps the scenario version
// first (optimistic concurrency, and a lock on the scenario row), writes every kind of the file (new price decks,
// each audited as the API audits one, settings, rows, logs, correlations), and records one audit entry "import"
// with the file name and the counts per kind. Any failure rolls back every kind.

export type CommitRequest = ImportRequest & {
  userId: string;
  /** The scenario's project (from the access guard): its dashboards are refreshed after the commit. */
  projectId: string;
  expectedVersion: number;
  /** Test seam: runs before every insert batch, so a test can fail the last write. */
  hook?: WriteHook;
};

export type CommitResult = ImportPreview & { committedVersion: number };

async function writeMaintenance(tx: Tx, plan: NonNullable<ImportPlan["maintenance"]>, { scenarioId, userId }: { scenarioId: string; userId: string }): Promise<void> {
  const rowIds = await listOwnRowIdsByLineage(tx, { scenarioId, entity: "equipment" });
  await deleteMaintenanceLogs(tx, { logIds: plan.match.removed.map((log) => log.id) });
  const inserts: NewMaintenanceLog[] = [];
  for (const matched of plan.match.rows) {
    const equipmentId = rowIds.get(matched.equipmentKey);
    if (!equipmentId) throw new AppError("UNPROCESSABLE", `Maintenance row ${matched.row.rowNumber}: its equipment line is not stored in this scenario`);
    const fields = matched.row.fields as MaintenanceFields;
    if (matched.outcome === "created") inserts.push({ ...fields, equipmentId, createdBy: userId });
    else if (matched.outcome === "updated" && matched.existing) await updateMaintenanceLog(tx, { logId: matched.existing.id, patch: fields });
  }
  await insertMaintenanceLogs(tx, { logs: inserts });
}

/** Removed actuals out, new ones in, on the item rows the scenario stores once its rows are written. */
async function writeConsumptionActuals(tx: Tx, plan: NonNullable<ImportPlan["consumptionActuals"]>, { scenarioId, userId }: { scenarioId: string; userId: string }): Promise<void> {
  const rowIds = await listOwnRowIdsByLineage(tx, { scenarioId, entity: "consumption" });
  await deleteConsumptionActuals(tx, { actualIds: plan.match.removed.map((actual) => actual.id) });
  const inserts: NewConsumptionActual[] = [];
  for (const matched of plan.match.rows) {
    if (matched.outcome !== "created") continue;
    const consumptionItemId = rowIds.get(matched.itemKey);
    if (!consumptionItemId) throw new AppError("UNPROCESSABLE", `Consumption actuals row ${matched.row.rowNumber}: its item is not stored in this scenario`);
    inserts.push({ ...(matched.row.fields as ConsumptionActualFields), consumptionItemId, createdBy: userId });
  }
  await insertConsumptionActuals(tx, { actuals: inserts });
}

async function writePlan(w: Write, plan: ImportPlan, request: CommitRequest): Promise<void> {
  const { scenarioId } = request;
  // First: the settings may name a deck the file creates.
  if (plan.priceDecks) await writePriceDecks(w, plan.priceDecks);
  if (plan.settings) await writeSettings(w.tx, plan.settings, scenarioId);
  for (const [kind, kindPlan] of plan.kinds) {
    const entity = KIND_DEFINITIONS[kind].entity;
    if (!entity) continue;
    await applyBulkRowWrites(w.tx, { scenarioId, entity, writes: planWrites(entity, kindPlan), hook: request.hook });
    if (entity === "parameter") {
      const parameterLineageIds = kindPlan.match.rows.map((row) => row.lineageId ?? row.newLineageId ?? "");
      const pruned = await deleteCorrelationsOutside(w.tx, { scenarioId, parameterLineageIds });
      await w.audit(pruned.map((row) => ({ action: "delete" as const, entityType: "parameter_correlation" as const, entityId: row.id, before: row })));
    }
  }
  if (plan.maintenance) {
    await writeMaintenance(w.tx, plan.maintenance, request);
    // The import's audit row is about the scenario (its project's dashboards); logs also reach the operations one.
    w.touches("maintenance_log");
  }
  if (plan.consumptionActuals) {
    await writeConsumptionActuals(w.tx, plan.consumptionActuals, request);
    w.touches("consumption_actual");
  }
  // Last: the pairs name parameters the rows above may have created (and pruned pairs of removed ones).
  if (plan.correlations) await writeCorrelations(w.tx, plan.correlations, scenarioId);
}

/** POST …/import?dry_run=false: every row of every kind, or none (422 with the preview when a rule is broken). */
export async function commitImport(request: CommitRequest): Promise<CommitResult> {
  const { organisationId, userId, projectId, scenarioId } = request;
  const read = await readUpload(request.upload, { kind: request.kind, limits: request.limits });
  return mapWriteErrors(() =>
    write({ organisationId, userId, projectId }, async (w) => {
      const committedVersion = await bumpScenarioVersion(w.tx, scenarioId, { expectedVersion: request.expectedVersion });
      const { preview, plan } = await buildPreview(w.tx, request, read);
      if (!preview.isValid) throw new ImportRejectedError(preview);
      await writePlan(w, plan, request);
      const after = { fileName: preview.fileName, format: preview.format, scenarioVersion: committedVersion, kinds: preview.kinds };
      await w.audit({ action: "import", entityType: "scenario", entityId: scenarioId, after });
      return { ...preview, scenarioVersion: request.expectedVersion, committedVersion };
    }),
  );
}
