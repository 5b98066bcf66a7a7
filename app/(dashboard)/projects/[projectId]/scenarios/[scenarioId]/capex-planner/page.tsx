import type { Metadata } from "next";
import Link from "next/link";
import { CapexTimelineChart } from "@/app/ui/charts/capex-timeline-chart";
import { ShareDoughnutChart } from "@/app/ui/charts/share-doughnut-chart";
import { EmptyState } from "@/app/ui/common/empty-state";
import { formatEnumLabel, formatMoney, formatMoneyMillions, formatPercent } from "@/app/ui/format";
import { CardGrid } from "@/app/ui/scenario-editor/results/metric-cards";
import { ModelProblems } from "@/app/ui/scenario-editor/results/model-problems";
import { computeCapexPlanSafely, loadScenarioPage } from "../scenario-data";
import charts from "@/app/ui/charts/charts.module.css";
import buttons from "@/app/ui/common/button.module.css";

type Params = Promise<{ projectId: string; scenarioId: string }>;

export const metadata: Metadata = { title: "Capex planner" };

export default async function CapexPlannerPage({ params }: { params: Params }) {
  const { projectId, scenarioId } = await params;
  const { effective, canEdit } = await loadScenarioPage(projectId, scenarioId);
  const inputsHref = `/projects/${projectId}/scenarios/${scenarioId}?tab=capex`;
  if (effective.rows.capex.length === 0) {
    return (
      <EmptyState title="No capex items yet">
        <p>{canEdit ? "Add the first capex item; totals, category shares and the spend timeline appear here." : "Capex items entered by your project managers will be planned here."}</p>
        {canEdit ? <Link href={inputsHref} className={`${buttons.button} ${buttons.primary}`}>Add the first capex item</Link> : null}
      </EmptyState>
    );
  }
  const result = computeCapexPlanSafely(effective);
  if (!result.ok) return <ModelProblems message={result.message} problems={result.problems} inputsHref={inputsHref} />;
  const { plan, currency, years } = result;
  const contingencyPct = plan.baseTotal > 0 ? (100 * plan.contingencyTotal) / plan.baseTotal : 0;
  return (
    <>
      <CardGrid
        cards={[
          { label: "Base total (before contingency)", value: formatMoneyMillions(plan.baseTotal, currency), note: formatMoney(plan.baseTotal, currency) },
          { label: "Contingency", value: formatMoneyMillions(plan.contingencyTotal, currency), note: `${formatMoney(plan.contingencyTotal, currency)}, ${formatPercent(contingencyPct)} of the base total` },
          { label: "Grand total", value: formatMoneyMillions(plan.grandTotal, currency), note: formatMoney(plan.grandTotal, currency) },
        ]}
      />
      <div className={charts.row}>
        <ShareDoughnutChart title={`Capex by category (${currency}, with contingency)`} currency={currency} slices={plan.byCategory.map((entry) => ({ label: formatEnumLabel(entry.category), total: entry.total, sharePct: entry.sharePct }))} />
        <CapexTimelineChart currency={currency} points={plan.timeline.map((point) => ({ label: `${years.get(point.period) ?? point.period} (P${point.period})`, spend: point.spend, cumulativeSpend: point.cumulativeSpend }))} />
      </div>
    </>
  );
}
