import { getDb } from "@/db";
import { isUniqueViolation } from "@/db/queries/pg-errors";
import {
  deleteMembership,
  findUserIdByEmail,
  getMember,
  insertAccount,
  insertMembership,
  listMembers as selectMembers,
  lockOrganisationMembers,
  updateAccountStatus,
  updateMembershipRole,
  type Member,
  type MemberPage,
} from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import type { AddMemberInput, ListMembersQuery, UpdateMemberInput } from "@/lib/validation/user";
import { write, type AuditRecord, type Write } from "@/lib/writes";
import {
  alreadyMember,
  assertKeepsActiveAdmin,
  assertNotOwnDemotion,
  assertOnlyThisOrganisation,
  emailTaken,
  noAccountWithEmail,
} from "./rules";

// The members of an organisation (an account and its membership there) as admins manage them. Every change runs
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
 * Adds a member: creates the account when `name` and `password` are given (409 EMAIL_TAKEN when the email is
 * in use), else adds the existing account with that email (422 USER_NOT_FOUND when there is none).
 * @throws AppError ALREADY_MEMBER (409) when the account is already a member of the organisation
 */
export async function addMember({ organisationId, actorUserId, input }: ActorScope & { input: AddMemberInput }): Promise<Member> {
  // Hashing is deliberately slow (~30 ms): do it before the transaction holds any lock.
  const newAccount =
    input.name !== undefined && input.password !== undefined
      ? { name: input.name, email: input.email, passwordHash: await hashPassword(input.password) }
      : undefined;
  try {
    return await write({ organisationId, userId: actorUserId }, async (w) => {
      await lockOrganisationMembers(w.tx, { organisationId });
      const existingId = await findUserIdByEmail(w.tx, { email: input.email });
      if (newAccount && existingId) throw emailTaken();
      if (!newAccount && !existingId) throw noAccountWithEmail();
      const userId = existingId ?? (newAccount ? await insertAccount(w.tx, newAccount) : "");
      await insertMembership(w.tx, { organisationId, userId, role: input.role });
      const member = await getMember(w.tx, { organisationId, userId });
      if (!member) throw new Error("member not readable after insert");
      const records: AuditRecord[] = [];
      if (newAccount) {
        const after = { id: member.id, name: member.name, email: member.email, isActive: member.isActive };
        records.push({ action: "create", entityType: "user", entityId: userId, after });
      }
      records.push({ action: "create", entityType: "membership", entityId: userId, after: { userId, email: member.email, role: member.role } });
      await w.audit(records);
      return member;
    });
  } catch (error) {
    // A concurrent request won the race for the same email or membership.
    if (isUniqueViolation(error, "users_email_unique")) throw emailTaken();
    // The only other unique key on this path is the membership's (user, organisation) primary key.
    if (isUniqueViolation(error)) throw alreadyMember();
    throw error;
  }
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
