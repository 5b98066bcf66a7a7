import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { PATHNAME_HEADER } from "@/lib/auth/constants";
import { getAuthSecret } from "@/lib/auth/secret";

// The proxy only checks that a valid session token is present (no database here); pages still call
// requireUser(), which re-reads the user, so a deactivated account is turned away there.
// A plain (not lazy) configuration: with a lazy one, `auth(handler)` returns a promise instead of a function.
const { auth } = NextAuth({ ...authConfig, secret: getAuthSecret() });

export const proxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (!request.auth?.user) {
    const signInUrl = new URL("/sign-in", request.nextUrl.origin);
    if (pathname !== "/") signInUrl.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signInUrl);
  }
  // Tell server components which page was asked for, so requireUser() can come back to it after sign-in.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(PATHNAME_HEADER, `${pathname}${search}`);
  return NextResponse.next({ request: { headers: requestHeaders } });
});

export const config = {
  // Pages only: API routes answer 401 JSON themselves; the sign-in page, Next's assets and files with an
  // extension (favicon, images, robots.txt) pass untouched.
  matcher: ["/((?!api/|api$|sign-in|_next/|.*\\.[a-zA-Z0-9]+$).*)"],
};
