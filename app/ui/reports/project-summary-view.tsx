import { formatEnumLabel, formatPercent } from "@/app/ui/format/number";
import type { ProjectSummaryReport } from "@/lib/reports/project-summary";
import { REPORT_METRICS } from "@/lib/reports/metrics";
import { ReportSection } from "./report-frame";
import { betterLabel, formatMetric } from "./format";
import { NpvComparisonChart } from "./npv-comparison-chart";

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
    <dl className="report-facts">
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
    <div className="table-wrap">
      <table className="table report-table">
        <caption>Deterministic metrics and Monte Carlo NPV percentiles of each scenario&apos;s latest run</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            {REPORT_METRICS.map((metric) => (
              <th key={metric.key} scope="col" className="num" title={betterLabel(metric.better)}>
                {metric.label}
              </th>
            ))}
            <th scope="col" className="num">NPV P10</th>
            <th scope="col" className="num">NPV P50</th>
            <th scope="col" className="num">NPV P90</th>
          </tr>
        </thead>
        <tbody>
          {report.scenarios.map((scenario) => (
            <tr key={scenario.id}>
              <th scope="row">
                {scenario.name}
                {scenario.isBaseCase ? <span className="badge badge-base">Base case</span> : null}
                {scenario.problem ? <span className="report-note">{scenario.problem}</span> : null}
              </th>
              {REPORT_METRICS.map((metric) => (
                <td key={metric.key} className="num">
                  {formatMetric(scenario.metrics?.[metric.key], metric.unit, currency)}
                </td>
              ))}
              <td className="num">{formatMetric(scenario.monteCarlo?.npv?.p10, "money", currency)}</td>
              <td className="num">{formatMetric(scenario.monteCarlo?.npv?.p50, "money", currency)}</td>
              <td className="num">{formatMetric(scenario.monteCarlo?.npv?.p90, "money", currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SpreadTable({ report }: { report: ProjectSummaryReport }) {
  const currency = report.project.currency;
  const nameAt = (index: number) => report.scenarios[index]?.name ?? "—";
  return (
    <div className="table-wrap">
      <table className="table report-table">
        <caption>Best, worst and average per metric across the scenarios</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Better</th>
            <th scope="col" className="num">Best</th>
            <th scope="col">Best scenario</th>
            <th scope="col" className="num">Worst</th>
            <th scope="col">Worst scenario</th>
            <th scope="col" className="num">Average</th>
          </tr>
        </thead>
        <tbody>
          {REPORT_METRICS.map((metric) => {
            const spread = report.spreads[metric.key];
            return (
              <tr key={metric.key}>
                <th scope="row">{metric.label}</th>
                <td>{betterLabel(metric.better)}</td>
                <td className="num">{formatMetric(spread.best, metric.unit, currency)}</td>
                <td>{nameAt(spread.bestIndex)}</td>
                <td className="num">{formatMetric(spread.worst, metric.unit, currency)}</td>
                <td>{nameAt(spread.worstIndex)}</td>
                <td className="num">{formatMetric(spread.average, metric.unit, currency)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The project summary report's body. */
export function ProjectSummaryView({ report }: { report: ProjectSummaryReport }) {
  const bars = report.scenarios.map((s) => ({ name: s.name, npv: s.metrics?.npv ?? null, p10: s.monteCarlo?.npv?.p10 ?? null, p90: s.monteCarlo?.npv?.p90 ?? null }));
  return (
    <>
      <ReportSection title="Project">
        <ProjectDetails report={report} />
        {report.project.description ? <p>{report.project.description}</p> : null}
      </ReportSection>
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
