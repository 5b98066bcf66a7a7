import { afterEach, describe, expect, it, vi } from "vitest";
import { cookieForSession } from "@/tests/support/api";

// Production session cookies are Secure and `__Host-` (also behind a TLS-terminating proxy, where the app sees plain
// HTTP): decided by configuration, not by the request. lib/env.mjs reads the environment once: reload per case.
// next-auth's entry needs Next's request scope; the configuration object under test only uses its error class.
vi.mock("next-auth", () => ({ CredentialsSignin: class extends Error {} }));
async function load(environment: Record<string, string>) {
  for (const [key, value] of Object.entries(environment)) vi.stubEnv(key, value);
  vi.resetModules();
  return { names: await import("./cookie-names"), config: (await import("./config")).authConfig, token: await import("./session-token") };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("session cookies", () => {
  it("are Secure and __Host- in production, whatever the request's scheme", async () => {
    const { names, config } = await load({ APP_ENV: "production", DATABASE_URL: "postgres://x@127.0.0.1/db", AUTH_SECRET: "s".repeat(32) });
    expect(names.sessionCookieName()).toBe("__Host-authjs.session-token");
    expect(config.useSecureCookies).toBe(true);
    expect(config.cookies.sessionToken).toEqual({ name: "__Host-authjs.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
  });

  it("can be turned off for a production install on plain HTTP, and are plain in development and tests", async () => {
    const off = await load({ APP_ENV: "production", DATABASE_URL: "postgres://x@127.0.0.1/db", AUTH_SECRET: "s".repeat(32), SECURE_COOKIES: "false" });
    expect(off.names.sessionCookieName()).toBe("authjs.session-token");
    const test = await load({ APP_ENV: "test" });
    expect(test.config.cookies.sessionToken.options.secure).toBe(false);
  });

  it("are read only under the configured name: a plain-named cookie is ignored where __Host- is expected", async () => {
    const userId = crypto.randomUUID();
    const plain = await cookieForSession(userId, crypto.randomUUID()); // named authjs.session-token
    const { token } = await load({ SECURE_COOKIES: "true" });
    expect(await token.readSessionUserId(new Request("http://localhost/", { headers: { cookie: plain } }))).toBeNull();
  });
});
