import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { chooseActiveOrganisation, hasRole, requireRole } from "./roles";
import type { CurrentUser, MembershipSummary } from "./types";

const ORG_A = "00000000-0000-4000-8000-00000000000a";
const ORG_B = "00000000-0000-4000-8000-00000000000b";
const OTHER = "00000000-0000-4000-8000-0000000000ff";

const memberships: MembershipSummary[] = [
  { organisationId: ORG_A, organisationName: "Alpha", role: "analyst" },
  { organisationId: ORG_B, organisationName: "Beta", role: "admin" },
];
const user: CurrentUser = {
  id: "u1",
  email: "a@example.test",
  name: "A",
  memberships,
  activeOrganisation: { id: ORG_A, name: "Alpha", role: "analyst" },
  sessionId: "s1",
  apiTokenId: null,
  numberFormat: null,
};

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("hasRole", () => {
  it("orders roles viewer < analyst < project_manager < admin", () => {
    expect(hasRole("viewer", "viewer")).toBe(true);
    expect(hasRole("viewer", "analyst")).toBe(false);
    expect(hasRole("analyst", "analyst")).toBe(true);
    expect(hasRole("analyst", "project_manager")).toBe(false);
    expect(hasRole("project_manager", "analyst")).toBe(true);
    expect(hasRole("admin", "project_manager")).toBe(true);
    expect(hasRole("project_manager", "admin")).toBe(false);
  });
});

describe("requireRole", () => {
  it("returns the membership when the role is high enough", () => {
    expect(requireRole(user, ORG_B, "admin").organisationName).toBe("Beta");
    expect(requireRole(user, ORG_A, "viewer").role).toBe("analyst");
  });

  it("refuses a role that is too low with FORBIDDEN (403)", () => {
    const error = thrown(() => requireRole(user, ORG_A, "project_manager"));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.status).toBe(403);
  });

  it("answers NOT_FOUND (404) for an organisation the user does not belong to", () => {
    const error = thrown(() => requireRole(user, OTHER, "viewer"));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.status).toBe(404);
  });
});

describe("chooseActiveOrganisation", () => {
  it("uses the cookie's organisation when the user is a member", () => {
    expect(chooseActiveOrganisation(memberships, ORG_B).organisationId).toBe(ORG_B);
  });

  it("falls back to the first membership for a missing or foreign cookie", () => {
    expect(chooseActiveOrganisation(memberships, undefined).organisationId).toBe(ORG_A);
    expect(chooseActiveOrganisation(memberships, OTHER).organisationId).toBe(ORG_A);
  });

  it("throws when there is no membership at all", () => {
    expect(() => chooseActiveOrganisation([], ORG_A)).toThrow(AppError);
  });
});
