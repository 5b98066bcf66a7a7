import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { memberships, users } from "@/db/schema/identity";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import type { Tx } from "@/db";
import { cookieForSession, sessionCookieFor } from "@/tests/support/api";
import { ACTIVE_ORGANISATION_COOKIE } from "./constants";
import { forgetIdentity, notifyIdentityChanged } from "./identity-memo";
import { revokeUserSessions } from "./sessions";

// The Next.js request scope (cookies, headers) is replaced by plain fakes carrying a real session cookie; the
// database is the real test database.
const fake = vi.hoisted(() => ({
  sessionCookie: undefined as string | undefined,
  cookies: new Map<string, string>(),
  revalidated: [] as string[],
}));

vi.mock("server-only", () => ({}));
vi.mock("next-auth", () => ({ AuthError: class extends Error {}, CredentialsSignin: class extends Error {} }));
vi.mock("./index", () => ({
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (fake.cookies.has(name) ? { name, value: fake.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void fake.cookies.set(name, value),
    delete: (name: string) => void fake.cookies.delete(name),
  }),
  headers: async () => new Headers(fake.sessionCookie ? { cookie: fake.sessionCookie } : {}),
}));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void fake.revalidated.push(path) }));

const { getCurrentUser } = await import("./session");
const { signInAction, switchOrganisationAction } = await import("./actions");

const getDb = useTestDb();
let alpha = { id: "" };
let beta = { id: "" };
let foreign = { id: "" };
let userId = "";

beforeAll(async () => {
  const db = await getDb();
  alpha = await createTestOrganisation(db, "Alpha Copper");
  beta = await createTestOrganisation(db, "Beta Gold");
  foreign = await createTestOrganisation(db, "Foreign Iron");
  userId = (await createTestUser(db, { organisationId: alpha.id, role: "analyst" })).id;
  await db.insert(memberships).values({ userId, organisationId: beta.id, role: "admin" });
});

beforeEach(async () => {
  fake.sessionCookie = await sessionCookieFor(userId);
  fake.cookies.clear();
  fake.revalidated.length = 0;
});

function formWith(organisationId: string): FormData {
  const form = new FormData();
  form.set("organisationId", organisationId);
  return form;
}

describe("getCurrentUser", () => {
  it("returns the user with every membership and the first organisation active by default", async () => {
    const user = await getCurrentUser();
    expect(user?.memberships.map((m) => m.organisationName)).toEqual(["Alpha Copper", "Beta Gold"]);
    expect(user?.activeOrganisation).toEqual({ id: alpha.id, name: "Alpha Copper", role: "analyst" });
  });

  it("returns null when signed out", async () => {
    fake.sessionCookie = undefined;
    expect(await getCurrentUser()).toBeNull();
  });

  it("ignores an organisation cookie naming an organisation the user does not belong to", async () => {
    fake.cookies.set(ACTIVE_ORGANISATION_COOKIE, foreign.id);
    expect((await getCurrentUser())?.activeOrganisation.id).toBe(alpha.id);
  });

  it("sees a role change and a deactivation at once, whatever the session token says", async () => {
    const db = await getDb();
    const other = await createTestUser(db, { organisationId: alpha.id, role: "viewer" });
    fake.sessionCookie = await sessionCookieFor(other.id);
    expect((await getCurrentUser())?.activeOrganisation.role).toBe("viewer");
    // As lib/writes changes identities: the change and its notification in one transaction, then this process forgets.
    const change = async (work: (tx: Tx) => Promise<unknown>) => {
      await db.transaction(async (tx) => {
        await work(tx);
        await notifyIdentityChanged(tx, other.id);
      });
      forgetIdentity(other.id);
    };
    await change((tx) => tx.update(memberships).set({ role: "project_manager" }).where(eq(memberships.userId, other.id)));
    expect((await getCurrentUser())?.activeOrganisation.role).toBe("project_manager");
    await change((tx) => tx.update(users).set({ isActive: false }).where(eq(users.id, other.id)));
    expect(await getCurrentUser()).toBeNull();
  });

  it("is signed out when the cookie names no session, or a session that was revoked", async () => {
    fake.sessionCookie = await cookieForSession(userId, undefined);
    expect(await getCurrentUser()).toBeNull();
    fake.sessionCookie = await sessionCookieFor(userId);
    const current = await getCurrentUser();
    expect(current).not.toBeNull();
    await revokeUserSessions(await getDb(), { userId, sessionId: current?.sessionId ?? "" });
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("switchOrganisationAction", () => {
  it("makes another of the user's organisations active", async () => {
    await switchOrganisationAction(formWith(beta.id));
    expect(fake.cookies.get(ACTIVE_ORGANISATION_COOKIE)).toBe(beta.id);
    expect(fake.revalidated).toEqual(["/"]);
    expect((await getCurrentUser())?.activeOrganisation).toEqual({ id: beta.id, name: "Beta Gold", role: "admin" });
  });

  it("refuses an organisation the user does not belong to, and malformed input", async () => {
    await switchOrganisationAction(formWith(foreign.id));
    await switchOrganisationAction(formWith("not-a-uuid"));
    expect(fake.cookies.has(ACTIVE_ORGANISATION_COOKIE)).toBe(false);
    expect(fake.revalidated).toEqual([]);
  });

  it("refuses a call without its form (a server action is a public endpoint) and changes nothing", async () => {
    await switchOrganisationAction(undefined as unknown as FormData);
    expect(fake.cookies.has(ACTIVE_ORGANISATION_COOKIE)).toBe(false);
    expect(await signInAction({}, undefined as unknown as FormData)).toEqual({ message: "Fill in the sign-in form." });
  });
});
