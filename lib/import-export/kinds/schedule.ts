import { CAPEX_CATEGORIES, CAPEX_KINDS, OPEX_BASES, OPEX_CATEGORIES } from "@/lib/domain/inputs";
import { column, ROW_ID_COLUMN, rowKindSheet } from "../columns";

// Production schedule, capex and opex: every column is one field of the row API. "ccy" in a header is the
// row's currency column when it has one, else the scenario's currency.

export const PRODUCTION_KIND = rowKindSheet("production", {
  label: "Production schedule",
  columns: [
    ROW_ID_COLUMN,
    column("period", "period", "integer", { isRequired: true, description: "Project year, 0 = first construction year; one row per period", example: 1 }),
    column("ore_mined_t", "oreMinedT", "number", { isRequired: true, description: "Ore mined, tonnes", example: 4_800_000 }),
    column("waste_mined_t", "wasteMinedT", "number", { isRequired: true, description: "Waste mined, tonnes", example: 12_500_000 }),
    column("ore_processed_t", "oreProcessedT", "number", { isRequired: true, description: "Ore processed, tonnes", example: 4_500_000 }),
    column("head_grade", "headGrade", "number", { isRequired: true, description: "Head grade in the scenario's grade unit (%, g/t or ppm)", example: 0.62 }),
    column("recovery_pct", "recoveryPct", "number", { isRequired: true, description: "Metallurgical recovery, 0–100 %", example: 88.5 }),
  ],
});

export const CAPEX_KIND = rowKindSheet("capex", {
  label: "Capital costs",
  columns: [
    ROW_ID_COLUMN,
    column("name", "name", "text", { isRequired: true, description: "Item name", example: "Concentrator" }),
    column("category", "category", "enum", { isRequired: true, values: CAPEX_CATEGORIES, description: "Capex category", example: "infrastructure" }),
    column("kind", "kind", "enum", { isRequired: true, values: CAPEX_KINDS, description: "initial, sustaining or closure", example: "initial" }),
    column("amount_ccy", "amount", "number", { isRequired: true, description: "Amount before contingency, in `currency`", example: 185_000_000 }),
    column("currency", "currency", "text", { isRequired: true, description: "ISO-4217 code of the amount", example: "USD" }),
    column("spend_period", "spendPeriod", "integer", { isRequired: true, description: "Project year the amount is spent", example: 0 }),
    column("contingency_pct", "contingencyPct", "number", { description: "Contingency added on top, 0–100 % (empty: 0)", example: 15 }),
    column("description", "description", "text", { description: "Free text", example: null }),
  ],
});

export const OPEX_KIND = rowKindSheet("opex", {
  label: "Operating costs",
  columns: [
    ROW_ID_COLUMN,
    column("name", "name", "text", { isRequired: true, description: "Item name", example: "Mining contractor" }),
    column("category", "category", "enum", { isRequired: true, values: OPEX_CATEGORIES, description: "Opex category", example: "mining" }),
    column("basis", "basis", "enum", { isRequired: true, values: OPEX_BASES, description: "What unit cost × quantity is per", example: "per_tonne_mined" }),
    column("unit_cost_ccy", "unitCost", "number", { isRequired: true, description: "Cost per basis unit, scenario currency", example: 2.35 }),
    column("quantity", "quantity", "number", { description: "Multiplier of the unit cost (empty: 1)", example: 1 }),
    column("start_period", "startPeriod", "integer", { isRequired: true, description: "First project year", example: 1 }),
    column("end_period", "endPeriod", "integer", { description: "Last project year, inclusive (empty: to the end of production)", example: null }),
    column("escalation_pct_per_year", "escalationPct", "number", { description: "Yearly escalation, −100 to 100 % (empty: 0)", example: 2 }),
    column("description", "description", "text", { description: "Free text", example: null }),
  ],
});
