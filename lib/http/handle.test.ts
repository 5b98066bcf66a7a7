import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { defineContract } from "./contracts/define";
import { handle } from "./handle";
import { captureLogs } from "@/tests/support/logs";

const getDb = useTestDb();

const contract = defineContract({
  method: "POST",
  path: "/api/organisations/{organisationId}/echo",
  summary: "Echo for tests",
  tags: ["test"],
  access: "project_manager",
  params: z.object({ organisationId: z.uuid() }),
  body: z.object({ amount: z.number().nonnegative() }),
  responses: { 200: { description: "echo" } },
});

const route = handle(contract, async ({ params, body, authorize }) => {
  authorize(params.organisationId);
  if (body.amount === 13) throw new AppError("UNPROCESSABLE", "Unlucky amount");
  if (body.amount === 500) throw new Error("database exploded with secret details");
  return Response.json({ amount: body.amount });
});

async function setup(role: "viewer" | "project_manager") {
  const db = await getDb();
  const org = await createTestOrganisation(db);
  const user = await createTestUser(db, { organisationId: org.id, role });
  return { org, cookie: await sessionCookieFor(user.id) };
}

describe("the route guard ladder", () => {
  it("answers 401 JSON to a caller without a session", async () => {
    const { org } = await setup("viewer");
    const res = await callRoute(route, "POST", "/x", { params: { organisationId: org.id }, body: { amount: 1 } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue" } });
  });

  it("answers 400 with field errors for an invalid body or id", async () => {
    const { org, cookie } = await setup("project_manager");
    const bad = await callRoute(route, "POST", "/x", { params: { organisationId: org.id }, body: { amount: -1 }, cookie });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: "VALIDATION_FAILED", fieldErrors: { amount: [expect.any(String)] } } });
    const badId = await callRoute(route, "POST", "/x", { params: { organisationId: "nope" }, body: { amount: 1 }, cookie });
    expect(badId.status).toBe(400);
    const notJson = await callRoute(route, "POST", "/x", { params: { organisationId: org.id }, body: "{oops", cookie });
    expect(notJson.body).toMatchObject({ error: { code: "BAD_REQUEST" } });
  });

  it("answers 403 to a member whose role is too low and 404 to a non-member", async () => {
    const { org, cookie } = await setup("viewer");
    const other = await createTestOrganisation(await getDb());
    expect((await callRoute(route, "POST", "/x", { params: { organisationId: org.id }, body: { amount: 1 }, cookie })).status).toBe(403);
    expect((await callRoute(route, "POST", "/x", { params: { organisationId: other.id }, body: { amount: 1 }, cookie })).status).toBe(404);
  });

  it("acts for an allowed role, and maps domain and unknown errors", async () => {
    const { org, cookie } = await setup("project_manager");
    const ok = await callRoute(route, "POST", "/x", { params: { organisationId: org.id }, body: { amount: 7 }, cookie });
    expect(ok).toMatchObject({ status: 200, body: { amount: 7 } });
    const domain = await callRoute(route, "POST", "/x", { params: { organisationId: org.id }, body: { amount: 13 }, cookie });
    expect(domain).toMatchObject({ status: 422, body: { error: { code: "UNPROCESSABLE" } } });
    const logs = captureLogs();
    const crash = await callRoute(route, "POST", "/x", { params: { organisationId: org.id }, body: { amount: 500 }, cookie });
    logs.restore();
    expect(crash.status).toBe(500);
    expect(JSON.stringify(crash.body)).not.toContain("secret");
    expect(logs.lines.filter((line) => line.includes("unhandled error in route handler"))).toHaveLength(1);
  });

  it("refuses a deactivated user at once, whatever the token says", async () => {
    const db = await getDb();
    const org = await createTestOrganisation(db);
    const user = await createTestUser(db, { organisationId: org.id, role: "admin", isActive: false });
    const cookie = await sessionCookieFor(user.id);
    expect((await callRoute(route, "POST", "/x", { params: { organisationId: org.id }, body: { amount: 1 }, cookie })).status).toBe(401);
  });
});
