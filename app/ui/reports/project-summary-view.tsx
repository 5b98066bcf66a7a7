import { formatBetter, formatEnumLabel, formatMetricFigure, formatPercent, metricHeading } from "@/app/ui/format";
import type { ProjectSummaryReport } from "@/lib/reports/project-summary";
import { REPORT_METRICS } from "@/lib/domain/reports";
import { ReportSection } from "./report-frame";
import { describeNpvValuation, PAYBACK_ORIGIN_NOTE } from "@/app/ui/scenario-editor/results/valuation-notes";
import { KeyAssumptionsSection } from "./key-assumptions-section";
import { NpvComparisonChart } from "./npv-comparison-chart";
import badges from "@/app/ui/common/badge.module.css";
import tables from "@/app/ui/common/table.module.css";
import { ScrollRegion } from "@/app/ui/common/scroll-region";
import styles from "./reports.module.css";

function ProjectDetails({ report }: { report: ProjectSummaryReport }) {
  const { project } = report;
  const rows: [string, string][] = [
    ["Location", project.location ?? "—"],
    ["Operation", formatEnumLabel(project.operationType)],
    ["Primary commodity", formatEnumLabel(project.primaryCommodity)],
    ["Currency", project.currency],
    ["Default discount rate", formatPercent(project.defaultDiscountRatePct)],
    ["Scenarios", String(report.scenarios.length)],
  ];
  return (
    <dl className={styles.facts}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function MetricsTable({ report }: { report: ProjectSummaryReport }) {
  const currency = report.project.currency;
  return (
    <>
      <ScrollRegion label="Scenario metrics">
        <table className={tables.table}>
          <caption>Deterministic metrics and Monte Carlo NPV percentiles of each scenario&apos;s latest run</caption>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              {REPORT_METRICS.map((metric) => (
                <th key={metric.key} scope="col"  title={formatBetter(metric.better)}>
                  {metricHeading(metric.label, metric.unit, currency)}
                </th>
              ))}
              <th scope="col">NPV P10 ({currency} M)</th>
              <th scope="col">NPV P50 ({currency} M)</th>
              <th scope="col">NPV P90 ({currency} M)</th>
            </tr>
          </thead>
          <tbody>
            {report.scenarios.map((scenario) => (
              <tr key={scenario.id}>
                <th scope="row">
                  {scenario.name}
                  {scenario.isBaseCase ? <span className={`${badges.badge} ${badges.brand} ${styles.badgeAfterName}`}>Base case</span> : null}
                  {scenario.problem ? <span className={styles.note}>{scenario.problem}</span> : null}
                  {scenario.priceMismatches.map((mismatch) => (
                    <span key={mismatch.variableId} className={styles.note} role="note">
                      Warning: {mismatch.message}
                    </span>
                  ))}
                </th>
                {REPORT_METRICS.map((metric) => (
                  <td key={metric.key} >
                    {formatMetricFigure(scenario.metrics?.[metric.key], metric.unit)}
                  </td>
                ))}
                <td>{formatMetricFigure(scenario.monteCarlo?.npv?.p10, "money")}</td>
                <td>{formatMetricFigure(scenario.monteCarlo?.npv?.p50, "money")}</td>
                <td>{formatMetricFigure(scenario.monteCarlo?.npv?.p90, "money")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {/* Below the table's card, not inside its scroll box (where it ran over the card's edge in print). */}
      <p className={styles.note}>
        NPV after tax, {describeNpvValuation(undefined)} {PAYBACK_ORIGIN_NOTE} The deterministic NPV sits beside the P10, P50 and P90 of the same scenario&apos;s latest run.
      </p>
    </>
  );
}

function SpreadTable({ report }: { report: ProjectSummaryReport }) {
  const currency = report.project.currency;
  const nameAt = (index: number) => report.scenarios[index]?.name ?? "—";
  return (
    <ScrollRegion label="Best, worst and average">
      <table className={tables.table}>
        <caption>Best, worst and average per metric across the scenarios</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Better</th>
            <th scope="col" >Best</th>
            <th scope="col">Best scenario</th>
            <th scope="col" >Worst</th>
            <th scope="col">Worst scenario</th>
            <th scope="col" >Average</th>
          </tr>
        </thead>
        <tbody>
          {REPORT_METRICS.map((metric) => {
            const spread = report.spreads[metric.key];
            return (
              <tr key={metric.key}>
                <th scope="row">{metricHeading(metric.label, metric.unit, currency)}</th>
                <td>{formatBetter(metric.better)}</td>
                <td>{formatMetricFigure(spread.best, metric.unit)}</td>
                <td>{nameAt(spread.bestIndex)}</td>
                <td>{formatMetricFigure(spread.worst, metric.unit)}</td>
                <td>{nameAt(spread.worstIndex)}</td>
                <td>{formatMetricFigure(spread.average, metric.unit)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The project summary report's body. */
export function ProjectSummaryView({ report }: { report: ProjectSummaryReport }) {
  const baseCase = report.scenarios.find((s) => s.isBaseCase) ?? report.scenarios[0];
  const bars = report.scenarios.map((s) => ({ name: s.name, npv: s.metrics?.npv ?? null, p10: s.monteCarlo?.npv?.p10 ?? null, p90: s.monteCarlo?.npv?.p90 ?? null }));
  return (
    <>
      <ReportSection title="Project">
        <ProjectDetails report={report} />
        {report.project.description ? <p>{report.project.description}</p> : null}
      </ReportSection>
      {baseCase ? <KeyAssumptionsSection assumptions={baseCase.assumptions} title={`Key assumptions: ${baseCase.name}`} /> : null}
      <ReportSection title="Scenario metrics">
        <MetricsTable report={report} />
      </ReportSection>
      <ReportSection title="Best, worst and average">
        <SpreadTable report={report} />
      </ReportSection>
      <ReportSection title="NPV comparison">
        <NpvComparisonChart bars={bars} currency={report.project.currency} />
      </ReportSection>
    </>
  );
}
