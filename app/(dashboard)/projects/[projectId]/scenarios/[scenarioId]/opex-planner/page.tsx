import type { Metadata } from "next";
import Link from "next/link";
import { OpexTimelineChart } from "@/app/ui/charts/opex-timeline-chart";
import { EmptyState } from "@/app/ui/common/empty-state";
import { formatEnumLabel, formatMoney, formatMoneyMillions } from "@/app/ui/format";
import { CardGrid } from "@/app/ui/scenario-editor/results/metric-cards";
import { ModelProblems } from "@/app/ui/scenario-editor/results/model-problems";
import { computeCashFlowSafely, loadScenarioPage, rememberTreeMetrics } from "../scenario-data";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import tables from "@/app/ui/common/table.module.css";

type Params = Promise<{ projectId: string; scenarioId: string }>;

export const metadata: Metadata = { title: "Opex planner" };

export default async function OpexPlannerPage({ params }: { params: Params }) {
  const { projectId, scenarioId } = await params;
  const pageData = await loadScenarioPage(projectId, scenarioId);
  const { effective, canEdit } = pageData;
  const inputsHref = `/projects/${projectId}/scenarios/${scenarioId}?tab=opex`;
  if (effective.rows.opex.length === 0) {
    return (
      <EmptyState title="No opex items yet">
        <p>{canEdit ? "Add the first opex item; annual costs, the escalated timeline and the annual average appear here." : "Opex items entered by your project managers will be planned here."}</p>
        {canEdit ? <Link href={inputsHref} className={`${buttons.button} ${buttons.primary}`}>Add the first opex item</Link> : null}
      </EmptyState>
    );
  }
  const result = computeCashFlowSafely(effective);
  await rememberTreeMetrics(pageData, result);
  if (!result.ok) return <ModelProblems message={result.message} problems={result.problems} inputsHref={inputsHref} />;
  const { opexPlan: plan, currency, rows } = result.cashFlow;
  const names = new Map(effective.rows.opex.map((entry) => [entry.row.lineageId, entry.row]));
  const categories = [...new Set(plan.items.map((item) => item.category))];
  const series = categories.map((category) => ({
    label: formatEnumLabel(category),
    values: rows.map((_, period) => plan.items.filter((item) => item.category === category).reduce((sum, item) => sum + (item.timeline[period] ?? 0), 0)),
  }));
  const lifeTotal = plan.totalByPeriod.reduce((a, b) => a + b, 0);
  return (
    <>
      <CardGrid
        cards={[
          { label: "Annual average (years with cost)", value: formatMoneyMillions(plan.annualAverage, currency), note: `${formatMoney(plan.annualAverage, currency)} per year, escalated` },
          { label: "Total over the life (escalated)", value: formatMoneyMillions(lifeTotal, currency), note: formatMoney(lifeTotal, currency) },
        ]}
      />
      <OpexTimelineChart labels={rows.map((row) => `${row.year} (P${row.period})`)} series={series} annualAverage={plan.annualAverage} currency={currency} />
      <section className={layout.section} aria-labelledby="opex-items-title">
        <h2 id="opex-items-title">Annual cost per item</h2>
        <div className={tables.wrap}>
          <table className={tables.table}>
            <caption>Unescalated cost of a full year; items charged per tonne depend on the schedule, so their average over active years is shown.</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Category</th>
                <th scope="col">Basis</th>
                <th scope="col" className={tables.numeric}>Annual cost ({currency}/year)</th>
                <th scope="col" className={tables.numeric}>Total over the life ({currency})</th>
              </tr>
            </thead>
            <tbody>
              {plan.items.map((item) => {
                const row = names.get(item.id);
                const active = item.timeline.filter((value) => value !== 0);
                const average = active.length > 0 ? active.reduce((a, b) => a + b, 0) / active.length : 0;
                return (
                  <tr key={item.id}>
                    <th scope="row">{row?.name ?? item.id}</th>
                    <td>{formatEnumLabel(item.category)}</td>
                    <td>{row ? formatEnumLabel(row.basis) : ""}</td>
                    <td className={tables.numeric}>{Number.isFinite(item.annualCost) ? formatMoney(item.annualCost, currency) : `${formatMoney(average, currency)} (average)`}</td>
                    <td className={tables.numeric}>{formatMoney(item.timeline.reduce((a, b) => a + b, 0), currency)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
