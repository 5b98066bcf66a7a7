import { describe, expect, it } from "vitest";
import { allContracts } from "./contracts";
import { buildOpenApiDocument } from "./openapi";

// The OpenAPI document tells scripts how to authenticate: a bearer scheme beside the cookie on every route, and the
// routes that take a session only (managing tokens and sessions) say so.

type Operation = { security?: Record<string, string[]>[]; description?: string };
const document = buildOpenApiDocument(allContracts, { version: "test" }) as {
  security: Record<string, string[]>[];
  components: { securitySchemes: Record<string, Record<string, string>> };
  paths: Record<string, Record<string, Operation>>;
};

describe("the OpenAPI document's credentials", () => {
  it("accepts a session cookie or a bearer API token everywhere by default", () => {
    expect(document.security).toEqual([{ sessionCookie: [] }, { apiToken: [] }]);
    expect(document.components.securitySchemes.apiToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.paths["/api/projects"]?.post?.security).toBeUndefined();
    expect(document.paths["/api/me/tokens"]?.get?.security).toBeUndefined();
  });

  it("marks creating and revoking tokens and ending sessions as session-only", () => {
    const sessionOnly = [
      document.paths["/api/me/tokens"]?.post,
      document.paths["/api/me/tokens/{tokenId}"]?.delete,
      document.paths["/api/me/sessions"]?.delete,
      document.paths["/api/me/sessions/{sessionId}"]?.delete,
    ];
    for (const operation of sessionOnly) {
      expect(operation?.security).toEqual([{ sessionCookie: [] }]);
      expect(operation?.description).toContain("SESSION_REQUIRED");
    }
  });
});
