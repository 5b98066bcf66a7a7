import { NextResponse, type NextRequest } from "next/server";
import { PATHNAME_HEADER } from "@/lib/auth/constants";
import { readSessionUserId } from "@/lib/auth/session-token";
import { env } from "@/lib/env.mjs";
import { createNonce, runtimeSecurityHeaders } from "@/lib/observability/security-headers.mjs";

// The proxy only checks that a valid session token is present (no database here); pages still call
// requireUser(), which re-reads the user, so a deactivated account is turned away there. It reads the token
// without re-issuing it (Auth.js's own check sets the cookie again on every request, and a page request in
// flight during a sign-out then signed the user back in): sessions end maxAge after sign-in.

// Read once at start: HSTS and upgrade-insecure-requests follow the runtime mode, not the build's.
const MODE = { isDevelopment: env.APP_ENV === "development", isProduction: env.APP_ENV === "production" };
const SIGN_IN_PATH = "/sign-in";

function setHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}

/**
 * Renders the page with a fresh CSP nonce: Next reads the nonce from the request's CSP header and puts it
 * on its own scripts, so the page must be dynamically rendered (every page here is).
 */
function nextWithNonce(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const headers = runtimeSecurityHeaders({ kind: "page", nonce }, MODE);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"] ?? "");
  requestHeaders.set("x-nonce", nonce);
  // Tell server components which page was asked for, so requireUser() can come back to it after sign-in.
  requestHeaders.set(PATHNAME_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return setHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

async function requireSession(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (!(await readSessionUserId(request))) {
    const signInUrl = new URL(SIGN_IN_PATH, request.nextUrl.origin);
    if (pathname !== "/") signInUrl.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signInUrl);
  }
  return nextWithNonce(request);
}

/** Pages for people who are not signed in: signing in, and the single-use links and the reset request. */
const PUBLIC_PAGES = [SIGN_IN_PATH, "/set-password", "/forgot-password", "/invitation"];

function isPublicPage(pathname: string): boolean {
  return PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
}

/** A NUL character (%00) in a page's path or query: PostgreSQL cannot compare text with it (a search answered 500). */
function hasNulCharacter(request: NextRequest): boolean {
  return /%00|\u0000/i.test(request.nextUrl.pathname + request.nextUrl.search);
}

export async function proxy(request: NextRequest): Promise<Response | undefined> {
  const { pathname } = request.nextUrl;
  if (hasNulCharacter(request)) return new Response("The address contains a NUL character (%00).", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (isPublicPage(pathname)) return nextWithNonce(request);
  return requireSession(request);
}

export const config = {
  // Pages only (for the session check and the CSP nonce). API routes authenticate themselves and get their
  // static headers from next.config.mjs: running the proxy for them cost ~40 % of a trivial route's throughput.
  // Next's built assets and files with an extension (favicon, images, robots.txt) pass untouched; prefetches of
  // pages still need the session check, so they are not skipped.
  matcher: ["/((?!api/|_next/static|_next/image|.*\\.[a-zA-Z0-9]+$).*)"],
};
