import type { AuditEntityType } from "@/lib/domain/audit";
import {
  invalidateOperationsDashboards,
  invalidateOrganisationDashboards,
  invalidateOverviewDashboard,
  invalidateProjectDashboards,
} from "./cache-keys";

// What each kind of write makes stale, in one place. lib/writes runs it after every transaction commits (see
// cache-keys.ts for why after): nobody else calls the invalidate functions. A failed bump never fails the write:
// the resilient cache remembers it and replays it when the cache answers again.

/** A write's reach: the organisation and, for everything inside a project, the project. */
export type DashboardScope = { organisationId: string; projectId?: string };

export type DashboardEffect =
  /** Every dashboard of the organisation: a project was created, changed or deleted. */
  | { kind: "organisation"; organisationId: string }
  /** The overview alone, whose recent activity lists every audited change: an account or a membership changed. */
  | { kind: "overview"; organisationId: string }
  /** The project's dashboards and the overview: a scenario, its inputs or one of its runs changed. */
  | { kind: "project"; organisationId: string; projectId: string }
  /** The project's operations dashboard and the overview: a maintenance log changed. */
  | { kind: "operations"; organisationId: string; projectId: string };

const DASHBOARD_REACH: Record<AuditEntityType, "organisation" | "overview" | "project" | "operations" | "none"> = {
  project: "organisation",
  scenario: "project",
  process_parameter: "project",
  production_output: "project",
  capex_item: "project",
  opex_item: "project",
  consumption_item: "project",
  equipment: "project",
  product: "project",
  scenario_row_removal: "project",
  parameter_correlation: "project",
  simulation_run: "project",
  maintenance_log: "operations",
  // Actuals feed only fits (read fresh, never cached) and the overview's recent activity.
  consumption_actual: "overview",
  // Accounts and memberships show only as the overview's recent activity (their audit rows); lib/writes also tells
  // the identity memo.
  user: "overview",
  membership: "overview",
  invitation: "overview",
  organisation: "organisation",
  // A deck's prices feed every scenario that uses it, in any of the organisation's projects.
  price_deck: "organisation",
  // A person's tokens and password links: in the audit log, not in the overview's activity.
  api_token: "none",
  password_link: "none",
};

/**
 * Kinds of record that no dashboard shows, so a change to them invalidates nothing: the overview's recent activity
 * must leave their audit rows out too (lib/dashboards/overview.ts), or it would go stale.
 */
export const ENTITY_TYPES_ON_NO_DASHBOARD: readonly AuditEntityType[] = (Object.keys(DASHBOARD_REACH) as AuditEntityType[]).filter(
  (entityType) => DASHBOARD_REACH[entityType] === "none",
);

/** The dashboards a change to `entityType` inside `scope` makes stale. */
export function dashboardEffectOf(entityType: AuditEntityType, scope: DashboardScope): DashboardEffect | undefined {
  const reach = DASHBOARD_REACH[entityType];
  if (reach === "none") return undefined;
  if (reach === "overview") return { kind: "overview", organisationId: scope.organisationId };
  // Without a project (one that is being deleted, say) the whole organisation is the safe reach.
  if (reach === "organisation" || !scope.projectId) return { kind: "organisation", organisationId: scope.organisationId };
  return { kind: reach, organisationId: scope.organisationId, projectId: scope.projectId };
}

/** Bumps the cache versions the effects name, each once. Call after the write has committed. */
export async function applyDashboardEffects(effects: readonly DashboardEffect[]): Promise<void> {
  const unique = new Map(effects.map((effect) => [JSON.stringify(effect), effect]));
  await Promise.all([...unique.values()].map(applyOne));
}

function applyOne(effect: DashboardEffect): Promise<void> {
  if (effect.kind === "organisation") return invalidateOrganisationDashboards(effect.organisationId);
  if (effect.kind === "overview") return invalidateOverviewDashboard(effect.organisationId);
  if (effect.kind === "project") return invalidateProjectDashboards(effect.organisationId, effect.projectId);
  return invalidateOperationsDashboards(effect.organisationId, effect.projectId);
}
