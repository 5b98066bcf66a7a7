import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAttempts, users } from "@/db/schema/identity";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { authorizeCredentials } from "./authorize";
import { hashPassword } from "./password";
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_EMAIL } from "./throttle";

const getDb = useTestDb();
const PASSWORD = "correct horse battery staple";
let passwordHash = "";
let organisationId = "";
let addressCounter = 0;

/** A fresh client address per test, so the per-address limit of one test never leaks into another. */
function nextAddress(): string {
  addressCounter += 1;
  return `192.0.2.${addressCounter}`;
}

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  organisationId = (await createTestOrganisation(await getDb())).id;
});

async function newUser(options: { isActive?: boolean } = {}): Promise<{ id: string; email: string }> {
  return createTestUser(await getDb(), { organisationId, role: "analyst", passwordHash, ...options });
}

describe("authorizeCredentials", () => {
  it("signs in with the right password, whatever the email's case, and records it", async () => {
    const db = await getDb();
    const user = await newUser();
    const result = await authorizeCredentials(db, { email: ` ${user.email.toUpperCase()} `, password: PASSWORD }, { clientAddress: nextAddress() });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: "Test analyst" } });
    const [row] = await db.select({ lastSignInAt: users.lastSignInAt }).from(users).where(eq(users.id, user.id));
    expect(row?.lastSignInAt).toBeInstanceOf(Date);
    const attempts = await db.select().from(signInAttempts).where(eq(signInAttempts.email, user.email));
    expect(attempts.map((a) => a.isSuccess)).toEqual([true]);
  });

  it("refuses a wrong password and records the failure", async () => {
    const db = await getDb();
    const user = await newUser();
    const result = await authorizeCredentials(db, { email: user.email, password: "wrong" }, { clientAddress: nextAddress() });
    expect(result).toEqual({ ok: false, reason: "invalid" });
    const attempts = await db.select().from(signInAttempts).where(eq(signInAttempts.email, user.email));
    expect(attempts.map((a) => a.isSuccess)).toEqual([false]);
  });

  it("answers an unknown email exactly like a wrong password", async () => {
    const db = await getDb();
    const result = await authorizeCredentials(db, { email: "nobody@example.test", password: PASSWORD }, { clientAddress: nextAddress() });
    expect(result).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an inactive user even with the right password", async () => {
    const db = await getDb();
    const user = await newUser({ isActive: false });
    const result = await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress: nextAddress() });
    expect(result).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses malformed input without touching the database", async () => {
    const db = await getDb();
    expect(await authorizeCredentials(db, { email: "not-an-email", password: "x" }, { clientAddress: nextAddress() })).toEqual({ ok: false, reason: "invalid" });
    expect(await authorizeCredentials(db, undefined, { clientAddress: nextAddress() })).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an email after too many failures, even with the right password, and lifts it after the window", async () => {
    const db = await getDb();
    const user = await newUser();
    const start = new Date("2030-01-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i += 1) {
      const at = new Date(start.getTime() + i * 60_000);
      await authorizeCredentials(db, { email: user.email, password: "wrong" }, { clientAddress: nextAddress(), now: at });
    }
    const blockedAt = new Date(start.getTime() + 5 * 60_000);
    const blocked = await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress: nextAddress(), now: blockedAt });
    // The first failure (10:00) leaves the 15-minute window at 10:15, ten minutes after 10:05.
    expect(blocked).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 10 });
    const later = new Date(start.getTime() + 15 * 60_000 + 1_000);
    const result = await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress: nextAddress(), now: later });
    expect(result.ok).toBe(true);
  });

  it("throttles a client address after too many failures across different emails", async () => {
    const db = await getDb();
    const clientAddress = nextAddress();
    const now = new Date("2030-02-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i += 1) {
      await authorizeCredentials(db, { email: `probe-${i}@example.test`, password: "guess" }, { clientAddress, now });
    }
    const user = await newUser();
    const blocked = await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress, now });
    expect(blocked).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
    const elsewhere = await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress: nextAddress(), now });
    expect(elsewhere.ok).toBe(true);
  });

  it("forgets earlier failures of an email once the user signs in", async () => {
    const db = await getDb();
    const user = await newUser();
    const now = new Date("2030-03-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i += 1) {
      await authorizeCredentials(db, { email: user.email, password: "wrong" }, { clientAddress: nextAddress(), now });
    }
    const signedIn = new Date(now.getTime() + 1_000);
    expect((await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress: nextAddress(), now: signedIn })).ok).toBe(true);
    const typo = new Date(now.getTime() + 2_000);
    await authorizeCredentials(db, { email: user.email, password: "wrong" }, { clientAddress: nextAddress(), now: typo });
    const again = new Date(now.getTime() + 3_000);
    expect((await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress: nextAddress(), now: again })).ok).toBe(true);
  });
});
