import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { memberships, signInAttempts, users } from "@/db/schema/identity";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { authorizeCredentials } from "./authorize";
import { hashPassword } from "./password";
import { ACCOUNT_SLOWDOWN_STEP_MS, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_PAIR } from "./throttle";

const getDb = useTestDb();
const PASSWORD = "correct horse battery staple";
let passwordHash = "";
let organisationId = "";
let addressCounter = 0;
/** The account slow-down's wait, skipped (the tests that measure it pass a recorder). */
const noWait = async () => {};

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

  it("throttles one address trying one account, even with the right password, and lifts it after the window", async () => {
    const db = await getDb();
    const user = await newUser();
    const clientAddress = nextAddress();
    const start = new Date("2030-01-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i += 1) {
      const at = new Date(start.getTime() + i * 60_000);
      await authorizeCredentials(db, { email: user.email, password: "wrong" }, { clientAddress, now: at, wait: noWait });
    }
    const blockedAt = new Date(start.getTime() + 5 * 60_000);
    const blocked = await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress, now: blockedAt, wait: noWait });
    // The first failure (10:00) leaves the 15-minute window at 10:15, ten minutes after 10:05.
    expect(blocked).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 10 });
    const later = new Date(start.getTime() + 15 * 60_000 + 1_000);
    const result = await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress, now: later, wait: noWait });
    expect(result.ok).toBe(true);
  });

  it("never locks the owner out because of a stranger's failures elsewhere: it slows the account down instead", async () => {
    const db = await getDb();
    const user = await newUser();
    const now = new Date("2030-04-01T10:00:00Z");
    const stranger = nextAddress();
    for (let i = 0; i < MAX_FAILURES_PER_PAIR * 2; i += 1) {
      await authorizeCredentials(db, { email: user.email, password: "wrong" }, { clientAddress: stranger, now, wait: noWait });
    }
    const waits: number[] = [];
    const owner = await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress: nextAddress(), now, wait: async (ms) => void waits.push(ms) });
    expect(owner.ok).toBe(true);
    // Five of the stranger's ten attempts were refused unrecorded: five failures, the first past the pair limit.
    expect(waits).toEqual([ACCOUNT_SLOWDOWN_STEP_MS]);
  });

  it("counts parallel wrong passwords one by one: no more get checked than the limit allows", async () => {
    const db = await getDb();
    const user = await newUser();
    const clientAddress = nextAddress();
    const now = new Date("2030-05-01T10:00:00Z");
    const guesses = Array.from({ length: 12 }, (_, i) =>
      authorizeCredentials(db, { email: user.email, password: `guess-${i}` }, { clientAddress, now, wait: noWait }),
    );
    const results = await Promise.all(guesses);
    expect(results.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_PAIR);
    expect(results.filter((result) => !result.ok && result.reason === "throttled")).toHaveLength(12 - MAX_FAILURES_PER_PAIR);
    const recorded = await db.select().from(signInAttempts).where(eq(signInAttempts.email, user.email));
    expect(recorded).toHaveLength(MAX_FAILURES_PER_PAIR);
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

  it("forgets earlier failures of an address for an account once the user signs in from it", async () => {
    const db = await getDb();
    const user = await newUser();
    const clientAddress = nextAddress();
    const now = new Date("2030-03-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_PAIR - 1; i += 1) {
      await authorizeCredentials(db, { email: user.email, password: "wrong" }, { clientAddress, now, wait: noWait });
    }
    const signedIn = new Date(now.getTime() + 1_000);
    expect((await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress, now: signedIn, wait: noWait })).ok).toBe(true);
    const typo = new Date(now.getTime() + 2_000);
    await authorizeCredentials(db, { email: user.email, password: "wrong" }, { clientAddress, now: typo, wait: noWait });
    const again = new Date(now.getTime() + 3_000);
    expect((await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress, now: again, wait: noWait })).ok).toBe(true);
  });

  it("audits every sign-in, and every failed one on an existing account, in each of the account's organisations", async () => {
    const db = await getDb();
    const user = await newUser();
    const second = await createTestOrganisation(db);
    await db.insert(memberships).values({ userId: user.id, organisationId: second.id, role: "viewer" });
    const clientAddress = nextAddress();
    await authorizeCredentials(db, { email: user.email, password: "wrong" }, { clientAddress, wait: noWait });
    await authorizeCredentials(db, { email: user.email, password: PASSWORD }, { clientAddress, wait: noWait });
    const rows = await db
      .select({ organisationId: auditLog.organisationId, userId: auditLog.userId, action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, user.id)));
    const expected = [organisationId, second.id].flatMap((id) => [
      { organisationId: id, userId: null, action: "sign_in_failed", after: { clientAddress } },
      { organisationId: id, userId: user.id, action: "sign_in", after: { clientAddress } },
    ]);
    expect(rows).toEqual(expect.arrayContaining(expected));
    expect(rows).toHaveLength(expected.length);
  });

  it("audits nothing for an unknown email: there is no organisation to tell", async () => {
    const db = await getDb();
    const clientAddress = nextAddress();
    const auditedFrom = () => db.select().from(auditLog).where(sql`${auditLog.after}->>'clientAddress' = ${clientAddress}`);
    await authorizeCredentials(db, { email: `nobody-${crypto.randomUUID()}@example.test`, password: "guess" }, { clientAddress, wait: noWait });
    expect(await auditedFrom()).toEqual([]);
    const user = await newUser();
    await authorizeCredentials(db, { email: user.email, password: "wrong" }, { clientAddress, wait: noWait });
    expect(await auditedFrom()).toHaveLength(1);
  });
});
