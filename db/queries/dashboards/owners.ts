import { LRUCache } from "lru-cache";

// Who owns a project (its organisation) and a scenario (its project and organisation) never changes: ids are
// random UUIDs, never reused, and nothing moves a project to another organisation or a scenario to another project.
// The dashboard routes ask on every request, so owners once read are remembered in the process, saving a database
// round trip per request. Callers still check the caller's memberships (read fresh on every request) against the
// owner, and a project or scenario deleted since is caught by the dashboard's loader (answered as 404).

const MAX_REMEMBERED_OWNERS = 50_000;

export type ScenarioOwner = { organisationId: string; projectId: string };

const projectOwners = new LRUCache<string, string>({ max: MAX_REMEMBERED_OWNERS });
const scenarioOwners = new LRUCache<string, ScenarioOwner>({ max: MAX_REMEMBERED_OWNERS });

/** The organisation that owns the project, if it has been read before. */
export function recallProjectOwner(projectId: string): string | undefined {
  return projectOwners.get(projectId);
}

export function rememberProjectOwner(projectId: string, organisationId: string): void {
  projectOwners.set(projectId, organisationId);
}

/** The project and organisation of the scenario, if they have been read before. */
export function recallScenarioOwner(scenarioId: string): ScenarioOwner | undefined {
  return scenarioOwners.get(scenarioId);
}

export function rememberScenarioOwner(scenarioId: string, owner: ScenarioOwner): void {
  scenarioOwners.set(scenarioId, owner);
  projectOwners.set(owner.projectId, owner.organisationId);
}
