import { correlationCases, maintenanceCases, memberCases, simulationAndImportCases } from "./records";
import { projectCases, scenarioCases } from "./projects";
import { quickStartCases } from "./quick-start";
import { organisationCases } from "./organisations";
import { priceDeckCases } from "./price-decks";
import { inputRowCases } from "./rows";
import { invitationCases } from "./invitations";
import { tokenCases } from "./tokens";
import { consumptionActualCases } from "./consumption-actuals";
import type { MutationCase } from "./world";

export { createMutationWorld, DASHBOARDS, type DashboardName, type MutationCase, type MutationWorld, type RouteAnswer } from "./world";

// The freshness cases of app/api/dashboards/every-write-fresh.test.ts: one real, meaningful write per mutating API
// route, made through the route handler as an admin (every mutating route admits admins). A case prepares what its
// write needs BEFORE the test warms the caches (direct database writes there invalidate nothing, on purpose), and
// names the dashboards whose content the write changes, so that the test cannot pass by changing nothing.

/** Non-GET contracts after which no dashboard can be stale: they store nothing a dashboard reads. Keyed like MUTATION_CASES. */
export const NOT_MUTATIONS: Readonly<Record<string, string>> = {
  "DELETE /api/me/sessions": "ends the caller's sessions: a person's sign-ins, which no organisation's data or dashboard reads",
  "DELETE /api/me/sessions/{sessionId}": "ends one of the caller's sessions: as above",
  "PATCH /api/me": "a person's number format: no dashboard reads it (its audit rows are account events the overview leaves out)",
  "POST /api/me/password": "a person's password and sessions: no dashboard reads them (its audit rows are account events the overview leaves out)",
  "POST /api/password/set": "as above, through a single-use link",
  "POST /api/password/forgot": "issues a reset link: nothing a dashboard reads",
  "POST /api/organisations/{organisationId}/users/{userId}/password-link": "issues a reset link: nothing a dashboard reads",
  "POST /api/projects/{projectId}/scenarios/compare": "a read: it compares stored scenarios and writes nothing (POST only for its body)",
};

/** Every mutating route's case, keyed `${method} ${path}` as its contract names it. */
export const MUTATION_CASES: Readonly<Record<string, MutationCase>> = {
  ...projectCases,
  ...priceDeckCases,
  ...scenarioCases,
  ...quickStartCases,
  ...inputRowCases,
  ...correlationCases,
  ...maintenanceCases,
  ...consumptionActualCases,
  ...memberCases,
  ...invitationCases,
  ...organisationCases,
  ...simulationAndImportCases,
  ...tokenCases,
};
