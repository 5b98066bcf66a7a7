import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { safeCallbackPath } from "./callback-url";
import { ACTIVE_ORGANISATION_COOKIE, PATHNAME_HEADER } from "./constants";
import { auth } from "./index";
import { getUserWithMemberships } from "@/db/queries/auth";
import { chooseActiveOrganisation } from "./roles";
import type { CurrentUser } from "./types";


// One database read per request, however many components ask.
const loadCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await getUserWithMemberships(await getDb(), { userId });
  // Deactivation and removal from every organisation take effect on the next request, whatever the token says.
  if (!user || !user.isActive || user.memberships.length === 0) return null;
  const cookieStore = await cookies();
  const active = chooseActiveOrganisation(user.memberships, cookieStore.get(ACTIVE_ORGANISATION_COOKIE)?.value);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships: user.memberships,
    activeOrganisation: { id: active.organisationId, name: active.organisationName, role: active.role },
  };
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
