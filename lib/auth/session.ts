import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { safeCallbackPath } from "./callback-url";
import { ACTIVE_ORGANISATION_COOKIE, PATHNAME_HEADER } from "./constants";
import { toCurrentUser } from "./api-user";
import { readSessionClaims } from "./session-token";
import { resolveSession } from "./sessions";
import type { CurrentUser } from "./types";

// One session check per request, however many components ask. The cookie is read as the API reads it
// (api-user.ts): the same claims, the same live-session rule, and never a re-issued cookie.
const loadCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await readSessionClaims(new Request("http://page.local/", { headers: await headers() }));
  if (!claims?.sessionId) return null;
  const identity = await resolveSession(await getDb(), { userId: claims.userId, sessionId: claims.sessionId });
  // Deactivation and removal from every organisation take effect on the next request, whatever the token says.
  const cookieStore = await cookies();
  return toCurrentUser(identity, claims.sessionId, cookieStore.get(ACTIVE_ORGANISATION_COOKIE)?.value);
});

/** The signed-in, active user with fresh memberships, or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return loadCurrentUser();
}

/** For pages and layouts: the user, or a redirect to /sign-in that comes back to the requested page. */
export async function requireUser(callbackPath?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const requestedPath = callbackPath ?? (await headers()).get(PATHNAME_HEADER) ?? undefined;
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(safeCallbackPath(requestedPath))}`);
}
