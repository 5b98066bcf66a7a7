import { randomUUID } from "node:crypto";
import type { DbOrTx } from "@/db";
import {
  insertOrganisationUnlessSlugTaken,
  listSlugsLike,
  type OrganisationSettings,
} from "@/db/queries/organisations";
import { insertMembership } from "@/db/queries/users";
import { env } from "@/lib/env.mjs";
import { AppError } from "@/lib/errors";
import type { CreateOrganisationInput } from "@/lib/validation/organisation";
import { write } from "@/lib/writes";
import { settingsRecord } from "./settings";
import { nextFreeSlug, slugBaseOf } from "./slug";

/**
 * Slugs tried before giving up. Each retry follows a concurrent create that took the candidate, and re-reads the
 * slugs in use (that create has committed by then), so only a burst of this many same-named creates can exhaust it.
 */
const MAX_SLUG_ATTEMPTS = 8;

/** Whether a signed-in user may create an organisation here (ALLOW_ORGANISATION_CREATION, default on). */
export function isOrganisationCreationAllowed(): boolean {
  return env.ALLOW_ORGANISATION_CREATION;
}

function creationDisabled(): AppError {
  return new AppError(
    "ORGANISATION_CREATION_DISABLED",
    "Creating organisations is turned off on this CalMiner instance: ask its operator",
    {
      status: 403,
    },
  );
}

/** Inserts the organisation under the first free slug derived from its name. */
async function insertWithFreeSlug(
  tx: DbOrTx,
  values: CreateOrganisationInput & { id: string },
): Promise<OrganisationSettings> {
  const base = slugBaseOf(values.name);
  for (let attempt = 0; attempt < MAX_SLUG_ATTEMPTS; attempt += 1) {
    const slug = nextFreeSlug(base, await listSlugsLike(tx, { base }));
    const created = await insertOrganisationUnlessSlugTaken(tx, { ...values, slug });
    if (created) return created;
  }
  throw new AppError("CONFLICT", "Many organisations with this name are being created at once: try again");
}

/**
 * Creates an organisation whose admin is its creator, in one transaction audited in the new organisation (the
 * organisation, and the creator's membership: lib/writes then makes every instance forget the creator's remembered
 * memberships, so the new organisation is theirs on their very next request).
 * @throws AppError ORGANISATION_CREATION_DISABLED (403) when ALLOW_ORGANISATION_CREATION is off
 */
export async function createOrganisation({
  userId,
  input,
}: {
  userId: string;
  input: CreateOrganisationInput;
}): Promise<OrganisationSettings> {
  if (!isOrganisationCreationAllowed()) throw creationDisabled();
  // The id is chosen here so the write's scope (where its audit rows go) is the new organisation.
  const organisationId = randomUUID();
  return write({ organisationId, userId }, async (w) => {
    const created = await insertWithFreeSlug(w.tx, { ...input, id: organisationId });
    await insertMembership(w.tx, { organisationId, userId, role: "admin" });
    await w.audit([
      {
        action: "create",
        entityType: "organisation",
        entityId: organisationId,
        after: settingsRecord(created),
      },
      { action: "create", entityType: "membership", entityId: userId, after: { userId, role: "admin" } },
    ]);
    return created;
  });
}
