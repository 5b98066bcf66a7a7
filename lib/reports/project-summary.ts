import { getDb, type DbOrTx } from "@/db";
import { getProject, type ProjectDetail } from "@/db/queries/projects";
import { listScenarios } from "@/db/queries/scenarios";
import { isAppError } from "@/lib/errors";
import { computeScenarioCashFlow } from "@/lib/scenarios/cashflow";
import { loadEffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import type { PriceMismatch } from "@/lib/scenarios/price-distribution-check";
import type { SimulationManifest } from "@/lib/simulations/manifest";
import { findRunPriceMismatches } from "@/lib/simulations/present";
import { REPORT_METRICS, spreadOf, toMetricValues, type MetricSpread, type MetricValues, type ReportMetricKey } from "@/lib/domain/reports";
import { scenarioConventions, type CoverFact } from "./cover";
import { keyAssumptions, type KeyAssumption } from "./key-assumptions";
import { loadRunResults, tenFiftyNinety, type P10P50P90 } from "./runs";

// Project summary report: the project, each scenario's deterministic metrics and the P10/P50/P90 of its latest
// Monte Carlo run, and best / worst / average per metric across the scenarios.

export type ScenarioSummary = {
  id: string;
  name: string;
  status: string;
  isBaseCase: boolean;
  currency: string;
  metrics: MetricValues | null;
  /** Why there are no metrics (inputs that cannot be modelled yet). */
  problem: string | null;
  monteCarlo: { runId: string; inputHash: string; iterations: number; finishedAt: string | null; npv: P10P50P90 | null; irr: P10P50P90 | null } | null;
  /** Absolute price distributions of the latest run set for another price than the run's (its P50 follows them). */
  priceMismatches: PriceMismatch[];
  /** The scenario's conventions and key assumptions (the report prints the base case's). */
  conventions: CoverFact[];
  assumptions: KeyAssumption[];
};

export type ProjectSummaryReport = {
  project: ProjectDetail;
  scenarios: ScenarioSummary[];
  spreads: Record<ReportMetricKey, MetricSpread>;
  generatedAt: string;
};

async function summariseScenario(db: DbOrTx, organisationId: string, scenarioId: string): Promise<ScenarioSummary | undefined> {
  const effective = await loadEffectiveScenario(db, { organisationId, scenarioId });
  if (!effective) return undefined;
  let metrics: MetricValues | null = null;
  let problem: string | null = null;
  try {
    metrics = toMetricValues(computeScenarioCashFlow(effective).metrics);
  } catch (error) {
    if (!isAppError(error)) throw error;
    problem = error.message;
  }
  const results = await loadRunResults(db, { organisationId, scenarioId });
  const metric = (key: string) => results?.metrics.find((entry) => entry.metric === key);
  const { scenario } = effective;
  return {
    id: scenario.id,
    name: scenario.name,
    status: scenario.status,
    isBaseCase: scenario.isBaseCase,
    currency: effective.settings.currency ?? effective.project.currency,
    metrics,
    problem,
    monteCarlo: results
      ? { runId: results.run.id, inputHash: results.run.inputHash, iterations: results.run.iterations, finishedAt: results.run.finishedAt?.toISOString() ?? null, npv: tenFiftyNinety(metric("npv")), irr: tenFiftyNinety(metric("irr")) }
      : null,
    priceMismatches: results ? findRunPriceMismatches((results.run.manifest as Partial<SimulationManifest>).spec) : [],
    conventions: scenarioConventions(effective),
    assumptions: keyAssumptions(effective),
  };
}

/** The report of a project of the organisation; undefined when it is not found there. */
export async function loadProjectSummary({ organisationId, projectId }: { organisationId: string; projectId: string }): Promise<ProjectSummaryReport | undefined> {
  const db = await getDb();
  const project = await getProject(db, { organisationId, projectId });
  if (!project) return undefined;
  const headers = await listScenarios(db, { organisationId, projectId });
  const scenarios: ScenarioSummary[] = [];
  for (const header of headers) {
    const summary = await summariseScenario(db, organisationId, header.id);
    if (summary) scenarios.push(summary);
  }
  const spreads = Object.fromEntries(
    REPORT_METRICS.map((metric) => [metric.key, spreadOf(scenarios.map((s) => s.metrics?.[metric.key] ?? null), metric.better)]),
  ) as Record<ReportMetricKey, MetricSpread>;
  return { project, scenarios, spreads, generatedAt: new Date().toISOString() };
}
