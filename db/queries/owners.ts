import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { OrganisationKind, OwnedKind, ProjectKind } from "@/lib/domain/owned";
import type { DbOrTx } from "../client";
import { consumptionActuals, consumptionItems, equipment, maintenanceLogs, priceDecks, projects, scenarios, simulationRuns } from "../schema";
import { isUuid } from "./ids";

// The one owner lookup: which organisation (and project, scenario) a record reached by id belongs to, among the
// organisations the caller is a member of. Anything outside them is undefined, exactly like a missing record, so
// a caller can never learn that another organisation's record exists.

/** Where a record sits. `scenarioId` is set for everything below a scenario; `equipmentId` for maintenance logs. */
export type Owner = {
  organisationId: string;
  projectId: string;
  scenarioId?: string;
  equipmentId?: string;
};

/** Where a record of the organisation itself (a price deck) sits: in no project. */
export type OrganisationOwner = { organisationId: string };

/** The owner a kind of record has: organisation-level kinds have no project. */
export type OwnerOf<K extends OwnedKind> = K extends OrganisationKind ? OrganisationOwner : Owner;

/**
 * The record's owner when it exists in one of `organisationIds`.
 * @example await findOwner(db, { kind: "scenario", id, organisationIds: ["…"] }) // { organisationId, projectId, scenarioId }
 */
export async function findOwner<K extends OwnedKind>(
  db: DbOrTx,
  { kind, id, organisationIds }: { kind: K; id: string; organisationIds: readonly string[] },
): Promise<OwnerOf<K> | undefined> {
  if (!isUuid(id) || organisationIds.length === 0) return undefined;
  if (kind === "priceDeck") {
    const [deck] = await db
      .select({ organisationId: priceDecks.organisationId })
      .from(priceDecks)
      .where(and(eq(priceDecks.id, id), inArray(priceDecks.organisationId, [...organisationIds])));
    return deck as OwnerOf<K> | undefined;
  }
  const inOrganisations = inArray(projects.organisationId, [...organisationIds]);
  const [row] = await OWNER_QUERIES[kind as ProjectKind](db, id, inOrganisations);
  return row ? (withoutNulls(row) as OwnerOf<K>) : undefined;
}

type OwnerRow = { organisationId: string; projectId: string; scenarioId?: string | null; equipmentId?: string | null };
type OwnerQuery = (db: DbOrTx, id: string, inOrganisations: SQL) => Promise<OwnerRow[]>;

const projectColumns = { organisationId: projects.organisationId, projectId: projects.id };
const scenarioColumns = { ...projectColumns, scenarioId: scenarios.id };

const OWNER_QUERIES: Record<ProjectKind, OwnerQuery> = {
  project: (db, id, inOrganisations) =>
    db.select(projectColumns).from(projects).where(and(eq(projects.id, id), inOrganisations)),
  scenario: (db, id, inOrganisations) =>
    db
      .select(scenarioColumns)
      .from(scenarios)
      .innerJoin(projects, eq(projects.id, scenarios.projectId))
      .where(and(eq(scenarios.id, id), inOrganisations)),
  equipment: (db, id, inOrganisations) =>
    db
      .select({ ...scenarioColumns, equipmentId: equipment.id })
      .from(equipment)
      .innerJoin(scenarios, eq(scenarios.id, equipment.scenarioId))
      .innerJoin(projects, eq(projects.id, scenarios.projectId))
      .where(and(eq(equipment.id, id), inOrganisations)),
  maintenanceLog: (db, id, inOrganisations) =>
    db
      .select({ ...scenarioColumns, equipmentId: equipment.id })
      .from(maintenanceLogs)
      .innerJoin(equipment, eq(equipment.id, maintenanceLogs.equipmentId))
      .innerJoin(scenarios, eq(scenarios.id, equipment.scenarioId))
      .innerJoin(projects, eq(projects.id, scenarios.projectId))
      .where(and(eq(maintenanceLogs.id, id), inOrganisations)),
  consumptionActual: (db, id, inOrganisations) =>
    db
      .select(scenarioColumns)
      .from(consumptionActuals)
      .innerJoin(consumptionItems, eq(consumptionItems.id, consumptionActuals.consumptionItemId))
      .innerJoin(scenarios, eq(scenarios.id, consumptionItems.scenarioId))
      .innerJoin(projects, eq(projects.id, scenarios.projectId))
      .where(and(eq(consumptionActuals.id, id), inOrganisations)),
  // A run names its organisation itself; the project's must agree (they always do: runs never move).
  simulationRun: (db, id, inOrganisations) =>
    db
      .select(scenarioColumns)
      .from(simulationRuns)
      .innerJoin(scenarios, eq(scenarios.id, simulationRuns.scenarioId))
      .innerJoin(projects, eq(projects.id, scenarios.projectId))
      .where(and(eq(simulationRuns.id, id), eq(simulationRuns.organisationId, projects.organisationId), inOrganisations)),
};

function withoutNulls(row: OwnerRow): Owner {
  const owner: Owner = { organisationId: row.organisationId, projectId: row.projectId };
  if (row.scenarioId) owner.scenarioId = row.scenarioId;
  if (row.equipmentId) owner.equipmentId = row.equipmentId;
  return owner;
}
