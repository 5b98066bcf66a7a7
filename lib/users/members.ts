import { getDb } from "@/db";
import {
  deleteMembership,
  getMember,
  listMembers as selectMembers,
  lockOrganisationMembers,
  updateAccountStatus,
  updateMembershipRole,
  type Member,
  type MemberPage,
} from "@/db/queries/users";
import type { ListMembersQuery, UpdateMemberInput } from "@/lib/validation/user";
import { write, type AuditRecord, type Write } from "@/lib/writes";
import { assertKeepsActiveAdmin, assertNotOwnDemotion, assertOnlyThisOrganisation } from "./rules";

// The members of an organisation (an account and its membership there) as admins manage them. People join by
// invitation (./invitations.ts); nobody creates an account for someone else. Every change runs
// through lib/writes with audit rows about the changed user ("user" for the account, "membership" for the
// membership; entityId is the user's id), which also tells every app instance to forget that user's identity.

export type { Member, MemberPage } from "@/db/queries/users";

type Scope = { organisationId: string };
/** The acting admin; null for system actions (no route's role check in front). */
type ActorScope = Scope & { actorUserId: string | null };

/** One page of the organisation's members, filtered and sorted. */
export async function listMembers({ organisationId, query }: Scope & { query: ListMembersQuery }): Promise<MemberPage> {
  return selectMembers(await getDb(), { organisationId, query });
}

/** Takes the organisation's member-write lock, then reads the member (undefined when not a member). */
async function lockMember(w: Write, userId: string): Promise<Member | undefined> {
  await lockOrganisationMembers(w.tx, w.scope);
  return getMember(w.tx, { organisationId: w.scope.organisationId, userId });
}

/**
 * Changes a member's role and/or account status. Refuses (422) an admin demoting or deactivating themself
 * (SELF_DEMOTION), leaving the organisation without an active admin (LAST_ADMIN), and changing the status of an
 * account that other organisations share (ACCOUNT_SHARED).
 * @returns the member after the change, or undefined when the user is not a member (404)
 */
export async function updateMember(
  { organisationId, actorUserId, userId, changes }: ActorScope & { userId: string; changes: UpdateMemberInput },
): Promise<Member | undefined> {
  return write({ organisationId, userId: actorUserId }, async (w) => {
    const before = await lockMember(w, userId);
    if (!before) return undefined;
    const role = changes.role ?? before.role;
    const isActive = changes.isActive ?? before.isActive;
    const isRoleChanged = role !== before.role;
    const isStatusChanged = isActive !== before.isActive;
    if (!isRoleChanged && !isStatusChanged) return before;
    assertNotOwnDemotion({ actorUserId, userId, isLosingAdmin: role !== "admin" || !isActive, verb: isActive ? "demote" : "deactivate" });
    if (isStatusChanged) await assertOnlyThisOrganisation(w.tx, { organisationId, userId });
    if (before.role === "admin" && before.isActive && (role !== "admin" || !isActive)) {
      await assertKeepsActiveAdmin(w.tx, { organisationId, userId });
    }
    const records: AuditRecord[] = [];
    if (isRoleChanged) {
      await updateMembershipRole(w.tx, { organisationId, userId, role });
      records.push({ action: "role_change", entityType: "membership", entityId: userId, before: { role: before.role }, after: { role } });
    }
    if (isStatusChanged) {
      await updateAccountStatus(w.tx, { organisationId, userId, isActive });
      records.push({ action: "update", entityType: "user", entityId: userId, before: { isActive: before.isActive }, after: { isActive } });
    }
    await w.audit(records);
    return { ...before, role, isActive };
  });
}

/**
 * Removes the user from the organisation (the account itself stays: it may belong to other organisations).
 * Same rules as demotion: not oneself, and never the last active admin.
 * @returns false when the user is not a member (404)
 */
export async function removeMember({ organisationId, actorUserId, userId }: ActorScope & { userId: string }): Promise<boolean> {
  return write({ organisationId, userId: actorUserId }, async (w) => {
    const before = await lockMember(w, userId);
    if (!before) return false;
    assertNotOwnDemotion({ actorUserId, userId, isLosingAdmin: true, verb: "remove" });
    if (before.role === "admin" && before.isActive) await assertKeepsActiveAdmin(w.tx, { organisationId, userId });
    await deleteMembership(w.tx, { organisationId, userId });
    await w.audit({ action: "delete", entityType: "membership", entityId: userId, before: { userId, email: before.email, role: before.role } });
    return true;
  });
}
