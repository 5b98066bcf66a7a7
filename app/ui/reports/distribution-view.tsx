import { formatMoneyMillions, formatNumber } from "@/app/ui/format/number";
import { REPORT_METRICS } from "@/lib/reports/metrics";
import type { DistributionReport } from "@/lib/reports/scenario-distribution";
import { DistributionCharts } from "./distribution-charts";
import { formatMetric } from "./format";
import { ReportSection } from "./report-frame";

function InputsSummaryView({ report }: { report: DistributionReport }) {
  const { inputs, currency } = report;
  return (
    <>
      <ul className="report-counts">
        {inputs.counts.map((count) => (
          <li key={count.kind}>
            {count.kind}: <strong>{count.rows}</strong>
          </li>
        ))}
        <li>
          Capex with contingency: <strong>{formatMoneyMillions(inputs.capexTotal, currency)}</strong>
        </li>
      </ul>
      {inputs.stochastic.length > 0 ? (
        <div className="table-wrap">
          <table className="table report-table">
            <caption>Stochastic parameters</caption>
            <thead>
              <tr>
                <th scope="col">Parameter</th>
                <th scope="col" className="num">Base value</th>
                <th scope="col">Unit</th>
                <th scope="col">Distribution</th>
              </tr>
            </thead>
            <tbody>
              {inputs.stochastic.map((parameter) => (
                <tr key={parameter.name}>
                  <th scope="row">{parameter.name}</th>
                  <td className="num">{formatNumber(parameter.baseValue, 4)}</td>
                  <td>{parameter.unit}</td>
                  <td>{parameter.distribution}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

function CashFlowTable({ report }: { report: DistributionReport }) {
  const { cashFlow, currency } = report;
  if (!cashFlow) return <p className="report-note">The cash flow cannot be computed: {report.problem}</p>;
  const money = (value: number) => formatNumber(value / 1e6, 1);
  return (
    <div className="table-wrap">
      <table className="table report-table report-cashflow">
        <caption>Cash flow by period ({currency} M)</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Period</th>
            <th scope="col" className="num">Ore processed (kt)</th>
            <th scope="col" className="num">Revenue after royalties</th>
            <th scope="col" className="num">Opex</th>
            <th scope="col" className="num">Capex net of salvage</th>
            <th scope="col" className="num">Tax</th>
            <th scope="col" className="num">After-tax cash flow</th>
            <th scope="col" className="num">Cumulative</th>
          </tr>
        </thead>
        <tbody>
          {cashFlow.rows.map((row) => (
            <tr key={row.period}>
              <th scope="row" className="num">{row.period}</th>
              <td className="num">{formatNumber(row.oreProcessedT / 1000, 0)}</td>
              <td className="num">{money(row.netSmelterReturn - row.royalties)}</td>
              <td className="num">{money(row.operatingCost)}</td>
              <td className="num">{money(row.capexInitial + row.capexSustaining + row.capexReplacement + row.capexClosure - row.salvage)}</td>
              <td className="num">{money(row.incomeTax)}</td>
              <td className="num">{money(row.afterTaxCashFlow)}</td>
              <td className="num">{money(row.cumulativeCashFlow)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PercentileTable({ report }: { report: DistributionReport }) {
  const metrics = report.results?.metrics ?? [];
  const percents = [...new Set(metrics.flatMap((m) => m.percentiles.map((p) => p.percent)))].sort((a, b) => a - b);
  const unitOf = (metric: string) => REPORT_METRICS.find((m) => m.key === metric)?.unit ?? (metric.includes("payback") ? "years" : "ratio");
  const show = (metric: string, value: number | null) => formatMetric(value === null ? null : metric === "irr" ? value * 100 : value, metric === "irr" ? "percent" : unitOf(metric), report.currency);
  return (
    <div className="table-wrap">
      <table className="table report-table">
        <caption>Percentiles of each metric</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col" className="num">Mean</th>
            {percents.map((percent) => (
              <th key={percent} scope="col" className="num">P{percent}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {metrics.map((m) => (
            <tr key={m.metric}>
              <th scope="row">{m.metric.replace("_", " ")}</th>
              <td className="num">{show(m.metric, m.mean)}</td>
              {percents.map((percent) => (
                <td key={percent} className="num">{show(m.metric, m.percentiles.find((p) => p.percent === percent)?.value ?? null)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The scenario distribution report's body. */
export function DistributionView({ report }: { report: DistributionReport }) {
  const { results } = report;
  return (
    <>
      <ReportSection title="Inputs">
        <InputsSummaryView report={report} />
      </ReportSection>
      <ReportSection title="Deterministic cash flow">
        <CashFlowTable report={report} />
      </ReportSection>
      <ReportSection title="Monte Carlo distribution">
        {results ? (
          <>
            <p>
              Run of {results.run.finishedAt?.toISOString().slice(0, 16).replace("T", " ") ?? "—"} UTC: {formatNumber(results.run.iterations, 0)} iterations,{" "}
              {results.run.sampler.replace("_", " ")} sampling, seed {results.run.seed}.
            </p>
            <PercentileTable report={report} />
            <DistributionCharts metrics={results.metrics} currency={report.currency} />
          </>
        ) : (
          <p className="report-note">No finished simulation run yet: run one from the scenario&apos;s simulation page.</p>
        )}
      </ReportSection>
    </>
  );
}
