import type { AuditEntityType } from "@/lib/domain/audit";
import { and, count, eq, notInArray, or } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "../../client";
import { maintenanceLogs, parameterCorrelations, scenarioRowRemovals, type NewCapexItem, type ScenarioRowRemoval } from "../../schema";
import { type ScenarioRowEntity } from "@/lib/domain/inputs";
import { recordAudit } from "../audit";
import { ROW_ENTITY_INFO, rowTableOf, type AnyScenarioRow, type RowFields } from "./tables";

// The smallest writes of scenario rows, each recorded in the audit log of the same transaction. Callers hold
// the transaction and have bumped the scenario version (which also locks the scenario row).

/** Who acts, in which organisation, on which scenario's rows of which kind. */
export type RowWriteContext = {
  organisationId: string;
  userId: string;
  scenarioId: string;
  entity: ScenarioRowEntity;
};

function audit(
  ctx: RowWriteContext,
  entry: {
    action: "create" | "update" | "delete";
    entityType?: AuditEntityType;
    entityId: string;
    before?: object | null;
    after?: object | null;
  },
) {
  return {
    organisationId: ctx.organisationId,
    userId: ctx.userId,
    action: entry.action,
    entityType: entry.entityType ?? ROW_ENTITY_INFO[ctx.entity].auditEntityType,
    entityId: entry.entityId,
    before: (entry.before ?? null) as Record<string, unknown> | null,
    after: (entry.after ?? null) as Record<string, unknown> | null,
  };
}

/**
 * Inserts a row of the scenario: a new lineage, or an override when `lineageId` is an inherited row's.
 * `replaces` re-inserts a row deleted earlier in the transaction under its old id, lineage and creation time,
 * audited as an update (see RowEntityInfo.hasUniqueColumn).
 */
export async function insertScenarioRow(
  tx: DbOrTx,
  ctx: RowWriteContext,
  { fields, lineageId, replaces }: { fields: RowFields; lineageId?: string; replaces?: AnyScenarioRow },
): Promise<AnyScenarioRow> {
  const table = rowTableOf(ctx.entity);
  const identity = replaces
    ? { id: replaces.id, lineageId: replaces.lineageId, createdAt: replaces.createdAt }
    : lineageId
      ? { lineageId }
      : {};
  const [row] = await tx
    .insert(table)
    .values({ ...fields, scenarioId: ctx.scenarioId, ...identity } as NewCapexItem)
    .returning();
  if (!row) throw new Error("insert returned no row");
  await recordAudit(
    tx,
    replaces
      ? audit(ctx, { action: "update", entityId: row.id, before: replaces, after: row })
      : audit(ctx, { action: "create", entityId: row.id, after: row }),
  );
  return row as AnyScenarioRow;
}

/** Replaces the values of one of the scenario's own rows. */
export async function updateScenarioRow(
  tx: DbOrTx,
  ctx: RowWriteContext,
  { row, fields }: { row: AnyScenarioRow; fields: RowFields },
): Promise<AnyScenarioRow> {
  const table = rowTableOf(ctx.entity);
  const [updated] = await tx
    .update(table)
    .set(fields as Partial<NewCapexItem>)
    .where(and(eq(table.id, row.id), eq(table.scenarioId, ctx.scenarioId)))
    .returning();
  if (!updated) throw new Error("update matched no row");
  await recordAudit(tx, audit(ctx, { action: "update", entityId: row.id, before: row, after: updated }));
  return updated as AnyScenarioRow;
}

/**
 * Maintenance logs are operational actuals attached to an equipment row and cascade with it: deleting the row
 * (a delete, a revert of an override, a bulk replace or an import) would silently lose them, so it is refused.
 * @throws AppError EQUIPMENT_HAS_MAINTENANCE (409) naming how many logs to move or delete first
 */
async function refuseIfMaintenanceLogged(tx: DbOrTx, equipmentId: string): Promise<void> {
  const [row] = await tx.select({ logs: count() }).from(maintenanceLogs).where(eq(maintenanceLogs.equipmentId, equipmentId));
  const logs = row?.logs ?? 0;
  if (logs === 0) return;
  throw new AppError(
    "EQUIPMENT_HAS_MAINTENANCE",
    `This equipment has ${logs} maintenance log(s); delete them first, or keep the equipment (its logs would be lost)`,
    { status: 409 },
  );
}

/** Deletes one of the scenario's own rows (`silent` when it is re-inserted in the same transaction). */
export async function deleteScenarioRow(
  tx: DbOrTx,
  ctx: RowWriteContext,
  { row, silent = false }: { row: AnyScenarioRow; silent?: boolean },
): Promise<void> {
  if (ctx.entity === "equipment") await refuseIfMaintenanceLogged(tx, row.id);
  const table = rowTableOf(ctx.entity);
  await tx.delete(table).where(and(eq(table.id, row.id), eq(table.scenarioId, ctx.scenarioId)));
  if (!silent) await recordAudit(tx, audit(ctx, { action: "delete", entityId: row.id, before: row }));
}

/** Records that the scenario no longer has an inherited row. */
export async function addRowRemoval(
  tx: DbOrTx,
  ctx: RowWriteContext,
  { lineageId }: { lineageId: string },
): Promise<void> {
  const [removal] = await tx
    .insert(scenarioRowRemovals)
    .values({ scenarioId: ctx.scenarioId, entity: ctx.entity, lineageId })
    .onConflictDoNothing()
    .returning();
  if (removal)
    await recordAudit(
      tx,
      audit(ctx, {
        action: "create",
        entityType: "scenario_row_removal",
        entityId: removal.id,
        after: removal,
      }),
    );
}

/** Takes a removal back: the inherited row is part of the scenario again. */
export async function dropRowRemoval(
  tx: DbOrTx,
  ctx: RowWriteContext,
  { removal }: { removal: ScenarioRowRemoval },
): Promise<void> {
  await tx.delete(scenarioRowRemovals).where(eq(scenarioRowRemovals.id, removal.id));
  await recordAudit(
    tx,
    audit(ctx, {
      action: "delete",
      entityType: "scenario_row_removal",
      entityId: removal.id,
      before: removal,
    }),
  );
}

/**
 * Deletes the scenario's own correlations that name a parameter the scenario no longer has (inherited pairs
 * are filtered out by the resolver), so a correlation never outlives its parameters.
 */
export async function pruneCorrelations(
  tx: DbOrTx,
  ctx: Omit<RowWriteContext, "entity">,
  { parameterLineageIds }: { parameterLineageIds: readonly string[] },
): Promise<void> {
  const keep =
    parameterLineageIds.length > 0 ? [...parameterLineageIds] : ["00000000-0000-0000-0000-000000000000"];
  const removed = await tx
    .delete(parameterCorrelations)
    .where(
      and(
        eq(parameterCorrelations.scenarioId, ctx.scenarioId),
        or(
          notInArray(parameterCorrelations.parameterALineageId, keep),
          notInArray(parameterCorrelations.parameterBLineageId, keep),
        ),
      ),
    )
    .returning();
  await recordAudit(
    tx,
    removed.map((row) =>
      audit(
        { ...ctx, entity: "parameter" },
        { action: "delete", entityType: "parameter_correlation", entityId: row.id, before: row },
      ),
    ),
  );
}
