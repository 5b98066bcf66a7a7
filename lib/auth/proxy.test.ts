import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { cookieForSession } from "@/tests/support/api";

// The page proxy checks the session token without re-issuing it. Auth.js's own check set the session cookie
// again on every page request, so a request in flight during a sign-out could answer after it and sign the
// user back in (a flaky e2e showed it).
describe("the page proxy", () => {
  it("lets a signed-in page request through without setting any cookie", async () => {
    const cookie = await cookieForSession(crypto.randomUUID(), crypto.randomUUID());
    const response = await proxy(new NextRequest("http://localhost:3000/dashboard", { headers: { cookie } }));
    expect(response?.status).toBe(200);
    expect(response?.headers.get("set-cookie")).toBeNull();
    expect(response?.headers.get("content-security-policy")).toContain("nonce-");
  });

  it("sends a request without a valid session to sign in, coming back to the page", async () => {
    for (const cookie of ["", "authjs.session-token=not-a-token"]) {
      const response = await proxy(new NextRequest("http://localhost:3000/projects?page=2", { headers: { cookie } }));
      expect(response?.status).toBe(307);
      expect(response?.headers.get("location")).toBe("http://localhost:3000/sign-in?callbackUrl=%2Fprojects%3Fpage%3D2");
    }
  });

  it("answers 400 to a page address with a NUL character, before any page or query runs", async () => {
    const cookie = await cookieForSession(crypto.randomUUID(), crypto.randomUUID());
    for (const url of ["http://localhost:3000/projects?q=a%00b", "http://localhost:3000/projects/%00"]) {
      expect((await proxy(new NextRequest(url, { headers: { cookie } })))?.status).toBe(400);
    }
  });
});
