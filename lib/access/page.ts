import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import type { CurrentUser } from "@/lib/auth/types";
import type { OwnedKind } from "@/lib/domain/owned";
import type { Role } from "@/lib/domain/roles";
import { isAppError } from "@/lib/errors";
import { loadOwned, type LoadOptions, type OwnedOf } from "./index";

// The access guard for pages (server components): the signed-in user (else the sign-in page, returning to
// `returnTo`), and the record's owner, or Next's not-found page for a record the user may not see.

/**
 * @example const { user, owned } = await loadOwnedForPage("project", projectId, `/projects/${projectId}`);
 */
export async function loadOwnedForPage<K extends OwnedKind>(
  kind: K,
  id: string,
  returnTo: string,
  minimumRole: Role = "viewer",
  options: LoadOptions = {},
): Promise<{ user: CurrentUser; owned: OwnedOf<K> }> {
  const user = await requireUser(returnTo);
  try {
    return { user, owned: await loadOwned(user, kind, id, minimumRole, options) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
