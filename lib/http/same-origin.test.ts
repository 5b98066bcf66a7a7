import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as projectsRoute from "@/app/api/projects/route";
import * as invitationsRoute from "@/app/api/organisations/[organisationId]/invitations/route";
import type { Db } from "@/db";
import { invitations, projects } from "@/db/schema";
import { sessionCookieFor } from "@/tests/support/api";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { refuseCrossSiteRequest } from "./same-origin";

// What a page on another origin of the same site (another port or subdomain: SameSite=Lax cookies still go) could
// make a signed-in admin's browser send: a plain HTML form whose text/plain body reads as JSON, or a fetch without a
// preflight. Before this guard, both created a project and a new admin.

const APP = "http://localhost:3000";
const EVIL = "http://localhost:4000";

/** As a client sends it: with a body, its Content-Length (which a Request built in a test does not add). */
function request(method: string, headers: Record<string, string>, body?: string): Request {
  const length: Record<string, string> =
    body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) };
  return new Request(`${APP}/api/projects`, {
    method,
    headers: { host: "localhost:3000", ...length, ...headers },
    body,
  });
}

const codeOf = (run: () => void): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe("the same-origin guard", () => {
  it("lets reads through whatever their origin", () => {
    expect(
      codeOf(() => refuseCrossSiteRequest(request("GET", { origin: EVIL, "sec-fetch-site": "same-site" }))),
    ).toBeUndefined();
  });

  it("refuses a write another origin of the site made the browser send, by Sec-Fetch-Site or by Origin", () => {
    const json = { "content-type": "application/json" };
    expect(
      codeOf(() => refuseCrossSiteRequest(request("POST", { ...json, "sec-fetch-site": "same-site" }, "{}"))),
    ).toBe("CROSS_SITE_REQUEST");
    expect(codeOf(() => refuseCrossSiteRequest(request("DELETE", { "sec-fetch-site": "cross-site" })))).toBe(
      "CROSS_SITE_REQUEST",
    );
    expect(codeOf(() => refuseCrossSiteRequest(request("PATCH", { ...json, origin: EVIL }, "{}")))).toBe(
      "CROSS_SITE_REQUEST",
    );
    expect(codeOf(() => refuseCrossSiteRequest(request("PUT", { ...json, origin: "null" }, "{}")))).toBe(
      "CROSS_SITE_REQUEST",
    );
  });

  it("accepts the app's own pages, also behind a proxy that forwards the host the browser addressed", () => {
    const own = {
      "content-type": "application/json; charset=utf-8",
      origin: APP,
      "sec-fetch-site": "same-origin",
    };
    expect(codeOf(() => refuseCrossSiteRequest(request("POST", own, "{}")))).toBeUndefined();
    const proxied = {
      "content-type": "application/json",
      origin: "https://calminer.example",
      "x-forwarded-host": "calminer.example",
    };
    expect(codeOf(() => refuseCrossSiteRequest(request("POST", proxied, "{}")))).toBeUndefined();
  });

  it("accepts scripts, which send no browser headers, when they declare a JSON or multipart body", () => {
    expect(
      codeOf(() => refuseCrossSiteRequest(request("POST", { "content-type": "application/json" }, "{}"))),
    ).toBeUndefined();
    expect(
      codeOf(() =>
        refuseCrossSiteRequest(
          request("POST", { "content-type": "multipart/form-data; boundary=x" }, "--x--"),
        ),
      ),
    ).toBeUndefined();
    expect(codeOf(() => refuseCrossSiteRequest(request("DELETE", {})))).toBeUndefined();
  });

  it("lets a write without a body through without a content type, as browsers send a DELETE", () => {
    // Next hands every non-GET handler a body stream, empty or not: only the headers say whether one was sent.
    const deleted = new Request(`${APP}/api/projects/1`, {
      method: "DELETE",
      headers: { host: "localhost:3000" },
      body: new ReadableStream(),
      duplex: "half",
    } as RequestInit);
    expect(codeOf(() => refuseCrossSiteRequest(deleted))).toBeUndefined();
    const chunked = request("POST", { "transfer-encoding": "chunked", "content-type": "text/plain" });
    expect(codeOf(() => refuseCrossSiteRequest(chunked))).toBe("UNSUPPORTED_BODY_TYPE");
  });

  it("refuses a body that is not JSON or multipart, which a cross-origin form can send without a preflight", () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", ""]) {
      expect(
        codeOf(() =>
          refuseCrossSiteRequest(request("POST", type ? { "content-type": type } : {}, '{"name":"x"}')),
        ),
      ).toBe("UNSUPPORTED_BODY_TYPE");
    }
  });
});

describe("the JSON API refuses a cross-site write from a signed-in admin's browser", () => {
  const getDb = useTestDb();
  let db: Db;
  let organisationId: string;
  let cookie: string;

  beforeAll(async () => {
    db = await getDb();
    organisationId = (await createTestOrganisation(db)).id;
    cookie = await sessionCookieFor((await createTestUser(db, { organisationId, role: "admin" })).id);
  });

  async function post(
    handler: typeof projectsRoute.POST,
    url: string,
    headers: Record<string, string>,
    body: unknown,
  ) {
    const payload = JSON.stringify(body);
    const sent = {
      cookie,
      host: "localhost:3000",
      "content-length": String(Buffer.byteLength(payload)),
      ...headers,
    };
    const init = { method: "POST", headers: sent, body: payload };
    const response = await handler(new Request(`${APP}${url}`, init), {
      params: Promise.resolve({ organisationId }),
    });
    return { status: response.status, body: (await response.json()) as { error?: { code: string } } };
  }

  it("answers 403 to a text/plain form post and creates no project", async () => {
    const name = `Forged ${crypto.randomUUID()}`;
    const project = {
      name,
      operationType: "open_pit",
      primaryCommodity: "copper",
      currency: "USD",
      defaultDiscountRatePct: 8,
    };
    const answer = await post(
      projectsRoute.POST,
      "/api/projects",
      { "content-type": "text/plain", origin: EVIL, "sec-fetch-site": "same-site" },
      project,
    );
    expect(answer).toMatchObject({ status: 403, body: { error: { code: "CROSS_SITE_REQUEST" } } });
    const plain = await post(projectsRoute.POST, "/api/projects", { "content-type": "text/plain" }, project);
    expect(plain).toMatchObject({ status: 403, body: { error: { code: "UNSUPPORTED_BODY_TYPE" } } });
    expect(await db.select().from(projects).where(eq(projects.name, name))).toEqual([]);
  });

  it("answers 403 to a forged fetch that would invite an admin, and invites nobody", async () => {
    const email = `forged-${crypto.randomUUID()}@example.com`;
    const url = `/api/organisations/${organisationId}/invitations`;
    const answer = await post(invitationsRoute.POST, url, { "content-type": "application/json", origin: EVIL }, { email, role: "admin" });
    expect(answer).toMatchObject({ status: 403, body: { error: { code: "CROSS_SITE_REQUEST" } } });
    expect(await db.select().from(invitations).where(eq(invitations.email, email))).toEqual([]);
  });

  it("still creates a project from the app's own page", async () => {
    const name = `Own ${crypto.randomUUID()}`;
    const project = {
      name,
      operationType: "open_pit",
      primaryCommodity: "copper",
      currency: "USD",
      defaultDiscountRatePct: 8,
    };
    const own = { "content-type": "application/json", origin: APP, "sec-fetch-site": "same-origin" };
    expect((await post(projectsRoute.POST, "/api/projects", own, project)).status).toBe(201);
  });
});
