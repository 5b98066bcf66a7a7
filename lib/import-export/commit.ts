import { eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { mapWriteErrors } from "@/db/queries/rows/database-errors";
import { pruneCorrelations } from "@/db/queries/rows/row-writes";
import { bumpScenarioVersion } from "@/db/queries/scenario-version";
import { maintenanceLogs } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { applyWrites, planWrites, storedRowIdsByLineage, type WriteHook } from "./bulk-writes";
import { KIND_DEFINITIONS } from "./kinds";
import type { ImportPlan } from "./plan";
import { buildPreview, ImportRejectedError, type ImportPreview, type ImportRequest } from "./preview";
import { readUpload } from "./read-upload";

// The commit: validated again and planned again INSIDE one transaction that bumps the scenario version first
// (optimistic concurrency, and a lock on the scenario row), writes every kind of the file, and records one
// audit entry "import" with the file name and the row counts. Any failure rolls back every kind.

export type CommitRequest = ImportRequest & {
  userId: string;
  expectedVersion: number;
  /** Test seam: runs before every insert batch, so a test can fail the last write. */
  hook?: WriteHook;
};

export type CommitResult = ImportPreview & { committedVersion: number };

const CHUNK = 1000;

async function writeMaintenance(tx: DbOrTx, plan: NonNullable<ImportPlan["maintenance"]>, ctx: { scenarioId: string; userId: string }): Promise<void> {
  const rowIds = await storedRowIdsByLineage(tx, { scenarioId: ctx.scenarioId, entity: "equipment" });
  const removedIds = plan.match.removed.map((log) => log.id);
  for (let start = 0; start < removedIds.length; start += CHUNK) {
    await tx.delete(maintenanceLogs).where(inArray(maintenanceLogs.id, removedIds.slice(start, start + CHUNK)));
  }
  const inserts = [];
  for (const matched of plan.match.rows) {
    const equipmentId = rowIds.get(matched.equipmentKey);
    if (!equipmentId) throw new AppError("UNPROCESSABLE", `Maintenance row ${matched.row.rowNumber}: its equipment line is not stored in this scenario`);
    if (matched.outcome === "created") inserts.push({ ...matched.row.fields, equipmentId, createdBy: ctx.userId });
    else if (matched.outcome === "updated" && matched.existing) {
      await tx.update(maintenanceLogs).set(matched.row.fields).where(eq(maintenanceLogs.id, matched.existing.id));
    }
  }
  for (let start = 0; start < inserts.length; start += CHUNK) {
    await tx.insert(maintenanceLogs).values(inserts.slice(start, start + CHUNK) as (typeof maintenanceLogs.$inferInsert)[]);
  }
}

async function writePlan(tx: DbOrTx, plan: ImportPlan, request: CommitRequest): Promise<void> {
  const ctx = { organisationId: request.organisationId, userId: request.userId, scenarioId: request.scenarioId };
  for (const [kind, kindPlan] of plan.kinds) {
    const entity = KIND_DEFINITIONS[kind].entity;
    if (!entity) continue;
    const writes = planWrites(entity, kindPlan);
    await applyWrites(tx, { scenarioId: request.scenarioId, entity, writes, hook: request.hook });
    if (entity === "parameter") {
      const lineageIds = kindPlan.match.rows.map((row) => row.lineageId ?? row.newLineageId ?? "");
      await pruneCorrelations(tx, ctx, { parameterLineageIds: lineageIds });
    }
  }
  if (plan.maintenance) await writeMaintenance(tx, plan.maintenance, ctx);
}

/** POST …/import?dry_run=false: every row of every kind, or none (422 with the preview when a rule is broken). */
export async function commitImport(db: Db, request: CommitRequest): Promise<CommitResult> {
  const read = await readUpload(request.upload, { kind: request.kind, limits: request.limits });
  return mapWriteErrors(() =>
    db.transaction(async (tx) => {
      const committedVersion = await bumpScenarioVersion(tx, request.scenarioId, { expectedVersion: request.expectedVersion });
      const { preview, plan } = await buildPreview(tx, request, read);
      if (!preview.isValid) throw new ImportRejectedError(preview);
      await writePlan(tx, plan, request);
      await recordAudit(tx, {
        organisationId: request.organisationId,
        userId: request.userId,
        action: "import",
        entityType: "scenario",
        entityId: request.scenarioId,
        after: { fileName: preview.fileName, format: preview.format, scenarioVersion: committedVersion, kinds: preview.kinds },
      });
      return { ...preview, scenarioVersion: request.expectedVersion, committedVersion };
    }),
  );
}
