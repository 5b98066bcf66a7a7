import type { EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";

// The key assumptions a reader of a printed report checks first (issue #15): production, grade, recovery, prices,
// capital, operating costs, fiscal terms, discounting and mine life, read from the scenario's EFFECTIVE inputs (its
// own and inherited settings and rows). Values stay numbers here; the report formats them. Units are codes the
// report renders ("Mt", "pct" for a grade in %, "USD/t").

export type KeyAssumptionGroup = "Production" | "Prices" | "Costs" | "Fiscal terms" | "Valuation";

export type KeyAssumption = {
  group: KeyAssumptionGroup;
  label: string;
  /** A number (shown with `fractionDigits`), a text, or null when the scenario does not hold it. */
  value: number | string | null;
  unit: string;
  fractionDigits?: number;
};

type Rows = EffectiveScenario["rows"];

const sumOf = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Processed-tonnage-weighted mean of a production field; null without ore processed. */
function weightedMean(rows: Rows["production"], field: "headGrade" | "recoveryPct"): number | null {
  const tonnes = sumOf(rows.map(({ row }) => row.oreProcessedT));
  return tonnes > 0 ? sumOf(rows.map(({ row }) => row.oreProcessedT * row[field])) / tonnes : null;
}

function productionAssumptions({ settings, rows }: EffectiveScenario): KeyAssumption[] {
  const production = rows.production;
  const megatonnes = (field: "oreMinedT" | "wasteMinedT" | "oreProcessedT") => sumOf(production.map(({ row }) => row[field])) / 1e6;
  return [
    { group: "Production", label: "Mine life", value: settings.lifeYears, unit: "years", fractionDigits: 0 },
    { group: "Production", label: "Start year", value: settings.startYear === null ? null : String(settings.startYear), unit: "" },
    { group: "Production", label: "Construction", value: settings.constructionPeriods, unit: "years", fractionDigits: 0 },
    { group: "Production", label: "Ore mined (life of mine)", value: megatonnes("oreMinedT"), unit: "Mt", fractionDigits: 2 },
    { group: "Production", label: "Waste mined (life of mine)", value: megatonnes("wasteMinedT"), unit: "Mt", fractionDigits: 2 },
    { group: "Production", label: "Ore processed (life of mine)", value: megatonnes("oreProcessedT"), unit: "Mt", fractionDigits: 2 },
    { group: "Production", label: "Mean head grade", value: weightedMean(production, "headGrade"), unit: settings.gradeUnit ?? "", fractionDigits: 3 },
    { group: "Production", label: "Mean recovery", value: weightedMean(production, "recoveryPct"), unit: "%", fractionDigits: 1 },
  ];
}

function priceAssumptions({ settings, priceDeck, rows }: EffectiveScenario): KeyAssumption[] {
  const priceCurrency = settings.priceCurrency ?? settings.currency ?? "";
  const price: KeyAssumption =
    settings.priceSource === "deck"
      ? { group: "Prices", label: "Metal price", value: priceDeck ? `Price deck “${priceDeck.name}”` : "Price deck", unit: "" }
      : { group: "Prices", label: "Metal price", value: settings.metalPrice, unit: `${priceCurrency}/${settings.metalPriceUnit ?? ""}`, fractionDigits: 2 };
  const byProducts = rows.product.map(({ row }) => row.name).join(", ");
  return [
    price,
    { group: "Prices", label: "Payable", value: settings.payablePct, unit: "%", fractionDigits: 1 },
    ...(byProducts ? [{ group: "Prices" as const, label: "Co- and by-products", value: byProducts, unit: "" }] : []),
  ];
}

function costAssumptions({ settings, rows }: EffectiveScenario): KeyAssumption[] {
  const currency = settings.currency ?? "";
  const capex = (kind: string) => sumOf(rows.capex.filter(({ row }) => row.kind === kind).map(({ row }) => row.amount * (1 + row.contingencyPct / 100))) / 1e6;
  const opexRate = (basis: string) => sumOf(rows.opex.filter(({ row }) => row.basis === basis).map(({ row }) => row.unitCost * row.quantity));
  const otherOpex = rows.opex.filter(({ row }) => row.basis !== "per_tonne_mined" && row.basis !== "per_tonne_processed").length;
  return [
    { group: "Costs", label: "Initial capital (with contingency)", value: capex("initial"), unit: `${currency} M`, fractionDigits: 1 },
    { group: "Costs", label: "Sustaining capital (with contingency)", value: capex("sustaining"), unit: `${currency} M`, fractionDigits: 1 },
    { group: "Costs", label: "Closure cost", value: (settings.closureCost ?? 0) / 1e6 + capex("closure"), unit: `${currency} M`, fractionDigits: 1 },
    { group: "Costs", label: "Mining cost", value: opexRate("per_tonne_mined"), unit: `${currency}/t mined`, fractionDigits: 2 },
    { group: "Costs", label: "Processing and other per-tonne costs", value: opexRate("per_tonne_processed"), unit: `${currency}/t processed`, fractionDigits: 2 },
    { group: "Costs", label: "Fixed and periodic cost items", value: otherOpex, unit: "items", fractionDigits: 0 },
  ];
}

const ROYALTY_TEXT: Record<string, string> = { nsr: "of net smelter return", gross_revenue: "of gross revenue", per_unit: "per payable unit", none: "none" };

function fiscalAssumptions({ settings }: EffectiveScenario): KeyAssumption[] {
  const { royaltyType, royaltyRatePct, royaltyPerUnit, currency } = settings;
  const royalty =
    royaltyType === "none" || royaltyType === null
      ? "None"
      : royaltyType === "per_unit"
        ? `${currency ?? ""} ${String(royaltyPerUnit ?? "—")} ${ROYALTY_TEXT.per_unit}`
        : `${String(royaltyRatePct ?? "—")} % ${ROYALTY_TEXT[royaltyType] ?? ""}`;
  return [
    { group: "Fiscal terms", label: "Income tax rate", value: settings.incomeTaxRatePct, unit: "%", fractionDigits: 1 },
    { group: "Fiscal terms", label: "Royalty", value: royalty, unit: "" },
    { group: "Fiscal terms", label: "Tax losses carried forward", value: settings.taxLossCarryForward === null ? null : settings.taxLossCarryForward ? "Yes" : "No", unit: "" },
  ];
}

function valuationAssumptions({ settings }: EffectiveScenario): KeyAssumption[] {
  const terms = settings.terms === "nominal" ? `Nominal (${String(settings.inflationPct ?? 0)} % inflation a year)` : settings.terms === "real" ? "Real" : null;
  return [
    { group: "Valuation", label: "Currency", value: settings.currency, unit: "" },
    { group: "Valuation", label: "Discount rate", value: settings.discountRatePct, unit: "% a year", fractionDigits: 1 },
    { group: "Valuation", label: "Discounting", value: discountingText(settings.discounting), unit: "" },
    { group: "Valuation", label: "Terms", value: terms, unit: "" },
  ];
}

/** "End of year" or "Mid-year" for the scenario's discounting convention (periods are years). */
export function discountingText(discounting: string | null): string | null {
  if (discounting === null) return null;
  return discounting === "mid_period" ? "Mid-year" : "End of year";
}

/**
 * The key assumptions of an effective scenario, grouped, in reading order.
 * @example keyAssumptions(effective).find((a) => a.label === "Discount rate") // { value: 8, unit: "% a year", … }
 */
export function keyAssumptions(effective: EffectiveScenario): KeyAssumption[] {
  return [...productionAssumptions(effective), ...priceAssumptions(effective), ...costAssumptions(effective), ...fiscalAssumptions(effective), ...valuationAssumptions(effective)];
}
