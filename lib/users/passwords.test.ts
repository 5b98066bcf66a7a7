import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, passwordLinks, sessions, users } from "@/db/schema";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { linkIn, startSmtpSink, type SmtpSink } from "@/tests/support/smtp-sink";
import type * as PasswordModule from "@/lib/auth/password";
import type * as MemberPasswordModule from "./member-password";
import type * as PasswordsModule from "./passwords";

// Passwords through the real services, database and SMTP client, with a real SMTP server in the test process.
// lib/env.mjs reads the environment once, at import: the services are loaded after SMTP_URL points at the sink.
const getDb = useTestDb();
let smtp: SmtpSink;
type Services = { passwords: typeof PasswordsModule; memberPassword: typeof MemberPasswordModule; password: typeof PasswordModule };
let services: Services;
const STRONG = "tailings kettle magnolia 41";

beforeAll(async () => {
  smtp = await startSmtpSink();
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("APP_BASE_URL", "https://calminer.example.test/app");
  vi.resetModules();
  services = { passwords: await import("./passwords"), memberPassword: await import("./member-password"), password: await import("@/lib/auth/password") };
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
});

async function person(role: "viewer" | "admin" = "viewer") {
  const db = await getDb();
  const organisation = await createTestOrganisation(db);
  const passwordHash = await services.password.hashPassword("the old password 1");
  const user = await createTestUser(db, { organisationId: organisation.id, role, passwordHash });
  const sessionIds = [crypto.randomUUID(), crypto.randomUUID()];
  await db.insert(sessions).values(sessionIds.map((id) => ({ id, userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) })));
  return { db, organisation, user, sessionIds };
}

async function liveSessionIds(userId: string): Promise<string[]> {
  const rows = await (await getDb()).select({ id: sessions.id, revokedAt: sessions.revokedAt }).from(sessions).where(eq(sessions.userId, userId));
  return rows.filter((row) => row.revokedAt === null).map((row) => row.id);
}

async function passwordMatches(userId: string, password: string): Promise<boolean> {
  const [row] = await (await getDb()).select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return services.password.verifyPassword(row?.hash ?? "", password);
}

describe("forgot password", () => {
  it("emails a single-use link under APP_BASE_URL that sets a strong password and ends every session", async () => {
    const { db, organisation, user } = await person();
    await services.passwords.requestPasswordReset({ email: user.email });
    const email = await smtp.waitFor(user.email);
    expect(email.subject).toBe("Reset your CalMiner password");
    const link = linkIn(email);
    expect(`${link.origin}${link.pathname}`).toBe("https://calminer.example.test/app/set-password");
    const token = link.searchParams.get("token") ?? "";
    expect(await services.passwords.describePasswordLink(token)).toMatchObject({ email: user.email, purpose: "reset_password" });

    await expect(services.passwords.setPasswordWithLink({ token, password: "password12345" })).rejects.toMatchObject({ code: "VALIDATION_FAILED", fieldErrors: { password: [expect.stringMatching(/too easy/)] } });
    expect(await services.passwords.setPasswordWithLink({ token, password: STRONG })).toEqual({ email: user.email });
    expect(await passwordMatches(user.id, STRONG)).toBe(true);
    expect(await liveSessionIds(user.id)).toEqual([]);
    await expect(services.passwords.setPasswordWithLink({ token, password: "another strong passphrase 7" })).rejects.toMatchObject({ code: "LINK_INVALID" });
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.organisationId, organisation.id), eq(auditLog.action, "password_reset")));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("sends nothing for an unknown or deactivated email, and at most three links an hour, with the same answer", async () => {
    const { db, user } = await person();
    const before = smtp.received.length;
    await services.passwords.requestPasswordReset({ email: `nobody-${crypto.randomUUID()}@example.test` });
    for (let i = 0; i < 5; i += 1) await services.passwords.requestPasswordReset({ email: user.email });
    await vi.waitFor(() => expect(smtp.received.filter((e) => e.to.includes(user.email))).toHaveLength(3));
    await db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    const other = await person();
    await db.update(users).set({ isActive: false }).where(eq(users.id, other.user.id));
    await services.passwords.requestPasswordReset({ email: other.user.email });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received.length - before).toBe(3);
  });
});

describe("change password", () => {
  it("needs the current password and a strong new one, and ends every other session", async () => {
    const { user, sessionIds } = await person();
    const [current = "", other = ""] = sessionIds;
    const change = (currentPassword: string, newPassword: string) => services.passwords.changePassword({ userId: user.id, sessionId: current, input: { currentPassword, newPassword } });
    await expect(change("not it at all", STRONG)).rejects.toMatchObject({ fieldErrors: { currentPassword: ["is not right"] } });
    await expect(change("the old password 1", "qwertyuiop123")).rejects.toMatchObject({ fieldErrors: { newPassword: [expect.stringMatching(/too easy/)] } });
    expect(await liveSessionIds(user.id)).toEqual(expect.arrayContaining([current, other]));
    await change("the old password 1", STRONG);
    expect(await passwordMatches(user.id, STRONG)).toBe(true);
    expect(await liveSessionIds(user.id)).toEqual([current]);
  });
});

describe("an admin's reset link for a member", () => {
  it("goes to the member by email only, also for an account shared with another organisation", async () => {
    const { db, organisation, user } = await person();
    const admin = await createTestUser(db, { organisationId: organisation.id, role: "admin" });
    const elsewhere = await createTestOrganisation(db);
    await db.insert((await import("@/db/schema")).memberships).values({ userId: user.id, organisationId: elsewhere.id, role: "viewer" });
    const issued = await services.memberPassword.issueMemberResetLink({ organisationId: organisation.id, actorUserId: admin.id, userId: user.id });
    expect(issued).toMatchObject({ emailed: true });
    expect(issued && "path" in issued).toBe(false);
    expect(linkIn(await smtp.waitFor(user.email)).pathname).toBe("/app/set-password");
    const links = await db.select({ issuedBy: passwordLinks.issuedBy }).from(passwordLinks).where(eq(passwordLinks.userId, user.id));
    expect(links).toEqual([{ issuedBy: admin.id }]);
  });

  it("is 404 for someone who is not a member", async () => {
    const { organisation, db } = await person();
    const admin = await createTestUser(db, { organisationId: organisation.id, role: "admin" });
    const stranger = await person();
    expect(await services.memberPassword.issueMemberResetLink({ organisationId: organisation.id, actorUserId: admin.id, userId: stranger.user.id })).toBeUndefined();
  });
});
