import type { Metadata } from "next";
import { CashFlowChart } from "@/app/ui/charts/cash-flow-chart";
import { CashFlowTable } from "@/app/ui/scenario-editor/results/cash-flow-table";
import { MetricCards } from "@/app/ui/scenario-editor/results/metric-cards";
import { ModelProblems } from "@/app/ui/scenario-editor/results/model-problems";
import { computeCashFlowSafely, loadScenarioPage, rememberTreeMetrics } from "../scenario-data";
import layout from "@/app/ui/common/layout.module.css";

type Params = Promise<{ projectId: string; scenarioId: string }>;

export const metadata: Metadata = { title: "Profitability" };

export default async function ProfitabilityPage({ params }: { params: Params }) {
  const { projectId, scenarioId } = await params;
  const pageData = await loadScenarioPage(projectId, scenarioId);
  const { effective } = pageData;
  const result = computeCashFlowSafely(effective);
  await rememberTreeMetrics(pageData, result);
  if (!result.ok) return <ModelProblems message={result.message} problems={result.problems} inputsHref={`/projects/${projectId}/scenarios/${scenarioId}`} />;
  const { cashFlow } = result;
  const points = cashFlow.rows.map((row) => ({ label: `${row.year} (P${row.period})`, cashFlow: row.afterTaxCashFlow, cumulative: row.cumulativeCashFlow }));
  return (
    <>
      <section className={layout.section} aria-labelledby="metrics-title">
        <h2 id="metrics-title">Profitability metrics</h2>
        <MetricCards metrics={cashFlow.metrics} currency={cashFlow.currency} priceUnit={cashFlow.priceUnit} valuation={effective.settings} />
      </section>
      <section className={layout.section} aria-labelledby="chart-title">
        <h2 id="chart-title">Cash flow over the project life</h2>
        <CashFlowChart points={points} currency={cashFlow.currency} />
      </section>
      <section className={layout.section} aria-labelledby="table-title">
        <h2 id="table-title">Cash-flow table</h2>
        <CashFlowTable rows={cashFlow.rows} currency={cashFlow.currency} priceUnit={cashFlow.priceUnit} />
      </section>
    </>
  );
}
