import { MetricGrid, type MetricCard } from "@/app/ui/common/metric-grid";
import { formatNumber, formatRatioAsPercent } from "@/app/ui/format";
import { p50BesideDeterministic } from "./deterministic-beside-p50";
import { percentileLabel, percentileValue, type MetricDisplay } from "./metric-display";
import type { MetricView } from "./types";
import tables from "@/app/ui/common/table.module.css";
import styles from "./simulations.module.css";

/** Always shown, whether or not the run asked for them; others the run computed are added in order. */
export const DEFAULT_PERCENTILES = [0.05, 0.1, 0.5, 0.9, 0.95] as const;

export function tablePercentiles(metric: MetricView): number[] {
  const all = new Set<number>([...DEFAULT_PERCENTILES, ...metric.percentiles.map((entry) => entry.p)]);
  return [...all].sort((a, b) => a - b);
}

/** The percentile table of one metric; a percentile the run did not compute reads "not computed". */
export function PercentileTable({ metric, display, caption }: { metric: MetricView; display: MetricDisplay; caption?: string }) {
  return (
    <div className={`${tables.wrap} ${styles.percentiles}`}>
      <table className={tables.table}>
        <caption>{caption ?? `Percentiles of ${display.label}`}</caption>
        <thead>
          <tr>
            <th scope="col">Percentile</th>
            <th scope="col" className={tables.numeric}>
              {display.columnLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {tablePercentiles(metric).map((p) => {
            const value = percentileValue(metric.percentiles, p);
            return (
              <tr key={p}>
                <th scope="row">{percentileLabel(p)}</th>
                <td className={tables.numeric}>{value === undefined ? "not computed" : display.format(value)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function riskStats(metric: MetricView, display: MetricDisplay): MetricCard[] {
  const stats: MetricCard[] = [];
  if (metric.probabilityOfLoss !== null) stats.push({ label: "Probability of loss", value: formatRatioAsPercent(metric.probabilityOfLoss), note: `Share of iterations with ${display.label} below zero.` });
  if (metric.valueAtRisk) {
    const level = formatRatioAsPercent(metric.valueAtRisk.level, 0);
    stats.push({ label: `Value at risk (${level})`, value: display.format(metric.valueAtRisk.value), note: `${level} of iterations are at or below it.` });
    if (metric.expectedShortfall !== null) stats.push({ label: `Expected shortfall (${level})`, value: display.format(metric.expectedShortfall), note: `Mean of the worst ${level} of iterations.` });
  }
  return stats;
}

/**
 * P50 beside the deterministic figure (NPV, IRR), mean, SD, min, max, risk figures and — never hidden — how many
 * iterations had no value of the metric.
 */
export function MetricStats({ metric, display, deterministic }: { metric: MetricView; display: MetricDisplay; deterministic?: number | null }) {
  const total = metric.count + metric.nonFiniteCount;
  const stats: MetricCard[] = [
    ...p50BesideDeterministic(metric, display, deterministic),
    { label: "Mean", value: display.format(metric.mean) },
    { label: "Standard deviation", value: display.format(metric.sd) },
    { label: "Minimum", value: display.format(metric.min) },
    { label: "Maximum", value: display.format(metric.max) },
    ...riskStats(metric, display),
    {
      label: `Iterations without ${display.withArticle}`,
      value: `${formatNumber(metric.nonFiniteCount, 0)} of ${formatNumber(total, 0)}`,
      note: metric.nonFiniteCount > 0 ? `${formatRatioAsPercent(total > 0 ? metric.nonFiniteCount / total : 0)}: ${display.nonFiniteMeaning}. Statistics use the other ${formatNumber(metric.count, 0)}.` : `Every iteration gave ${display.withArticle}.`,
    },
  ];
  return <MetricGrid cards={stats} isCompact />;
}
