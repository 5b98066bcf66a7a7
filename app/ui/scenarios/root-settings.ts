// The settings a root scenario needs (REQUIRED_ROOT_SETTINGS in db/schema/scenario-settings.ts) as form fields,
// with defaults a new project can start from (revenue terms by the project's commodity: lib/domain/commodity-defaults).
// The scenario editor edits them afterwards, with everything else.
import { defaultsForCommodity } from "@/lib/domain/commodity-defaults";
import { decimalOf, type DecimalSeparator } from "@/app/ui/format/parse-number";

export type SettingsContext = {
  /** The project's primary commodity ("copper", "Gold"…): picks the revenue defaults. */
  commodity: string;
  currency: string;
  defaultDiscountRatePct: number;
  thisYear: number;
  /** The organisation's price decks as select options ("Consensus copper (USD/lb)"). */
  priceDecks: readonly { value: string; label: string }[];
};

/** `isOptional`: blank is allowed and sent as null (the scenario then has no value for it). */
type Base = { key: string; label: string; hint?: string; isOptional?: boolean };
type Options = readonly { value: string; label: string }[];
export type NumberSpec = Base & { kind: "number"; unit?: string | ((c: SettingsContext) => string); min?: number; max?: number; step?: number; initial: (c: SettingsContext) => number | null };
export type SelectSpec = Base & { kind: "select"; options: Options | ((c: SettingsContext) => Options); initial: string | ((c: SettingsContext) => string) };
export type TextSpec = Base & { kind: "text"; maxLength: number; initial: (c: SettingsContext) => string };
export type BooleanSpec = Base & { kind: "boolean"; initial: boolean };
export type SettingSpec = NumberSpec | SelectSpec | TextSpec | BooleanSpec;
export type SettingGroup = { legend: string; fields: SettingSpec[] };

const whole = { step: 1 } as const;
const revenue = (c: SettingsContext) => defaultsForCommodity(c.commodity);

export const ROOT_SETTING_GROUPS: SettingGroup[] = [
  {
    legend: "Timeline",
    fields: [
      { key: "startYear", label: "Start year", kind: "number", min: 1900, max: 2200, ...whole, initial: (c) => c.thisYear + 1, hint: "First construction year (period 0)" },
      { key: "constructionPeriods", label: "Construction", unit: "years", kind: "number", min: 0, max: 20, ...whole, initial: () => 2 },
      { key: "lifeYears", label: "Production life", unit: "years", kind: "number", min: 1, max: 100, ...whole, initial: () => 12 },
    ],
  },
  {
    legend: "Economics",
    fields: [
      { key: "currency", label: "Currency (ISO-4217)", kind: "text", maxLength: 3, initial: (c) => c.currency },
      { key: "discountRatePct", label: "Discount rate", unit: "%", kind: "number", min: 0, max: 100, initial: (c) => c.defaultDiscountRatePct },
      {
        key: "discounting",
        label: "Discounting convention",
        kind: "select",
        initial: "end_of_period",
        options: [
          { value: "end_of_period", label: "End of period" },
          { value: "mid_period", label: "Mid-period" },
        ],
      },
      {
        key: "terms",
        label: "Cash-flow terms",
        kind: "select",
        initial: "real",
        options: [
          { value: "real", label: "Real (constant money)" },
          { value: "nominal", label: "Nominal (escalated by inflation)" },
        ],
      },
      { key: "inflationPct", label: "Inflation", unit: "% per year", kind: "number", min: -99, max: 100, initial: () => 0 },
    ],
  },
  {
    legend: "Revenue",
    fields: [
      {
        key: "priceSource",
        label: "Price source",
        kind: "select",
        initial: "flat",
        options: [
          { value: "flat", label: "Flat price (the metal price every year)" },
          { value: "deck", label: "Price deck (a price per year)" },
        ],
      },
      {
        key: "priceDeckId",
        label: "Price deck",
        kind: "select",
        isOptional: true,
        initial: "",
        options: (c) => c.priceDecks,
        hint: "For the price source Price deck; in the scenario's currency per price unit",
      },
      { key: "metalPrice", label: "Metal price", unit: (c) => `${c.currency} per price unit`, kind: "number", min: 0, initial: (c) => revenue(c).metalPrice, hint: "Used by the flat price source" },
      {
        key: "metalPriceUnit",
        label: "Price unit",
        kind: "select",
        initial: (c) => revenue(c).metalPriceUnit,
        options: [
          { value: "lb", label: "Pound (lb)" },
          { value: "oz", label: "Troy ounce (oz)" },
          { value: "t", label: "Tonne (t)" },
          { value: "kg", label: "Kilogram (kg)" },
          { value: "g", label: "Gram (g)" },
        ],
      },
      { key: "fxRate", label: "Exchange rate", unit: (c) => `${c.currency} per unit of price currency`, kind: "number", min: 0, initial: () => 1 },
      {
        key: "gradeUnit",
        label: "Grade unit",
        kind: "select",
        initial: (c) => revenue(c).gradeUnit,
        options: [
          { value: "pct", label: "Percent metal (%)" },
          { value: "g_per_t", label: "Grams per tonne (g/t)" },
          { value: "ppm", label: "Parts per million (ppm)" },
        ],
      },
      { key: "payablePct", label: "Payable metal", unit: "%", kind: "number", min: 0, max: 100, initial: (c) => revenue(c).payablePct },
      {
        key: "concentrateGradePct",
        label: "Concentrate grade",
        unit: "% metal",
        kind: "number",
        isOptional: true,
        min: 0,
        max: 100,
        initial: (c) => revenue(c).concentrateGradePct,
        hint: "Blank when the metal is sold as doré or metal: no treatment charge then",
      },
      { key: "treatmentChargePerDmt", label: "Treatment charge (TC)", unit: (c) => `${c.currency} per dry tonne of concentrate`, kind: "number", isOptional: true, min: 0, initial: (c) => revenue(c).treatmentChargePerDmt, hint: "Applies with a concentrate grade" },
      { key: "refiningChargePerUnit", label: "Refining charge (RC)", unit: (c) => `${c.currency} per price unit`, kind: "number", isOptional: true, min: 0, initial: (c) => revenue(c).refiningChargePerUnit, hint: "Blank: none" },
    ],
  },
  {
    legend: "Tax, royalty and working capital",
    fields: [
      { key: "incomeTaxRatePct", label: "Income tax rate", unit: "%", kind: "number", min: 0, max: 100, initial: () => 27 },
      {
        key: "royaltyType",
        label: "Royalty type",
        kind: "select",
        initial: "nsr",
        options: [
          { value: "nsr", label: "Net smelter return (NSR)" },
          { value: "gross_revenue", label: "Gross revenue" },
          { value: "none", label: "None" },
        ],
      },
      { key: "royaltyRatePct", label: "Royalty rate", unit: "%", kind: "number", min: 0, max: 100, initial: () => 3, hint: "Ignored when the royalty type is None" },
      {
        key: "depreciationMethod",
        label: "Depreciation method",
        kind: "select",
        initial: "straight_line",
        options: [
          { value: "straight_line", label: "Straight line" },
          { value: "units_of_production", label: "Units of production" },
        ],
      },
      { key: "depreciationLifeYears", label: "Depreciation life", unit: "years", kind: "number", min: 1, max: 100, ...whole, initial: () => 8 },
      { key: "taxLossCarryForward", label: "Carry tax losses forward", kind: "boolean", initial: true },
      { key: "receivableDays", label: "Receivables", unit: "days", kind: "number", min: 0, max: 365, ...whole, initial: () => 30 },
      { key: "payableDays", label: "Payables", unit: "days", kind: "number", min: 0, max: 365, ...whole, initial: () => 30 },
      { key: "closureCost", label: "Closure cost", unit: (c) => c.currency, kind: "number", min: 0, initial: () => 0 },
      { key: "salvageValue", label: "Salvage value", unit: (c) => c.currency, kind: "number", min: 0, initial: () => 0 },
    ],
  },
];

export type SettingValues = Record<string, string | number | boolean | null>;

/** Reads every setting from the form, numbers in the person's format; numbers left blank or not numbers are reported by field. */
export function readRootSettings(form: FormData, decimal: DecimalSeparator = "."): { values: SettingValues; fieldErrors: Record<string, string[]> } {
  const values: SettingValues = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const spec of ROOT_SETTING_GROUPS.flatMap((group) => group.fields)) {
    const raw = form.get(spec.key);
    const text = typeof raw === "string" ? raw.trim() : "";
    if (spec.kind === "boolean") values[spec.key] = raw === "on";
    else if (spec.kind === "number") {
      const value = decimalOf(text, decimal);
      if (spec.isOptional && text === "") {
        values[spec.key] = null;
        continue;
      }
      if (text === "" || !Number.isFinite(value)) fieldErrors[spec.key] = [`Enter the ${spec.label.toLowerCase()}`];
      else values[spec.key] = value;
    } else if (spec.isOptional && text === "") values[spec.key] = null;
    else values[spec.key] = spec.key === "currency" ? text.toUpperCase() : text;
  }
  if (values.royaltyType === "none") values.royaltyRatePct = null;
  if (values.priceSource === "flat") values.priceDeckId = null;
  else if (values.priceDeckId === null) fieldErrors.priceDeckId = ["Choose the price deck, or the flat price source"];
  return { values, fieldErrors };
}
