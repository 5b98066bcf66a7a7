import { getDb, type DbOrTx } from "@/db";
import {
  countProjectsAndScenarios,
  countRunsByStatus,
  listProjectBaseCases,
  listRecentActivity,
} from "@/db/queries/dashboards/overview";
import type { OrganisationOverview } from "@/lib/http/contracts/dashboards";
import { overviewKey, rememberDashboardJson } from "./cache-keys";
import { ENTITY_TYPES_ON_NO_DASHBOARD } from "./invalidation";
import { toNpvSummary } from "./npv-summary";

// The organisation overview: counts, last change and recent activity (audit log, sign-ins and exports left out, and
// a person's own credentials: API tokens and password links, see ENTITY_TYPES_ON_NO_DASHBOARD),
// and every project's base-case NPV from its latest succeeded run.

/** Audit actions that are not changes to the organisation's data (a person's sign-ins, passwords and preferences, exports). */
const NOT_ACTIVITY = ["sign_in", "sign_in_failed", "password_change", "password_reset", "preference_change", "export"];
const RECENT_ACTIVITY_LIMIT = 10;

type OrganisationScope = { organisationId: string };

/** The overview read from the database (uncached). Four indexed queries, run in parallel. */
export async function loadOrganisationOverview(db: DbOrTx, { organisationId }: OrganisationScope): Promise<OrganisationOverview> {
  const [counts, runs, recentActivity, projects] = await Promise.all([
    countProjectsAndScenarios(db, { organisationId }),
    countRunsByStatus(db, { organisationId }),
    listRecentActivity(db, { organisationId, excludedActions: NOT_ACTIVITY, excludedEntityTypes: ENTITY_TYPES_ON_NO_DASHBOARD, limit: RECENT_ACTIVITY_LIMIT }),
    listProjectBaseCases(db, { organisationId }),
  ]);
  const runsWith = new Map(runs.map((row) => [row.status, row.runs]));
  return {
    organisationId,
    counts: {
      ...counts,
      runsQueued: runsWith.get("queued") ?? 0,
      runsRunning: runsWith.get("running") ?? 0,
      runsSucceeded: runsWith.get("succeeded") ?? 0,
      runsFailed: runsWith.get("failed") ?? 0,
      runsCancelled: runsWith.get("cancelled") ?? 0,
    },
    lastChange: recentActivity[0] ?? null,
    recentActivity,
    projects: projects.map((project) => ({ ...project, npv: toNpvSummary(project.npv) })),
    generatedAt: new Date().toISOString(),
  };
}

/** The overview as cached JSON text (what the API answers as is). Callers have checked the caller's membership. */
export async function readOrganisationOverviewJson(scope: OrganisationScope): Promise<string> {
  return rememberDashboardJson(overviewKey(scope.organisationId), async () => loadOrganisationOverview(await getDb(), scope));
}

/** As readOrganisationOverviewJson, parsed (for pages). */
export async function readOrganisationOverview(scope: OrganisationScope): Promise<OrganisationOverview> {
  return JSON.parse(await readOrganisationOverviewJson(scope)) as OrganisationOverview;
}
