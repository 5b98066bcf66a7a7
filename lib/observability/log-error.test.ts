import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { toErrorResponse } from "@/lib/http/respond";
import { createTestUser, createTestOrganisation, useTestDb } from "@/tests/support/db";
import { captureLogs, type CapturedLogs } from "@/tests/support/logs";
import { describeError, scrubSecrets } from "./log-error";

// An INSERT that fails carries the row it tried to write: the driver's error holds the parameters, PostgreSQL's
// detail "Failing row contains (…)" (on a NOT NULL or CHECK failure) the values. Such an error once reached the log
// through the route wrapper's unknown-error path, which bypassed redaction, with a whole Argon2 hash in it.

const getDb = useTestDb();
let db: Db;
let logs: CapturedLogs;

beforeAll(async () => {
  db = await getDb();
  logs = captureLogs();
});

afterAll(() => logs.restore());

/** An INSERT of a user row that the database refuses, with a real password hash among its values. */
async function failedInsertWithHash(hash: string): Promise<unknown> {
  const organisationId = (await createTestOrganisation(db)).id;
  const taken = await createTestUser(db, { organisationId, role: "viewer" });
  try {
    await db.insert(users).values({ email: taken.email, name: "Duplicate", passwordHash: hash });
  } catch (error) {
    return error;
  }
  throw new Error("the duplicate insert was accepted");
}

describe("unexpected errors in the log", () => {
  it("never carry a password hash, even when the database error holds the row (the route's 500 path)", async () => {
    const hash = await hashPassword("correct horse battery staple");
    const error = await failedInsertWithHash(hash);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error)) + String((error as Error).message)).toContain(hash.slice(0, 30));

    const response = toErrorResponse(error);
    expect(response.status).toBe(500);
    const logged = logs.lines.filter((line) => line.includes("unhandled error in route handler"));
    expect(logged).toHaveLength(1);
    expect(logged[0]).not.toContain(hash.split("$").at(-1));
    expect(logged[0]).not.toContain("$argon2");
    expect(JSON.parse(logged[0] ?? "{}")).toMatchObject({ level: "error", component: "http", error: { type: expect.any(String) } });
  });

  it("keep what explains the failure: the message, the code, the constraint", () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
      code: "23505",
      constraint: "users_email_unique",
      detail: "Failing row contains (1, a@b.c, $argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo).",
      params: ["a@b.c", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"],
    });
    const described = describeError(new Error("Failed query: insert into users", { cause: error }));
    expect(described.cause).toMatchObject({ code: "23505", constraint: "users_email_unique", detail: "Failing row contains (1, a@b.c, [redacted hash])." });
    expect(JSON.stringify(described)).not.toContain("aGFzaGhhc2hoYXNo");
    expect(described.cause).not.toHaveProperty("params");
  });

  it("scrub bearer tokens, URL passwords and session tokens from free text", () => {
    const text = "GET failed: Authorization: Bearer cm_pat_abc123.def, redis://user:s3cret@cache:6379, cookie eyJhbGciOiJkaXIi.eyJzdWIiOiIxIn0.x";
    const scrubbed = scrubSecrets(text);
    for (const secret of ["cm_pat_abc123", "s3cret", "eyJhbGciOiJkaXIi"]) expect(scrubbed).not.toContain(secret);
    expect(scrubbed).toContain("redis://user:[redacted]@cache:6379");
  });
});
