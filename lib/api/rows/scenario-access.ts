import { getDb, type Db } from "@/db";
import {
  findEquipmentOwner,
  findMaintenanceLogOwner,
  findScenarioOrganisation,
  type EquipmentOwner,
} from "@/db/queries/rows/access";
import type { CurrentUser, MembershipSummary } from "@/lib/auth/types";
import { notFound } from "@/lib/errors";

// The "load scoped (404) -> authorise (403)" rungs of the guard ladder for scenario rows and maintenance logs.

type Guard = { user: CurrentUser; authorize: (organisationId: string) => MembershipSummary };

function organisationIdsOf(user: CurrentUser): string[] {
  return user.memberships.map((membership) => membership.organisationId);
}

/** The scenario's organisation, when the caller belongs to it and has the route's role. */
export async function authorizeScenario(
  guard: Guard,
  scenarioId: string,
): Promise<{ db: Db; organisationId: string }> {
  const db = await getDb();
  const organisationId = await findScenarioOrganisation(db, {
    organisationIds: organisationIdsOf(guard.user),
    scenarioId,
  });
  if (!organisationId) throw notFound("Scenario");
  guard.authorize(organisationId);
  return { db, organisationId };
}

/** The equipment row's owner, when the caller belongs to its organisation and has the route's role. */
export async function authorizeEquipment(
  guard: Guard,
  equipmentId: string,
): Promise<{ db: Db; owner: EquipmentOwner }> {
  const db = await getDb();
  const owner = await findEquipmentOwner(db, { organisationIds: organisationIdsOf(guard.user), equipmentId });
  if (!owner) throw notFound("Equipment");
  guard.authorize(owner.organisationId);
  return { db, owner };
}

/** The maintenance log's owner, when the caller belongs to its organisation and has the route's role. */
export async function authorizeMaintenanceLog(
  guard: Guard,
  logId: string,
): Promise<{ db: Db; owner: EquipmentOwner }> {
  const db = await getDb();
  const owner = await findMaintenanceLogOwner(db, { organisationIds: organisationIdsOf(guard.user), logId });
  if (!owner) throw notFound("Maintenance log");
  guard.authorize(owner.organisationId);
  return { db, owner };
}
