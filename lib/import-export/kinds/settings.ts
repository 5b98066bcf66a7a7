import { z } from "zod";
import { SCENARIO_SETTING_SCHEMAS } from "@/lib/validation/scenario-settings";
import { column, type KindDefinition, type RowValues } from "../columns";
import { typeCell } from "../values";

// The scenario's settings, one row per setting: its API name (discountRatePct), its value and (informative) unit.
// Each value is typed by its setting (numbers by the import's number rules, enums case-insensitively, booleans as
// true/false) and validated by the same zod schema as PATCH /api/scenarios/{id}, so an import accepts exactly
// what the API accepts. An empty value is null: inherit the parent's value (a child) or not set (a root).

export type SettingKey = keyof typeof SCENARIO_SETTING_SCHEMAS;
export type SettingValue = string | number | boolean | null;

export const SETTING_KEYS = Object.keys(SCENARIO_SETTING_SCHEMAS) as SettingKey[];

const KEY_BY_NAME = new Map(SETTING_KEYS.map((key) => [key.toLowerCase(), key]));

/** The values an enum setting allows, or undefined for other settings. */
function optionsOf(key: SettingKey): readonly string[] | undefined {
  const schema: z.ZodType = SCENARIO_SETTING_SCHEMAS[key];
  return schema instanceof z.ZodEnum ? (schema.options as readonly string[]) : undefined;
}

type Parsed = { ok: true; value: SettingValue } | { ok: false; rule: string };

/** The cell's text as the type its setting's schema takes (the schema then checks the range). */
function parseValue(key: SettingKey, text: string): Parsed {
  const type = SCENARIO_SETTING_SCHEMAS[key].def.type;
  if (type === "boolean") {
    const lower = text.trim().toLowerCase();
    return lower === "true" || lower === "false" ? { ok: true, value: lower === "true" } : { ok: false, rule: "Must be true or false" };
  }
  const options = optionsOf(key);
  const shape = type === "number" ? "number" : options ? "enum" : "text";
  const typed = typeCell(text, { header: "value", field: "value", type: shape, isRequired: false, values: options, description: "", example: null });
  return typed.ok ? { ok: true, value: typed.value } : { ok: false, rule: typed.rule };
}

/** { setting, value } as typed text -> { setting: the API key, value: the validated value or null }. */
const settingRowSchema = z.object({ setting: z.string(), value: z.string().nullable() }).transform((row, ctx) => {
  const key = KEY_BY_NAME.get(row.setting.trim().toLowerCase());
  if (!key) {
    ctx.addIssue({ code: "custom", path: ["setting"], message: `Not a scenario setting; use an API setting name such as discountRatePct` });
    return z.NEVER;
  }
  if (row.value === null) return { setting: key, value: null };
  const parsed = parseValue(key, row.value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", path: ["value"], message: parsed.rule });
    return z.NEVER;
  }
  const result = SCENARIO_SETTING_SCHEMAS[key].safeParse(parsed.value);
  if (!result.success) {
    for (const issue of result.error.issues) ctx.addIssue({ code: "custom", path: ["value"], message: issue.message });
    return z.NEVER;
  }
  return { setting: key, value: result.data as SettingValue };
});

type UnitContext = { currency: string; priceCurrency: string; priceUnit: string };

/** The unit of each setting's value, as the General & economics form labels it (informative in the sheet). */
const UNITS: Partial<Record<SettingKey, (c: UnitContext) => string>> = {
  startYear: () => "calendar year",
  lifeYears: () => "years",
  constructionPeriods: () => "years",
  currency: () => "ISO 4217 code",
  discountRatePct: () => "%/year",
  incomeTaxRatePct: () => "%",
  royaltyRatePct: () => "%",
  royaltyPerUnit: (c) => `${c.currency}/${c.priceUnit}`,
  minimumRoyaltyPerPeriod: (c) => `${c.currency}/year`,
  depreciationLifeYears: () => "years",
  taxLossCarryForward: () => "true or false",
  receivableDays: () => "days",
  payableDays: () => "days",
  closureCost: (c) => c.currency,
  salvageValue: (c) => c.currency,
  inflationPct: () => "%/year",
  metalPrice: (c) => `${c.priceCurrency}/${c.priceUnit}`,
  priceCurrency: () => "ISO 4217 code",
  fxRate: (c) => `${c.currency} per ${c.priceCurrency}`,
  payablePct: () => "%",
  concentrateGradePct: () => "%",
  treatmentChargePerDmt: (c) => `${c.priceCurrency}/dmt`,
  refiningChargePerUnit: (c) => `${c.priceCurrency}/${c.priceUnit}`,
  premiumPerUnit: (c) => `${c.priceCurrency}/${c.priceUnit}`,
  concentrateMoisturePct: () => "%",
  moisturePenaltyThresholdPct: () => "%",
  moisturePenaltyPerDmtPerPct: (c) => `${c.priceCurrency}/dmt per %`,
  impurityContentPct: () => "%",
  impurityPenaltyThresholdPct: () => "%",
  impurityPenaltyPerDmtPerPct: (c) => `${c.priceCurrency}/dmt per %`,
};

/** The unit cell: the value's unit, or the values an enum setting allows. */
function unitOf(key: SettingKey, context: UnitContext): string | null {
  const options = optionsOf(key);
  return options ? `one of ${options.join(", ")}` : (UNITS[key]?.(context) ?? null);
}

/** One row per setting, every setting, in the API's order: what an export writes. */
export function settingsRows(settings: Readonly<Record<SettingKey, unknown>>): RowValues[] {
  const currency = String(settings.currency ?? "");
  const context = { currency, priceCurrency: String(settings.priceCurrency ?? currency), priceUnit: String(settings.metalPriceUnit ?? "") };
  return SETTING_KEYS.map((key) => {
    const value = settings[key];
    const cell = value === null || value === undefined ? null : typeof value === "number" ? value : String(value);
    return { setting: key, value: cell, unit: unitOf(key, context) };
  });
}

export const SETTINGS_KIND: KindDefinition = {
  kind: "settings",
  label: "Scenario settings",
  idColumn: "setting",
  schema: settingRowSchema,
  columns: [
    column("setting", "setting", "text", {
      isRequired: true,
      // Listed for the documentation sheet; matched case-insensitively by the schema (a text column).
      values: SETTING_KEYS,
      description: "The setting's API name, e.g. discountRatePct (case-insensitive); each once",
      example: "discountRatePct",
    }),
    column("value", "value", "text", {
      description: "The value in `unit`; true/false for yes-no settings; empty = inherit the parent's (a child) or not set (a root, optional settings only)",
      example: 8,
    }),
    column("unit", "", "text", { description: "The value's unit (informative; ignored on import)", example: "%/year" }),
  ],
  toFields: (values) => ({ setting: values.setting ?? undefined, value: values.value === null ? null : String(values.value) }),
};
