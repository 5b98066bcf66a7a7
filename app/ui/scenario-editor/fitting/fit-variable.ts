import { formatNumber } from "@/app/ui/format";
import { FIT_FAMILY_LABELS, FIT_METRIC_LABELS, type FitSource } from "@/lib/domain/fitting";
import type { DistributionSpec } from "@/lib/engine/distributions/schema";
import { specAsFactor, type FactorSpec } from "@/lib/engine/fitting/as-factor";
import type { FamilyFit, SeriesFits } from "@/lib/scenarios/fits";

// Words and request bodies of the "Fit from data" dialog: pure, so they are tested without a browser.

export type OkFit = Extract<FamilyFit, { ok: true }>;

/** "mean 50, sd 8" in the fit's parameter order. */
export function describeParameters(parameters: Record<string, number>): string {
  return Object.entries(parameters)
    .map(([name, value]) => `${name} ${formatNumber(value, 4)}`)
    .join(", ");
}

/** The family's label, e.g. "Gamma". */
export function familyLabel(family: string): string {
  return FIT_FAMILY_LABELS[family] ?? family;
}

/** The P–P plot's text alternative: how far the worst point strays from the diagonal. */
export function describePpPlot(fit: OkFit): string {
  const worst = fit.ppPoints.reduce((max, p) => Math.max(max, Math.abs(p.fitted - p.empirical)), 0);
  return `${fit.ppPoints.length} points; the furthest lies ${formatNumber(worst, 3)} from the diagonal (KS statistic ${formatNumber(fit.ksStatistic, 3)}).`;
}

export type VariableChoice = { name: string; target: string; targetRef: string | null; application: "absolute" | "factor" };

/** What the values are, in a sentence: "maintenance logs", "consumption actuals". */
const SOURCE_NOUNS: Record<FitSource, { adjective: string; plural: string }> = {
  maintenance: { adjective: "Maintenance", plural: "maintenance logs" },
  consumption: { adjective: "Consumption", plural: "consumption actuals" },
};

/** A name the parameter table will recognise: "Maintenance downtime per event (h), gamma fit". */
export function defaultVariableName(series: Pick<SeriesFits, "source" | "metric">, fit: Pick<OkFit, "family">): string {
  return `${SOURCE_NOUNS[series.source].adjective} ${FIT_METRIC_LABELS[series.metric].toLowerCase()}, ${familyLabel(fit.family).toLowerCase()} fit`;
}

/**
 * The body of POST /api/scenarios/{id}/parameters for a chosen fit. As a factor the distribution is divided by its
 * mean (so the factor's mean is 1) around a base of 1; as an absolute value it keeps the logs' unit and mean.
 */
export function variableBody(series: SeriesFits, fit: OkFit, choice: VariableChoice) {
  const isFactor = choice.application === "factor";
  const distribution: DistributionSpec = isFactor ? specAsFactor(fit.spec as FactorSpec) : fit.spec;
  const description = `${familyLabel(fit.family)} fitted to ${series.count} ${SOURCE_NOUNS[series.source].plural} (${FIT_METRIC_LABELS[series.metric].toLowerCase()}, mean ${formatNumber(series.summary.mean, 4)} ${series.unit}); KS ${formatNumber(fit.ksStatistic, 3)}, p ${formatNumber(fit.ksPValue, 3)}`;
  return {
    name: choice.name,
    target: choice.target,
    targetRef: choice.targetRef,
    application: choice.application,
    baseValue: isFactor ? 1 : series.summary.mean,
    unit: isFactor ? "factor" : series.unit,
    distribution,
    sampling: "per_iteration",
    description,
  };
}
