import type { ComparedMetrics, ComparedScenario, ScenarioComparison } from "@/lib/scenarios/compare";
import { formatMillions } from "@/app/ui/scenario-editor/economics/economics-text";
import { formatBreakEven, formatEnumLabel, formatIrr, formatMoney, formatMultiple, formatPayback, formatQuantity, formatRate, formatRatePct, formatYears, isFiniteNumber } from "@/app/ui/format";

// The comparison as table rows: one per metric, key input or setting, each with one display value per scenario,
// the raw values (to decide what differs) and, for numbers, the difference to the first scenario.

export type CompareRow = {
  label: string;
  cells: string[];
  /** True when not every scenario has the same value. */
  isDifferent: boolean;
  /** Per scenario: does it differ from the first? (the first is false) */
  differsFromFirst: boolean[];
  /** Per scenario after the first: "+USD 1,200,000" style change versus the first, when numeric. */
  deltas: (string | null)[];
};

export type CompareSection = { title: string; rows: CompareRow[] };

type Spec = {
  label: string;
  raw: (c: ComparedScenario) => unknown;
  show: (c: ComparedScenario) => string;
  /** How a numeric difference is written; omitted = no delta shown. */
  delta?: (d: number) => string;
};

const signed = (text: string, d: number) => (d > 0 ? `+${text}` : text);

/**
 * Money to the unit on the comparison page; in the printed report in millions, figures only (the label names the
 * unit, "Total capex (USD M)"), where full amounts crowd an A4 column.
 */
export type CompareMoneyScale = "units" | "millions";
type Money = { unit: (currency: string) => string; show: (value: number | null | undefined, currency: string) => string };

const MONEY: Record<CompareMoneyScale, Money> = {
  units: { unit: (currency) => currency, show: (value, currency) => formatMoney(value, currency) },
  millions: { unit: (currency) => `${currency} M`, show: (value) => formatMillions(value) },
};

function irrValue(irr: ComparedMetrics["irr"]): number | null {
  return irr.kind === "unique" ? irr.rate : null;
}

function paybackValue(payback: ComparedMetrics["payback"]): number | null {
  return payback.reached ? payback.years : null;
}

function buildRow(spec: Spec, scenarios: readonly ComparedScenario[]): CompareRow {
  const raws = scenarios.map(spec.raw);
  const keys = raws.map((value) => JSON.stringify(value ?? null));
  const first = raws[0];
  return {
    label: spec.label,
    cells: scenarios.map(spec.show),
    isDifferent: new Set(keys).size > 1,
    differsFromFirst: keys.map((key) => key !== keys[0]),
    deltas: raws.map((value, i) => {
      if (i === 0 || !spec.delta || !isFiniteNumber(value) || !isFiniteNumber(first) || value === first) return null;
      return signed(spec.delta(value - first), value - first);
    }),
  };
}

function metricSpecs(currency: string, scale: Money): Spec[] {
  const m = (c: ComparedScenario) => c.metrics;
  const unit = scale.unit(currency);
  const money = (d: number | null | undefined) => scale.show(d, currency);
  const points = (d: number) => `${formatRatePct(d * 100).replace(" %", "")} pts`;
  return [
    { label: `NPV (${unit})`, raw: (c) => m(c)?.npv, show: (c) => money(m(c)?.npv), delta: money },
    { label: "IRR (%)", raw: (c) => (m(c) ? irrValue(m(c)?.irr ?? { kind: "none" }) : null), show: (c) => (m(c) ? formatIrr(m(c)?.irr ?? { kind: "none" }) : "—"), delta: points },
    { label: "MIRR (%)", raw: (c) => m(c)?.mirr, show: (c) => formatRate(m(c)?.mirr), delta: points },
    { label: "Payback (years from the start of period 0)", raw: (c) => (m(c) ? paybackValue(m(c)?.payback ?? { reached: false }) : null), show: (c) => (m(c) ? formatPayback(m(c)?.payback ?? { reached: false }) : "—"), delta: (d) => formatYears(d) },
    { label: "Discounted payback (years)", raw: (c) => (m(c) ? paybackValue(m(c)?.discountedPayback ?? { reached: false }) : null), show: (c) => (m(c) ? formatPayback(m(c)?.discountedPayback ?? { reached: false }) : "—"), delta: (d) => formatYears(d) },
    { label: "NPV / initial capex", raw: (c) => m(c)?.npvToCapex, show: (c) => formatMultiple(m(c)?.npvToCapex) },
    { label: "Break-even metal price", raw: (c) => m(c)?.breakEvenPrice, show: (c) => (m(c) ? formatBreakEven(m(c)?.breakEvenPrice ?? { kind: "none", reason: "unprofitable_at_any_price" }, c.settings.priceCurrency ?? currency, c.settings.metalPriceUnit) : "—") },
    { label: `Initial capex (${unit})`, raw: (c) => m(c)?.initialCapex, show: (c) => money(m(c)?.initialCapex), delta: money },
    { label: `Total capex (${unit})`, raw: (c) => m(c)?.totalCapex, show: (c) => money(m(c)?.totalCapex), delta: money },
  ];
}

function inputSpecs(currency: string, scale: Money): Spec[] {
  const k = (c: ComparedScenario) => c.keyInputs;
  const unit = scale.unit(currency);
  const money = (d: number | null | undefined) => scale.show(d, currency);
  return [
    // A scenario on a price deck shows the average of its production years' prices, and says so.
    { label: "Metal price", raw: (c) => k(c).metalPrice, show: (c) => `${formatMoney(k(c).metalPrice, c.settings.priceCurrency ?? currency, 2)}${k(c).metalPriceUnit ? ` per ${k(c).metalPriceUnit}` : ""}${c.settings.priceSource === "deck" ? " (price deck average)" : ""}` },
    { label: `Capex items incl. contingency (${unit})`, raw: (c) => k(c).capexTotal, show: (c) => money(k(c).capexTotal), delta: money },
    { label: `Operating cost over the life (${unit})`, raw: (c) => k(c).opexTotal, show: (c) => money(k(c).opexTotal), delta: money },
    { label: "Ore processed over the life (t)", raw: (c) => k(c).oreProcessedTotalT, show: (c) => formatQuantity(k(c).oreProcessedTotalT, "t"), delta: (d) => formatQuantity(d, "t") },
    { label: "Payable metal over the life", raw: (c) => k(c).payableMetalTotalUnits, show: (c) => formatQuantity(k(c).payableMetalTotalUnits, c.settings.metalPriceUnit ?? "units") },
  ];
}

function settingSpecs(currency: string, scale: Money): Spec[] {
  const s = (c: ComparedScenario) => c.settings;
  const unit = scale.unit(currency);
  return [
    { label: "Start year", raw: (c) => s(c).startYear, show: (c) => (s(c).startYear === null ? "—" : String(s(c).startYear)) },
    { label: "Construction (years)", raw: (c) => s(c).constructionPeriods, show: (c) => formatQuantity(s(c).constructionPeriods, "years") },
    { label: "Production life (years)", raw: (c) => s(c).lifeYears, show: (c) => formatQuantity(s(c).lifeYears, "years") },
    { label: "Discount rate (%)", raw: (c) => s(c).discountRatePct, show: (c) => formatRatePct(s(c).discountRatePct) },
    { label: "Discounting", raw: (c) => s(c).discounting, show: (c) => formatEnumLabel(s(c).discounting) },
    { label: "Valuation date", raw: (c) => s(c).valuationDate, show: (c) => formatEnumLabel(s(c).valuationDate ?? "end_of_period_0") },
    { label: "Period 0 flow", raw: (c) => s(c).periodZeroTiming, show: (c) => formatEnumLabel(s(c).periodZeroTiming ?? "with_timing") },
    { label: "Cash-flow terms", raw: (c) => s(c).terms, show: (c) => formatEnumLabel(s(c).terms) },
    { label: "Inflation (% per year)", raw: (c) => s(c).inflationPct, show: (c) => formatRatePct(s(c).inflationPct) },
    { label: "Income tax rate (%)", raw: (c) => s(c).incomeTaxRatePct, show: (c) => formatRatePct(s(c).incomeTaxRatePct) },
    { label: "Royalty", raw: (c) => [s(c).royaltyType, s(c).royaltyRatePct], show: (c) => `${formatEnumLabel(s(c).royaltyType)}${s(c).royaltyRatePct !== null && s(c).royaltyType !== "none" ? `, ${formatRatePct(s(c).royaltyRatePct)}` : ""}` },
    { label: "Payable metal (%)", raw: (c) => s(c).payablePct, show: (c) => formatRatePct(s(c).payablePct) },
    { label: "Depreciation", raw: (c) => [s(c).depreciationMethod, s(c).depreciationLifeYears], show: (c) => `${formatEnumLabel(s(c).depreciationMethod)}, ${formatQuantity(s(c).depreciationLifeYears, "years")}` },
    { label: "Tax-loss carry-forward", raw: (c) => s(c).taxLossCarryForward, show: (c) => (s(c).taxLossCarryForward === null ? "—" : s(c).taxLossCarryForward ? "Yes" : "No") },
    { label: "Receivables / payables (days)", raw: (c) => [s(c).receivableDays, s(c).payableDays], show: (c) => `${s(c).receivableDays ?? "—"} / ${s(c).payableDays ?? "—"} days` },
    { label: `Closure cost (${unit})`, raw: (c) => s(c).closureCost, show: (c) => scale.show(s(c).closureCost, currency) },
    { label: `Salvage value (${unit})`, raw: (c) => s(c).salvageValue, show: (c) => scale.show(s(c).salvageValue, currency) },
  ];
}

/** Metrics, key inputs and settings, in that order; `onlyDifferences` keeps the rows that differ. */
export function buildCompareSections(comparison: ScenarioComparison, onlyDifferences = false, moneyScale: CompareMoneyScale = "units"): CompareSection[] {
  const currency = comparison.currency ?? "";
  const scale = MONEY[moneyScale];
  const sections: [string, Spec[]][] = [
    ["Metrics", metricSpecs(currency, scale)],
    ["Key inputs", inputSpecs(currency, scale)],
    ["Settings", settingSpecs(currency, scale)],
  ];
  return sections.map(([title, specs]) => ({
    title,
    rows: specs.map((spec) => buildRow(spec, comparison.scenarios)).filter((row) => !onlyDifferences || row.isDifferent),
  }));
}
