import { encode } from "next-auth/jwt";
import { getDb } from "@/db";
import { getAuthSecret } from "@/lib/auth/secret";
import { startSession } from "@/lib/auth/sessions";

const SESSION_COOKIE = "authjs.session-token";

/**
 * A real Auth.js session cookie for a user (the same encrypted JWT the sign-in sets) naming a new server-side session,
 * so API tests exercise the real authentication path.
 */
export async function sessionCookieFor(userId: string, activeOrganisationId?: string): Promise<string> {
  const sessionId = await startSession(await getDb(), { userId, userAgent: "vitest", clientAddress: "127.0.0.1" });
  return cookieForSession(userId, sessionId, activeOrganisationId);
}

/** The cookie of an existing server-side session (or of one that does not exist, to test refusals). */
export async function cookieForSession(userId: string, sessionId: string | undefined, activeOrganisationId?: string): Promise<string> {
  const claims = sessionId === undefined ? { sub: userId } : { sub: userId, sid: sessionId };
  const token = await encode({ token: claims, secret: getAuthSecret(), salt: SESSION_COOKIE, maxAge: 3600 });
  const cookies = [`${SESSION_COOKIE}=${token}`];
  if (activeOrganisationId) cookies.push(`calminer-organisation=${activeOrganisationId}`);
  return cookies.join("; ");
}

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type CallOptions = {
  params?: Record<string, string>;
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
};

/** Calls a route handler as Next would: a Request plus a promise of the path params. */
export async function callRoute(
  handler: RouteHandler,
  method: string,
  url: string,
  options: CallOptions = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("cookie", options.cookie);
  let payload: string | undefined;
  if (options.body !== undefined) {
    payload = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers.set("content-type", "application/json");
  }
  const request = new Request(new URL(url, "http://localhost:3000"), { method, headers, body: payload });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}
