import { getDb } from "@/db";
import { ACTIVE_ORGANISATION_COOKIE } from "./constants";
import { readIdentity } from "./identity-memo";
import { chooseActiveOrganisation } from "./roles";
import { readCookie, readSessionUserId } from "./session-token";
import type { CurrentUser } from "./types";

/**
 * The signed-in user of an API request, read from the request itself (the Auth.js session cookie, decrypted
 * with the app's secret) rather than from Next's request context, so route handlers run the same in tests.
 * Memberships and isActive are remembered until they change (identity-memo.ts).
 */
export async function getApiUser(request: Request): Promise<CurrentUser | null> {
  const userId = await readSessionUserId(request);
  if (!userId) return null;
  const user = await readIdentity(await getDb(), userId);
  if (!user || !user.isActive || user.memberships.length === 0) return null;
  const active = chooseActiveOrganisation(user.memberships, readCookie(request, ACTIVE_ORGANISATION_COOKIE));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    // A copy: the remembered identity (identity-memo.ts) is shared by every request of this user.
    memberships: [...user.memberships],
    activeOrganisation: { id: active.organisationId, name: active.organisationName, role: active.role },
  };
}
