import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cookieForSession } from "@/tests/support/api";
import { getAuthSecret } from "./secret";
import { readSessionClaims, readSessionUserId } from "./session-token";

// Decoded session tokens are remembered per token (the JWE decryption was a fifth of an API request's CPU). What
// users rely on: a remembered token still stops working when it expires, and nothing but a valid token passes.
const SESSION_COOKIE = "authjs.session-token";

function requestWith(cookie: string): Request {
  return new Request("http://localhost/api/me", { headers: { cookie } });
}

async function cookieExpiringIn(seconds: number, userId: string): Promise<string> {
  const token = await encode({ token: { sub: userId }, secret: getAuthSecret(), salt: SESSION_COOKIE, maxAge: seconds });
  return `${SESSION_COOKIE}=${token}`;
}

describe("reading the session token", () => {
  afterEach(() => vi.useRealTimers());

  it("gives the same user and session for the same token, each time it is read", async () => {
    const userId = crypto.randomUUID();
    const sessionId = crypto.randomUUID();
    const cookie = await cookieForSession(userId, sessionId);
    expect(await readSessionClaims(requestWith(cookie))).toEqual({ userId, sessionId });
    expect(await readSessionClaims(requestWith(cookie))).toEqual({ userId, sessionId });
  });

  it("reads a cookie from before sessions were stored as naming no session", async () => {
    const userId = crypto.randomUUID();
    expect(await readSessionClaims(requestWith(await cookieForSession(userId, undefined)))).toEqual({ userId, sessionId: null });
  });

  it("refuses a remembered token once it has expired", async () => {
    const userId = crypto.randomUUID();
    const cookie = await cookieExpiringIn(60, userId);
    expect(await readSessionUserId(requestWith(cookie))).toBe(userId);
    // Auth.js itself allows 15 s of clock skew past exp.
    vi.useFakeTimers({ now: Date.now() + 80_000, toFake: ["Date"] });
    expect(await readSessionUserId(requestWith(cookie))).toBeNull();
  });

  it("refuses a tampered token, even after its valid original was read", async () => {
    const cookie = await cookieForSession(crypto.randomUUID(), crypto.randomUUID());
    expect(await readSessionUserId(requestWith(cookie))).not.toBeNull();
    const tampered = cookie.slice(0, -4) + (cookie.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await readSessionUserId(requestWith(tampered))).toBeNull();
    expect(await readSessionUserId(requestWith(`${SESSION_COOKIE}=not-a-token`))).toBeNull();
    expect(await readSessionUserId(requestWith(""))).toBeNull();
  });

  it("reads a token split over chunked cookies, as Auth.js sends a large one", async () => {
    const userId = crypto.randomUUID();
    const token = (await cookieForSession(userId, crypto.randomUUID())).slice(SESSION_COOKIE.length + 1);
    const middle = Math.floor(token.length / 2);
    const chunked = `${SESSION_COOKIE}.0=${token.slice(0, middle)}; ${SESSION_COOKIE}.1=${token.slice(middle)}`;
    expect(await readSessionUserId(requestWith(chunked))).toBe(userId);
  });

  it("treats a malformed cookie as no session, never as an error", async () => {
    for (const cookie of [`${SESSION_COOKIE}=%E0%A4%A`, `${SESSION_COOKIE}=a.b.c.d.e`, `${SESSION_COOKIE}.0=%ZZ; ${SESSION_COOKIE}.1=x`, "calminer-organisation=%"]) {
      expect(await readSessionClaims(requestWith(cookie))).toBeNull();
    }
  });
});
