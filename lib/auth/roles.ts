import { ROLES, type Role } from "@/lib/domain/roles";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { CurrentUser, MembershipSummary } from "./types";

const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer",
  analyst: "Analyst",
  project_manager: "Project manager",
  admin: "Admin",
};

/** Position of a role in the permission order viewer < analyst < project_manager < admin. */
export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

/** True when `role` is at least `minimum`. */
export function hasRole(role: Role, minimum: Role): boolean {
  return roleRank(role) >= roleRank(minimum);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function formatRole(role: Role): string {
  return ROLE_LABELS[role];
}

/**
 * The user's membership of the organisation when their role there is at least `minimumRole`.
 * @throws AppError NOT_FOUND when the user is not a member (another organisation's existence is never revealed)
 * @throws AppError FORBIDDEN when the role is too low
 */
export function requireRole(user: CurrentUser, organisationId: string, minimumRole: Role): MembershipSummary {
  const membership = user.memberships.find((m) => m.organisationId === organisationId);
  if (!membership) throw notFound("Organisation");
  if (!hasRole(membership.role, minimumRole)) {
    throw forbidden(`This action needs the ${formatRole(minimumRole).toLowerCase()} role or higher`);
  }
  return membership;
}

/**
 * The organisation the user works in: the one named by the cookie when they are a member of it, else their
 * first membership. Throws when the user has no membership at all (callers treat that as signed out).
 */
export function chooseActiveOrganisation(
  memberships: readonly MembershipSummary[],
  requestedOrganisationId: string | undefined,
): MembershipSummary {
  const requested = memberships.find((m) => m.organisationId === requestedOrganisationId);
  const chosen = requested ?? memberships[0];
  if (!chosen) throw new AppError("FORBIDDEN", "The user belongs to no organisation");
  return chosen;
}
