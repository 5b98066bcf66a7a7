import { getCache, type Cache } from "@/lib/cache";
import { DASHBOARD_TTL_SECONDS, scenarioMetricsKey, versionedKey } from "@/lib/dashboards/cache-keys";
import type { ScenarioCashFlow } from "./cashflow";

// The scenario tree shows each scenario's after-tax NPV and IRR without computing a cash flow per scenario on page
// load: pages and routes that compute one anyway (the editor's result pages, GET …/cashflow, the project dashboard)
// leave its two figures in the cache, and the tree reads what is there. The versions are read BEFORE the inputs are
// loaded, so a write that commits meanwhile makes the stored figures unreadable instead of wrongly current.

/** After-tax NPV at the scenario's own rate (scenario currency) and IRR in % (null: none or not unique). */
export type ScenarioMetricsSummary = { npv: number; irrPct: number | null; currency: string };

type Scope = { organisationId: string; projectId: string };

/** What a computed cash flow contributes to the tree. */
export function toMetricsSummary(cashFlow: Pick<ScenarioCashFlow, "metrics">, currency: string): ScenarioMetricsSummary {
  const { metrics } = cashFlow;
  return { npv: metrics.npv, irrPct: metrics.irr.kind === "unique" ? metrics.irr.rate * 100 : null, currency };
}

/**
 * Reads the project's cache versions now; the returned function stores a scenario's figures under them (a no-op
 * when the cache did not answer). Call it before loading the inputs the cash flow is computed from.
 */
export async function beginMetricsCapture(scope: Scope, cache: Cache = getCache()) {
  const versions = await cache.getVersions(scenarioMetricsKey(scope.organisationId, scope.projectId, "").namespaces);
  return async function remember(scenarioId: string, summary: ScenarioMetricsSummary): Promise<void> {
    if (!versions) return;
    const key = versionedKey(scenarioMetricsKey(scope.organisationId, scope.projectId, scenarioId), versions);
    await cache.store(key, JSON.stringify(summary), DASHBOARD_TTL_SECONDS);
  };
}

/** The cached figures of the project's scenarios that have them (one round trip); the others are absent. */
export async function readCachedMetrics(scope: Scope, scenarioIds: readonly string[], cache: Cache = getCache()): Promise<Record<string, ScenarioMetricsSummary>> {
  if (scenarioIds.length === 0) return {};
  const versions = await cache.getVersions(scenarioMetricsKey(scope.organisationId, scope.projectId, "").namespaces);
  if (!versions) return {};
  const keys = scenarioIds.map((id) => versionedKey(scenarioMetricsKey(scope.organisationId, scope.projectId, id), versions));
  const values = await cache.peekMany(keys);
  const found: Record<string, ScenarioMetricsSummary> = {};
  values.forEach((value, index) => {
    const id = scenarioIds[index];
    if (value !== null && id) found[id] = JSON.parse(value) as ScenarioMetricsSummary;
  });
  return found;
}
