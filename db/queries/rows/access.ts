import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { equipment, maintenanceLogs, projects, scenarios } from "../../schema";
import { isUuid } from "../ids";

// Which organisation owns a scenario, an equipment row or a maintenance log, among the organisations the
// caller belongs to. Anything outside them is undefined (404), never a hint that it exists.

/** The organisation of a scenario, when it is one of `organisationIds`. */
export async function findScenarioOrganisation(
  db: DbOrTx,
  { organisationIds, scenarioId }: { organisationIds: readonly string[]; scenarioId: string },
): Promise<string | undefined> {
  if (!isUuid(scenarioId) || organisationIds.length === 0) return undefined;
  const [row] = await db
    .select({ organisationId: projects.organisationId })
    .from(scenarios)
    .innerJoin(projects, eq(projects.id, scenarios.projectId))
    .where(and(eq(scenarios.id, scenarioId), inArray(projects.organisationId, [...organisationIds])));
  return row?.organisationId;
}

export type EquipmentOwner = { organisationId: string; scenarioId: string; equipmentId: string };

/** The equipment row (by its row id) with its scenario and organisation, when the caller may see it. */
export async function findEquipmentOwner(
  db: DbOrTx,
  { organisationIds, equipmentId }: { organisationIds: readonly string[]; equipmentId: string },
): Promise<EquipmentOwner | undefined> {
  if (!isUuid(equipmentId) || organisationIds.length === 0) return undefined;
  const [row] = await db
    .select({
      organisationId: projects.organisationId,
      scenarioId: equipment.scenarioId,
      equipmentId: equipment.id,
    })
    .from(equipment)
    .innerJoin(scenarios, eq(scenarios.id, equipment.scenarioId))
    .innerJoin(projects, eq(projects.id, scenarios.projectId))
    .where(and(eq(equipment.id, equipmentId), inArray(projects.organisationId, [...organisationIds])));
  return row;
}

/** The maintenance log's equipment owner, when the caller may see it. */
export async function findMaintenanceLogOwner(
  db: DbOrTx,
  { organisationIds, logId }: { organisationIds: readonly string[]; logId: string },
): Promise<EquipmentOwner | undefined> {
  if (!isUuid(logId) || organisationIds.length === 0) return undefined;
  const [row] = await db
    .select({
      organisationId: projects.organisationId,
      scenarioId: equipment.scenarioId,
      equipmentId: equipment.id,
    })
    .from(maintenanceLogs)
    .innerJoin(equipment, eq(equipment.id, maintenanceLogs.equipmentId))
    .innerJoin(scenarios, eq(scenarios.id, equipment.scenarioId))
    .innerJoin(projects, eq(projects.id, scenarios.projectId))
    .where(and(eq(maintenanceLogs.id, logId), inArray(projects.organisationId, [...organisationIds])));
  return row;
}
