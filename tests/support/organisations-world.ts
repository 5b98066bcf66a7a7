import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog } from "@/db/schema";
import { createOrganisationSchema, type CreateOrganisationInput } from "@/lib/validation/organisation";
import { createTestOrganisation, createTestUser } from "@/tests/support/db";

// Fixtures for the organisations service tests (lib/organisations).

/** A signed-in person of some organisation of their own, who may create others; their user id. */
export async function createSomeone(db: Db): Promise<string> {
  const home = await createTestOrganisation(db);
  return (await createTestUser(db, { organisationId: home.id, role: "viewer" })).id;
}

/** A create request as the route would pass it on (validated, defaults filled in). */
export function organisationInput(
  name: string,
  extra: Partial<{ defaultCurrency: string; defaultDiscountRatePct: number }> = {},
): CreateOrganisationInput {
  return createOrganisationSchema.parse({ name, ...extra });
}

/** The organisation's audit rows (order unspecified: rows of one transaction share its timestamp). */
export async function auditRowsOf(db: Db, organisationId: string) {
  return db
    .select({
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      userId: auditLog.userId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(eq(auditLog.organisationId, organisationId));
}
