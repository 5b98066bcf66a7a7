import type { ProjectDashboard } from "@/lib/http/contracts/dashboards";
import type { CashFlowRow } from "@/lib/engine/model";
import { isAppError } from "@/lib/errors";
import { computeScenarioCashFlow, type ScenarioCashFlow } from "@/lib/scenarios/cashflow";
import { loadEffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { beginMetricsCapture, toMetricsSummary } from "@/lib/scenarios/metrics-cache";
import type { DbOrTx } from "@/db";

type BaseCase = NonNullable<ProjectDashboard["baseCase"]>;

function toCashFlowPeriod(row: CashFlowRow): BaseCase["cashFlow"][number] {
  return {
    period: row.period,
    year: row.year,
    netSmelterReturn: row.netSmelterReturn,
    royalties: row.royalties,
    operatingCost: row.operatingCost,
    capex: row.capexInitial + row.capexSustaining + row.capexReplacement + row.capexClosure - row.salvage,
    incomeTax: row.incomeTax,
    afterTaxCashFlow: row.afterTaxCashFlow,
    cumulativeCashFlow: row.cumulativeCashFlow,
  };
}

function toOpexPeriod(row: CashFlowRow): BaseCase["opexByPeriod"][number] {
  const itemsTotal = Object.values(row.opexByCategory).reduce((sum, value) => sum + value, 0);
  return {
    period: row.period,
    year: row.year,
    byCategory: row.opexByCategory,
    consumption: row.consumptionCost,
    equipment: row.equipmentOperatingCost,
    total: itemsTotal + row.consumptionCost + row.equipmentOperatingCost,
  };
}

function toFigures(cashFlow: ScenarioCashFlow): Pick<BaseCase, "metrics" | "capexByCategory" | "opexByPeriod" | "cashFlow"> {
  const { metrics } = cashFlow;
  return {
    metrics: {
      npv: metrics.npv,
      irrPct: metrics.irr.kind === "unique" ? metrics.irr.rate * 100 : null,
      paybackYears: metrics.payback.reached ? metrics.payback.years : null,
    },
    capexByCategory: cashFlow.capexPlan.byCategory.map(({ category, total, sharePct }) => ({ category, total, sharePct })),
    opexByPeriod: cashFlow.rows.map(toOpexPeriod),
    cashFlow: cashFlow.rows.map(toCashFlowPeriod),
  };
}

/**
 * The base case's figures from the deterministic model of its EFFECTIVE inputs (inheritance resolved): capex by
 * category (capex planner), operating cost per period and the after-tax cash flow (cash-flow model). Inputs that
 * cannot be modelled yet give empty figures and the reason in `issue`, not an error: the dashboard still shows
 * the rest.
 */
export async function getBaseCaseFigures(
  db: DbOrTx,
  { organisationId, projectId, scenarioId }: { organisationId: string; projectId: string; scenarioId: string },
): Promise<BaseCase | null> {
  const remember = await beginMetricsCapture({ organisationId, projectId });
  const effective = await loadEffectiveScenario(db, { organisationId, scenarioId });
  if (!effective) return null;
  const header = { scenarioId, name: effective.scenario.name, currency: effective.settings.currency ?? effective.project.currency };
  try {
    const cashFlow = computeScenarioCashFlow(effective);
    // The project's scenario tree shows the base case's NPV and IRR from here too.
    await remember(scenarioId, toMetricsSummary(cashFlow, header.currency));
    return { ...header, issue: null, ...toFigures(cashFlow) };
  } catch (error) {
    const message = isAppError(error) ? error.message : error instanceof Error ? error.message : String(error);
    return { ...header, issue: message, metrics: null, capexByCategory: [], opexByPeriod: [], cashFlow: [] };
  }
}
