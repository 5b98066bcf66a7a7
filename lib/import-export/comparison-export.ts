import { getProject } from "@/lib/projects";
import { compareProjectScenarios, type ComparedScenario, type ScenarioComparison } from "@/lib/scenarios";
import type { ProjectScope } from "@/lib/scenarios/comparison";
import type { OutCell } from "./csv-write";
import type { RunExportFile } from "./simulation-export";
import { enumText, finiteOrNull, rowsTable, tablesFile, type ExportFormat } from "./table-file";

// GET /api/projects/{projectId}/scenarios/compare/export: the compare page's table (metrics, key inputs, settings;
// a row each, a column per scenario) as numbers in their units. A row the page writes as one text ("Royalty: NSR,
// 3 %") is split into its parts so each is a number or a word. Not audited: it is a read of what
// POST …/scenarios/compare answers, and an audit row would make every dashboard of the project stale.

type Row = { section: string; item: string; unit: string; value: (c: ComparedScenario) => OutCell };

const pct = (fraction: number | null | undefined) => (typeof fraction === "number" && Number.isFinite(fraction) ? fraction * 100 : null);
const paybackYears = (payback: { reached: boolean; years?: number } | undefined) => (payback?.reached ? finiteOrNull(payback.years) : null);
const yesNo = (value: boolean | null) => (value === null ? null : value ? "Yes" : "No");

function metricRows(currency: string, priceUnit: string): Row[] {
  const m = (c: ComparedScenario) => c.metrics;
  const metric = (item: string, unit: string, value: (c: ComparedScenario) => OutCell): Row => ({ section: "Metrics", item, unit, value });
  return [
    metric("NPV", currency, (c) => finiteOrNull(m(c)?.npv)),
    metric("IRR", "%", (c) => { const irr = m(c)?.irr; return irr?.kind === "unique" ? pct(irr.rate) : null; }),
    metric("MIRR", "%", (c) => pct(m(c)?.mirr)),
    metric("Payback", "years from the start of period 0", (c) => paybackYears(m(c)?.payback)),
    metric("Discounted payback", "years", (c) => paybackYears(m(c)?.discountedPayback)),
    metric("NPV / initial capex", "ratio", (c) => finiteOrNull(m(c)?.npvToCapex)),
    metric("Break-even metal price", priceUnit, (c) => { const b = m(c)?.breakEvenPrice; return b?.kind === "found" ? b.pricePerUnit : null; }),
    metric("Break-even note", "", (c) => { const b = m(c)?.breakEvenPrice; return b?.kind === "none" ? enumText(b.reason) : null; }),
    metric("Initial capex", currency, (c) => finiteOrNull(m(c)?.initialCapex)),
    metric("Total capex", currency, (c) => finiteOrNull(m(c)?.totalCapex)),
  ];
}

function inputRows(currency: string, priceUnit: string, metalUnit: string): Row[] {
  const input = (item: string, unit: string, value: (c: ComparedScenario) => OutCell): Row => ({ section: "Key inputs", item, unit, value });
  return [
    input("Metal price", priceUnit, (c) => finiteOrNull(c.keyInputs.metalPrice)),
    input("Metal price source", "", (c) => (c.settings.priceSource === "deck" ? "Price deck average" : "Flat price")),
    input("Capex items incl. contingency", currency, (c) => c.keyInputs.capexTotal),
    input("Operating cost over the life", currency, (c) => finiteOrNull(c.keyInputs.opexTotal)),
    input("Ore processed over the life", "t", (c) => c.keyInputs.oreProcessedTotalT),
    input("Payable metal over the life", metalUnit, (c) => finiteOrNull(c.keyInputs.payableMetalTotalUnits)),
  ];
}

function settingRows(currency: string): Row[] {
  const s = (c: ComparedScenario) => c.settings;
  const setting = (item: string, unit: string, value: (c: ComparedScenario) => OutCell): Row => ({ section: "Settings", item, unit, value });
  return [
    setting("Start year", "", (c) => s(c).startYear),
    setting("Construction", "years", (c) => s(c).constructionPeriods),
    setting("Production life", "years", (c) => s(c).lifeYears),
    setting("Discount rate", "%", (c) => s(c).discountRatePct),
    setting("Discounting", "", (c) => enumText(s(c).discounting)),
    setting("Valuation date", "", (c) => enumText(s(c).valuationDate ?? "end_of_period_0")),
    setting("Period 0 flow", "", (c) => enumText(s(c).periodZeroTiming ?? "with_timing")),
    setting("Cash-flow terms", "", (c) => enumText(s(c).terms)),
    setting("Inflation", "% per year", (c) => s(c).inflationPct),
    setting("Income tax rate", "%", (c) => s(c).incomeTaxRatePct),
    setting("Royalty", "", (c) => enumText(s(c).royaltyType)),
    setting("Royalty rate", "%", (c) => (s(c).royaltyType === "none" ? null : s(c).royaltyRatePct)),
    setting("Payable metal", "%", (c) => s(c).payablePct),
    setting("Depreciation", "", (c) => enumText(s(c).depreciationMethod)),
    setting("Depreciation life", "years", (c) => s(c).depreciationLifeYears),
    setting("Tax-loss carry-forward", "", (c) => yesNo(s(c).taxLossCarryForward)),
    setting("Receivables", "days", (c) => s(c).receivableDays),
    setting("Payables", "days", (c) => s(c).payableDays),
    setting("Closure cost", currency, (c) => s(c).closureCost),
    setting("Salvage value", currency, (c) => s(c).salvageValue),
  ];
}

/** Section, item, unit, then one column per scenario (named as the page names it), in the order compared. */
export function comparisonTable(comparison: ScenarioComparison) {
  const currency = comparison.currency ?? "";
  const first = comparison.scenarios[0]?.settings;
  const metalUnit = first?.metalPriceUnit ?? "units";
  const priceUnit = `${first?.priceCurrency ?? currency}/${metalUnit}`;
  const rows = [...metricRows(currency, priceUnit), ...inputRows(currency, priceUnit, metalUnit), ...settingRows(currency)];
  const header = ["Section", "Item", "Unit", ...comparison.scenarios.map((c) => c.scenario.name)];
  return rowsTable(header, rows.map((row) => [row.section, row.item, row.unit || null, ...comparison.scenarios.map(row.value)]));
}

/**
 * @throws AppError NOT_FOUND for an id not in the organisation; (422) the code of the first comparison rule broken
 */
export async function exportScenarioComparison(
  scope: ProjectScope,
  { scenarioIds, format }: { scenarioIds: readonly string[]; format: ExportFormat },
): Promise<RunExportFile> {
  const [project, comparison] = await Promise.all([getProject(scope), compareProjectScenarios(scope, scenarioIds)]);
  const table = { part: "comparison", sheet: "Scenario comparison", table: comparisonTable(comparison) } as const;
  return tablesFile({ name: project.name, stem: "scenario-comparison" }, format, [table]);
}
