import { correlationCases, maintenanceCases, memberCases, simulationAndImportCases } from "./records";
import { projectCases, scenarioCases } from "./projects";
import { inputRowCases } from "./rows";
import type { MutationCase } from "./world";

export { createMutationWorld, DASHBOARDS, type DashboardName, type MutationCase, type MutationWorld, type RouteAnswer } from "./world";

// The freshness cases of app/api/dashboards/every-write-fresh.test.ts: one real, meaningful write per mutating API
// route, made through the route handler as an admin (every mutating route admits admins). A case prepares what its
// write needs BEFORE the test warms the caches (direct database writes there invalidate nothing, on purpose), and
// names the dashboards whose content the write changes, so that the test cannot pass by changing nothing.

/** Non-GET contracts that store nothing, so there is nothing to be stale after them. Keyed like MUTATION_CASES. */
export const NOT_MUTATIONS: Readonly<Record<string, string>> = {
  "POST /api/projects/{projectId}/scenarios/compare": "a read: it compares stored scenarios and writes nothing (POST only for its body)",
};

/** Every mutating route's case, keyed `${method} ${path}` as its contract names it. */
export const MUTATION_CASES: Readonly<Record<string, MutationCase>> = {
  ...projectCases,
  ...scenarioCases,
  ...inputRowCases,
  ...correlationCases,
  ...maintenanceCases,
  ...memberCases,
  ...simulationAndImportCases,
};
