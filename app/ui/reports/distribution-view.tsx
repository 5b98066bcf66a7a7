import { formatMetricFigure, formatMoneyMillions, formatNumber, formatTimestamp, metricHeading } from "@/app/ui/format";
import { REPORT_METRICS, type ReportMetricKey } from "@/lib/domain/reports";
import type { DistributionReport } from "@/lib/reports/scenario-distribution";
import { describeNpvValuation, PAYBACK_ORIGIN_NOTE } from "@/app/ui/scenario-editor/results/valuation-notes";
import { moneyScaleFor } from "@/app/ui/scenario-editor/economics/economics-text";
import { describeDistribution } from "@/app/ui/scenario-editor/tables/distribution-fields";
import { metricName } from "@/app/ui/simulations/metric-display";
import type { MetricKey } from "@/app/ui/simulations/types";
import { PriceMismatchNotice } from "@/app/ui/simulations/price-mismatch-notice";
import { DistributionCharts } from "./distribution-charts";
import { DistributionTornado } from "./distribution-tornado";
import { ReportSection } from "./report-frame";
import tables from "@/app/ui/common/table.module.css";
import { ScrollRegion } from "@/app/ui/common/scroll-region";
import styles from "./reports.module.css";

function InputsSummaryView({ report }: { report: DistributionReport }) {
  const { inputs, currency } = report;
  return (
    <>
      <ul className={styles.counts}>
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
        <ScrollRegion label="Stochastic parameters">
          <table className={tables.table}>
            <caption>Stochastic parameters</caption>
            <thead>
              <tr>
                <th scope="col">Parameter</th>
                <th scope="col" >Base value</th>
                <th scope="col">Unit</th>
                <th scope="col">Distribution</th>
              </tr>
            </thead>
            <tbody>
              {inputs.stochastic.map((parameter) => (
                <tr key={parameter.name}>
                  <th scope="row">{parameter.name}</th>
                  <td>{formatNumber(parameter.baseValue, 4)}</td>
                  <td>{parameter.unit}</td>
                  <td>{describeDistribution(parameter.distribution)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </>
  );
}

function CashFlowTable({ report }: { report: DistributionReport }) {
  const { cashFlow, currency } = report;
  if (!cashFlow) return <p className={styles.note}>The cash flow cannot be computed: {report.problem}</p>;
  // Millions or thousands, from the table's largest amount; the caption names the unit.
  const scale = moneyScaleFor(cashFlow.rows.flatMap((row) => [row.netSmelterReturn, row.operatingCost, row.afterTaxCashFlow, row.cumulativeCashFlow]), currency);
  const money = scale.format;
  return (
    <ScrollRegion label="Cash flow by period">
      <table className={tables.table}>
        <caption>Cash flow by period (money in {scale.unit}, ore in kt)</caption>
        <thead>
          <tr>
            <th scope="col" >Period</th>
            <th scope="col" >Ore processed (kt)</th>
            <th scope="col" >Revenue after royalties</th>
            <th scope="col" >Opex</th>
            <th scope="col" >Capex net of salvage</th>
            <th scope="col" >Tax</th>
            <th scope="col" >After-tax cash flow</th>
            <th scope="col" >Cumulative</th>
          </tr>
        </thead>
        <tbody>
          {cashFlow.rows.map((row) => (
            <tr key={row.period}>
              <th scope="row" >{row.period}</th>
              <td>{formatNumber(row.oreProcessedT / 1000, 0)}</td>
              <td>{money(row.netSmelterReturn - row.royalties)}</td>
              <td>{money(row.operatingCost)}</td>
              <td>{money(row.capexInitial + row.capexSustaining + row.capexReplacement + row.capexClosure - row.salvage)}</td>
              <td>{money(row.incomeTax)}</td>
              <td>{money(row.afterTaxCashFlow)}</td>
              <td>{money(row.cumulativeCashFlow)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Run metric → the deterministic report value of the same metric (IRR there in %, here a fraction). */
const DETERMINISTIC_KEY: Record<string, ReportMetricKey> = { npv: "npv", irr: "irr", payback: "payback", discounted_payback: "discountedPayback" };

function deterministicOf(report: DistributionReport, metric: string): number | null {
  const key = DETERMINISTIC_KEY[metric];
  const value = key ? (report.metrics?.[key] ?? null) : null;
  return value !== null && metric === "irr" ? value / 100 : value;
}

function PercentileTable({ report }: { report: DistributionReport }) {
  const metrics = report.results?.metrics ?? [];
  const percents = [...new Set(metrics.flatMap((m) => m.percentiles.map((p) => p.percent)))].sort((a, b) => a - b);
  const unitOf = (metric: string) => REPORT_METRICS.find((m) => m.key === metric)?.unit ?? (metric.includes("payback") ? "years" : "ratio");
  const unitShown = (metric: string) => (metric === "irr" ? "percent" : unitOf(metric));
  // Figures only: the row heading names the unit ("NPV (USD M)"), so "USD 131.7 M" does not wrap in a narrow cell.
  const show = (metric: string, value: number | null) => formatMetricFigure(value === null ? null : metric === "irr" ? value * 100 : value, unitShown(metric));
  return (
    <>
      <ScrollRegion label="Percentiles of each metric">
        <table className={tables.table}>
          <caption>Percentiles of each metric, beside its deterministic value at the scenario&apos;s current inputs</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Deterministic</th>
              <th scope="col" >Mean</th>
              {percents.map((percent) => (
                <th key={percent} scope="col" >P{percent}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m.metric}>
                <th scope="row">{metricHeading(metricName(m.metric as MetricKey) ?? m.metric, unitShown(m.metric), report.currency)}</th>
                <td>{show(m.metric, deterministicOf(report, m.metric))}</td>
                <td>{show(m.metric, m.mean)}</td>
                {percents.map((percent) => (
                  <td key={percent} >{show(m.metric, m.percentiles.find((p) => p.percent === percent)?.value ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {/* Below the table's card, not inside its scroll box (where it ran over the card's edge in print). */}
      <p className={styles.note}>
        NPV after tax, {describeNpvValuation(report.effective.settings)} {PAYBACK_ORIGIN_NOTE}
      </p>
    </>
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
              Run of {results.run.finishedAt ? formatTimestamp(results.run.finishedAt) : "— UTC"}: {formatNumber(results.run.iterations, 0)} iterations,{" "}
              {results.run.sampler.replace("_", " ")} sampling, seed {results.run.seed}.
            </p>
            <PriceMismatchNotice mismatches={report.priceMismatches} />
            <PercentileTable report={report} />
            <DistributionCharts metrics={results.metrics} currency={report.currency} />
          </>
        ) : (
          <>
            <PriceMismatchNotice mismatches={report.priceMismatches} />
            <p className={styles.note}>No finished simulation run yet: run one from the scenario&apos;s simulation page.</p>
          </>
        )}
      </ReportSection>
      {results ? (
        <ReportSection title="Sensitivity of NPV to the inputs">
          {results.sensitivity ? <DistributionTornado sensitivity={results.sensitivity} /> : <p className={styles.note}>The run stored no sensitivity.</p>}
        </ReportSection>
      ) : null}
    </>
  );
}
