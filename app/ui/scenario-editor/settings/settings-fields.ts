import type { ScenarioSettings } from "@/lib/scenarios";
import { decimalOf, parseFieldNumber, type DecimalSeparator } from "@/app/ui/format/parse-number";

// The General & economics form: every scenario setting, grouped, with its unit. Keys are the API's setting names.

export type SettingKey = keyof ScenarioSettings;

export type SettingField = {
  key: SettingKey;
  label: string;
  /** Shown in the label: "Discount rate (%)". A function of the scenario's currency and price unit when needed. */
  unit?: (context: SettingContext) => string;
  kind: "integer" | "number" | "text" | "select" | "boolean";
  options?: readonly { value: string; label: string }[];
  /** Options that depend on the page's data (the organisation's price decks) instead of `options`. */
  optionsOf?: (context: SettingContext) => readonly { value: string; label: string }[];
  hint?: string;
};

export type SettingContext = {
  currency: string;
  priceCurrency: string;
  priceUnit: string;
  /** The organisation's price decks as options ("Consensus copper (USD/lb)"). */
  priceDecks: readonly { value: string; label: string }[];
};

export type SettingGroup = { title: string; fields: SettingField[] };

const fixed = (unit: string) => () => unit;

export const SETTING_GROUPS: SettingGroup[] = [
  {
    title: "Timeline and currency",
    fields: [
      { key: "startYear", label: "Start year (calendar year of period 0)", kind: "integer" },
      { key: "constructionPeriods", label: "Construction", unit: fixed("years"), kind: "integer" },
      { key: "lifeYears", label: "Production life", unit: fixed("years"), kind: "integer" },
      { key: "currency", label: "Scenario currency (ISO code)", kind: "text" },
      { key: "terms", label: "Cash-flow terms", kind: "select", options: [{ value: "real", label: "Real (constant money)" }, { value: "nominal", label: "Nominal (inflated)" }] },
      { key: "inflationPct", label: "Inflation", unit: fixed("%/year"), kind: "number" },
    ],
  },
  {
    title: "Discounting",
    fields: [
      { key: "discountRatePct", label: "Discount rate", unit: fixed("%/year"), kind: "number" },
      { key: "discounting", label: "Discounting convention", kind: "select", options: [{ value: "end_of_period", label: "End of period" }, { value: "mid_period", label: "Mid-period" }] },
      {
        key: "valuationDate",
        label: "Valuation date",
        kind: "select",
        options: [
          { value: "start_of_period_0", label: "Start of period 0" },
          { value: "end_of_period_0", label: "End of period 0" },
          { value: "start_of_production", label: "Start of production" },
        ],
        hint: "The date NPV is valued at. Not set: end of period 0.",
      },
      {
        key: "periodZeroTiming",
        label: "Period 0 flow",
        kind: "select",
        options: [
          { value: "with_timing", label: "Follows the discounting convention" },
          { value: "at_valuation_date", label: "At the valuation date (not discounted)" },
        ],
        hint: "With mid-period discounting, keeps the first capital at the valuation date. Not with start of production. Not set: follows the convention.",
      },
    ],
  },
  {
    title: "Tax, royalty and depreciation",
    fields: [
      { key: "incomeTaxRatePct", label: "Income tax rate", unit: fixed("%"), kind: "number" },
      { key: "taxLossCarryForward", label: "Tax-loss carry-forward", kind: "boolean" },
      { key: "royaltyType", label: "Royalty type", kind: "select", options: [{ value: "nsr", label: "NSR (net smelter return)" }, { value: "gross_revenue", label: "Gross revenue" }, { value: "per_unit", label: "Per unit of payable metal" }, { value: "none", label: "None" }] },
      { key: "royaltyRatePct", label: "Royalty rate", unit: fixed("%"), kind: "number" },
      { key: "royaltyPerUnit", label: "Royalty per unit", unit: (c) => `${c.currency}/${c.priceUnit}`, kind: "number" },
      { key: "minimumRoyaltyPerPeriod", label: "Minimum royalty", unit: (c) => `${c.currency}/year`, kind: "number" },
      { key: "depreciationMethod", label: "Depreciation method", kind: "select", options: [{ value: "straight_line", label: "Straight line" }, { value: "units_of_production", label: "Units of production" }] },
      { key: "depreciationLifeYears", label: "Depreciation life", unit: fixed("years"), kind: "integer" },
    ],
  },
  {
    title: "Working capital and closure",
    fields: [
      { key: "receivableDays", label: "Receivables", unit: fixed("days"), kind: "integer" },
      { key: "payableDays", label: "Payables", unit: fixed("days"), kind: "integer" },
      { key: "closureCost", label: "Closure cost", unit: (c) => c.currency, kind: "number" },
      { key: "salvageValue", label: "Salvage value", unit: (c) => c.currency, kind: "number" },
    ],
  },
  {
    title: "Revenue terms",
    fields: [
      {
        key: "priceSource",
        label: "Price source",
        kind: "select",
        options: [{ value: "flat", label: "Flat price (the metal price every year)" }, { value: "deck", label: "Price deck (a price per year)" }],
        hint: "Not set on a scenario without a parent: the flat price.",
      },
      { key: "priceDeckId", label: "Price deck", kind: "select", optionsOf: (c) => c.priceDecks, hint: "Its currency and unit must be the price currency and unit below." },
      { key: "metalPrice", label: "Metal price", unit: (c) => `${c.priceCurrency}/${c.priceUnit}`, kind: "number", hint: "Used by the flat price source." },
      { key: "metalPriceUnit", label: "Price unit", kind: "select", options: ["lb", "oz", "t", "kg", "g"].map((value) => ({ value, label: value === "oz" ? "oz (troy)" : value })) },
      { key: "priceCurrency", label: "Price currency (ISO code)", kind: "text", hint: "Blank: the scenario currency." },
      { key: "fxRate", label: "Exchange rate", unit: (c) => `${c.currency} per ${c.priceCurrency}`, kind: "number" },
      { key: "gradeUnit", label: "Grade unit", kind: "select", options: [{ value: "pct", label: "%" }, { value: "g_per_t", label: "g/t" }, { value: "ppm", label: "ppm" }] },
      { key: "payablePct", label: "Payable metal", unit: fixed("%"), kind: "number" },
      { key: "concentrateGradePct", label: "Concentrate grade", unit: fixed("%"), kind: "number" },
      { key: "treatmentChargePerDmt", label: "Treatment charge", unit: (c) => `${c.priceCurrency}/dmt`, kind: "number" },
      { key: "refiningChargePerUnit", label: "Refining charge", unit: (c) => `${c.priceCurrency}/${c.priceUnit}`, kind: "number" },
      { key: "premiumPerUnit", label: "Premium or by-product credit", unit: (c) => `${c.priceCurrency}/${c.priceUnit}`, kind: "number" },
      { key: "concentrateMoisturePct", label: "Concentrate moisture", unit: fixed("%"), kind: "number" },
      { key: "moisturePenaltyThresholdPct", label: "Moisture penalty threshold", unit: fixed("%"), kind: "number" },
      { key: "moisturePenaltyPerDmtPerPct", label: "Moisture penalty", unit: (c) => `${c.priceCurrency}/dmt per %`, kind: "number" },
      { key: "impurityContentPct", label: "Impurity content", unit: fixed("%"), kind: "number" },
      { key: "impurityPenaltyThresholdPct", label: "Impurity penalty threshold", unit: fixed("%"), kind: "number" },
      { key: "impurityPenaltyPerDmtPerPct", label: "Impurity penalty", unit: (c) => `${c.priceCurrency}/dmt per %`, kind: "number" },
    ],
  },
];

/** The text an input shows for a setting value. */
export function settingText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "boolean" ? (value ? "true" : "false") : String(value);
}

const isNumeric = (field: SettingField) => field.kind === "integer" || field.kind === "number";

/** The texts of every setting as the person writes numbers (the server writes them with a point, ungrouped). */
export function localiseSettingTexts<K extends string>(fields: readonly (SettingField & { key: K })[], texts: Record<K, string>, decimal: DecimalSeparator): Record<K, string> {
  if (decimal === ".") return texts;
  const shown = { ...texts };
  for (const field of fields) if (isNumeric(field)) shown[field.key] = texts[field.key].replace(".", decimal);
  return shown;
}

/**
 * Why a numeric field's text is refused in the person's number format (issue #15: "8,5" was read as 85), naming the
 * field; undefined when it is a number or blank.
 */
export function settingProblem(field: SettingField, text: string, context: SettingContext, decimal: DecimalSeparator = "."): string | undefined {
  if (!isNumeric(field)) return undefined;
  const unit = field.unit?.(context);
  const parsed = parseFieldNumber(text, unit ? `${field.label} (${unit})` : field.label, decimal);
  return parsed.kind === "invalid" ? parsed.message : undefined;
}

/** The API value for a field's text: null when blank (in a child that means "inherit"), numbers parsed in `decimal`. */
export function settingValue(field: SettingField, text: string, decimal: DecimalSeparator = "."): unknown {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (field.kind === "boolean") return trimmed === "true";
  if (isNumeric(field)) return decimalOf(trimmed, decimal);
  return trimmed;
}
