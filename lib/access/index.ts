import { getDb } from "@/db";
import { findOwner, type Owner, type OwnerOf } from "@/db/queries/owners";
import { requireRole } from "@/lib/auth/roles";
import type { CurrentUser, MembershipSummary } from "@/lib/auth/types";
import { OWNED_KIND_LABELS, type OwnedKind } from "@/lib/domain/owned";
import type { Role } from "@/lib/domain/roles";
import { notFound } from "@/lib/errors";
import { recallOwner, rememberOwner } from "./owner-memo";

// The one access guard: "which organisation owns this record, and may the caller act on it?". Every route (through
// ctx.load in lib/http/handle.ts), page, report and stream asks here. Another organisation's id is a 404 exactly like
// a missing one (never a 403 that reveals it exists); a member whose role is too low gets the 403.

export type { OrganisationOwner, Owner, OwnerOf } from "@/db/queries/owners";

/** The record's owner with the caller's membership in its organisation. */
export type Owned = Owner & { membership: MembershipSummary };
/** As Owned, for any kind: a price deck's owner names no project. */
export type OwnedOf<K extends OwnedKind> = OwnerOf<K> & { membership: MembershipSummary };

export type LoadOptions = {
  /** Use the in-process owner memo (read paths that load the record afterwards anyway; see owner-memo.ts). */
  isRemembered?: boolean;
};

/**
 * The owner of a record among the caller's organisations.
 * @throws AppError NOT_FOUND when the record does not exist or belongs to an organisation the caller is not in
 */
export async function findOwned<K extends OwnedKind>(user: CurrentUser, kind: K, id: string, options: LoadOptions = {}): Promise<OwnerOf<K>> {
  const organisationIds = user.memberships.map((m) => m.organisationId);
  // Only project and scenario owners are ever remembered (owner-memo.ts), and those are full Owners.
  const remembered = options.isRemembered ? (recallOwner(kind, id) as OwnerOf<K> | undefined) : undefined;
  if (remembered) {
    if (organisationIds.includes(remembered.organisationId)) return remembered;
    throw notFound(OWNED_KIND_LABELS[kind]);
  }
  const owner = await findOwner(await getDb(), { kind, id, organisationIds });
  if (!owner) throw notFound(OWNED_KIND_LABELS[kind]);
  if (options.isRemembered) rememberOwner(kind, id, owner);
  return owner;
}

/**
 * The owner of a record when the caller may act on it with at least `minimumRole`: 404 first, then 403.
 * @example const { organisationId, projectId } = await loadOwned(user, "scenario", scenarioId, "analyst");
 */
export async function loadOwned<K extends OwnedKind>(
  user: CurrentUser,
  kind: K,
  id: string,
  minimumRole: Role,
  options: LoadOptions = {},
): Promise<OwnedOf<K>> {
  const owner = await findOwned(user, kind, id, options);
  return { ...owner, membership: requireRole(user, owner.organisationId, minimumRole) };
}
