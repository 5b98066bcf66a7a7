import { getDb } from "@/db";
import { isAppError } from "@/lib/errors";
import { computeScenarioCashFlow, type ScenarioCashFlow } from "@/lib/scenarios/cashflow";
import { loadEffectiveScenario, type EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { findScenarioPriceMismatches } from "@/lib/scenarios/price-check-scenario";
import type { PriceMismatch } from "@/lib/scenarios/price-distribution-check";
import type { SimulationManifest } from "@/lib/simulations/manifest";
import { findRunPriceMismatches } from "@/lib/simulations/present";
import { toMetricValues, type MetricValues } from "@/lib/domain/reports";
import { scenarioConventions, type CoverFact } from "./cover";
import { loadRunResults, type RunResults } from "./runs";

// Scenario distribution report: a summary of the inputs, the deterministic cash-flow table, and the distribution
// (histogram, percentiles) of each metric of the latest or chosen Monte Carlo run.

export type InputsSummary = {
  counts: { kind: string; rows: number }[];
  /** The stored distribution spec (the engine's shape); the view describes it in words. */
  stochastic: { name: string; unit: string; baseValue: number; distribution: unknown }[];
  capexTotal: number;
};

export type DistributionReport = {
  effective: EffectiveScenario;
  currency: string;
  inputs: InputsSummary;
  cashFlow: ScenarioCashFlow | null;
  metrics: MetricValues | null;
  problem: string | null;
  results: RunResults | null;
  /**
   * Absolute price distributions set for another price: the shown run's (its results follow them), or the
   * scenario's own rows when there is no run yet.
   */
  priceMismatches: PriceMismatch[];
  conventions: CoverFact[];
  generatedAt: string;
};

function summariseInputs(effective: EffectiveScenario): InputsSummary {
  const { rows } = effective;
  return {
    counts: [
      { kind: "Parameters", rows: rows.parameter.length },
      { kind: "Production periods", rows: rows.production.length },
      { kind: "Capex items", rows: rows.capex.length },
      { kind: "Opex items", rows: rows.opex.length },
      { kind: "Consumption items", rows: rows.consumption.length },
      { kind: "Equipment lines", rows: rows.equipment.length },
      { kind: "Co- and by-products", rows: rows.product.length },
      { kind: "Correlations", rows: rows.correlations.length },
    ],
    stochastic: rows.parameter
      .filter(({ row }) => row.distribution !== null)
      .map(({ row }) => ({ name: row.name, unit: row.unit, baseValue: row.baseValue, distribution: row.distribution })),
    capexTotal: rows.capex.reduce((sum, { row }) => sum + row.amount * (1 + row.contingencyPct / 100), 0),
  };
}

/** The report of a scenario of the organisation; undefined when it is not found there. */
export async function loadDistributionReport(
  { organisationId, scenarioId, runId }: { organisationId: string; scenarioId: string; runId?: string },
): Promise<DistributionReport | undefined> {
  const db = await getDb();
  const effective = await loadEffectiveScenario(db, { organisationId, scenarioId });
  if (!effective) return undefined;
  let cashFlow: ScenarioCashFlow | null = null;
  let problem: string | null = null;
  try {
    cashFlow = computeScenarioCashFlow(effective);
  } catch (error) {
    if (!isAppError(error)) throw error;
    problem = error.message;
  }
  const results = (await loadRunResults(db, { organisationId, scenarioId, runId })) ?? null;
  const priceMismatches = results ? findRunPriceMismatches((results.run.manifest as Partial<SimulationManifest>).spec) : findScenarioPriceMismatches(effective);
  return {
    effective,
    currency: effective.settings.currency ?? effective.project.currency,
    inputs: summariseInputs(effective),
    cashFlow,
    metrics: cashFlow ? toMetricValues(cashFlow.metrics) : null,
    problem,
    results,
    priceMismatches,
    conventions: scenarioConventions(effective),
    generatedAt: new Date().toISOString(),
  };
}
