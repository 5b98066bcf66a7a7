import { LRUCache } from "lru-cache";
import type { OwnedKind } from "@/lib/domain/owned";
import type { OrganisationOwner, Owner } from "@/db/queries/owners";
import { processSingleton } from "@/lib/process/singleton";

// Who owns a project or a scenario never changes: ids are random UUIDs, never reused, and nothing moves a project
// to another organisation or a scenario to another project. The dashboard routes ask on every request, so owners
// once read are remembered in the process, saving a database round trip per request. How it is forgotten: never
// needed for correctness, because callers still check the caller's memberships (read fresh on every request)
// against the owner, and a project or scenario deleted since is caught by the reader that loads it (→ 404).
// Only reads that opt in use it (see lib/access/index.ts); writes always look the owner up.

const MAX_REMEMBERED_OWNERS = 50_000;
const REMEMBERED_KINDS: ReadonlySet<OwnedKind> = new Set(["project", "scenario"]);

const owners = processSingleton("access.owners", () => new LRUCache<string, Owner>({ max: MAX_REMEMBERED_OWNERS }));

/** The owner of the record, if it has been read before (and is of a kind that is remembered). */
export function recallOwner(kind: OwnedKind, id: string): Owner | undefined {
  return owners.get(`${kind}:${id}`);
}

export function rememberOwner(kind: OwnedKind, id: string, owner: Owner | OrganisationOwner): void {
  if (!REMEMBERED_KINDS.has(kind) || !("projectId" in owner)) return;
  owners.set(`${kind}:${id}`, owner);
  owners.set(`project:${owner.projectId}`, { organisationId: owner.organisationId, projectId: owner.projectId });
}
