import type { ScenarioComparison } from "@/lib/scenarios/compare";
import { REPORT_METRICS, spreadOf, toMetricValues, type MetricValues } from "@/lib/domain/reports";
import { buildCompareSections } from "@/app/ui/scenarios/compare-rows";
import { CompareTable } from "@/app/ui/scenarios/compare-table";
import { formatBetter, formatMetric } from "@/app/ui/format";
import { ReportSection } from "./report-frame";
import tables from "@/app/ui/common/table.module.css";
import { ScrollRegion } from "@/app/ui/common/scroll-region";
import styles from "./reports.module.css";

/** Metrics side by side with the direction of "better" per metric and the best scenario marked. */
function DirectionTable({ comparison }: { comparison: ScenarioComparison }) {
  const currency = comparison.currency ?? "";
  const values: (MetricValues | null)[] = comparison.scenarios.map((s) => (s.metrics ? toMetricValues(s.metrics) : null));
  return (
    <ScrollRegion label="Metrics">
      <table className={tables.table}>
        <caption>Metrics; the best value of each row is marked ★</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Better</th>
            {comparison.scenarios.map((s) => (
              <th key={s.scenario.id} scope="col" >{s.scenario.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {REPORT_METRICS.map((metric) => {
            const row = values.map((v) => v?.[metric.key] ?? null);
            const { bestIndex } = spreadOf(row, metric.better);
            return (
              <tr key={metric.key}>
                <th scope="row">{metric.label}</th>
                <td>{formatBetter(metric.better)}</td>
                {row.map((value, index) => (
                  <td key={comparison.scenarios[index]?.scenario.id ?? index} className={index === bestIndex ? styles.best : undefined}>
                    {formatMetric(value, metric.unit, currency)}
                    {index === bestIndex && row.filter((v) => v !== null).length > 1 ? <span aria-label=" (best)"> ★</span> : null}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The scenario comparison report's body: the comparison page's table plus the direction of "better". */
export function ComparisonView({ comparison, projectId }: { comparison: ScenarioComparison; projectId: string }) {
  return (
    <>
      <ReportSection title="Metrics and the direction of better">
        <DirectionTable comparison={comparison} />
      </ReportSection>
      <ReportSection title="Inputs and settings side by side">
        <CompareTable projectId={projectId} scenarios={comparison.scenarios} sections={buildCompareSections(comparison, false, "millions")} />
      </ReportSection>
    </>
  );
}
