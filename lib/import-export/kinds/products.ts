import { PRODUCT_ROLES } from "@/lib/domain/products";
import { GRADE_UNITS, METAL_PRICE_UNITS } from "@/lib/domain/scenarios";
import { column, ROW_ID_COLUMN, rowKindSheet, type RowValues, type TemplateColumn } from "../columns";

// Co- and by-products (issue #14): one row per product besides the project's commodity. A product's head grade
// schedule is one cell, the grades of production years 1, 2, … separated by semicolons ("0.6; 0.55"); its price
// deck is a deck of the organisation by id (empty: the flat price); its concentrate terms are all optional.

const SCHEDULE_SEPARATOR = "; ";

const COLUMNS: readonly TemplateColumn[] = [
  ROW_ID_COLUMN,
  column("name", "name", "text", { isRequired: true, description: "Product name, not the project's commodity; a price deck's commodity must be this name", example: "gold" }),
  column("role", "role", "enum", { isRequired: true, values: PRODUCT_ROLES, description: "co_product or by_product (credited in AISC)", example: "by_product" }),
  column("grade_unit", "gradeUnit", "enum", { isRequired: true, values: GRADE_UNITS, description: "Unit of head_grade", example: "g_per_t" }),
  column("price_unit", "priceUnit", "enum", { isRequired: true, values: METAL_PRICE_UNITS, description: "Unit the price is quoted per", example: "oz" }),
  column("price_per_unit", "price", "number", { isRequired: true, description: "Price in the scenario's price currency per price_unit (> 0); not used when price_deck_id is set", example: 2000 }),
  column("price_deck_id", "priceDeckId", "uuid", { description: "A price deck of this organisation pricing the product per year (empty: the flat price)", example: null }),
  column("head_grade", "headGrade", "number", { isRequired: true, description: "Head grade in grade_unit, every production year the schedule does not cover", example: 0.5 }),
  column("head_grade_by_year", "headGradeByYear", "text", { description: "Head grade of production years 1, 2, … separated by semicolons (empty: head_grade every year)", example: "0.6; 0.55" }),
  column("recovery_pct", "recoveryPct", "number", { isRequired: true, description: "Metallurgical recovery, 0–100 %", example: 70 }),
  column("payable_pct", "payablePct", "number", { isRequired: true, description: "Payable, 0–100 %", example: 90 }),
  column("refining_charge_per_unit", "refiningChargePerUnit", "number", { description: "Price currency per payable unit (empty: 0)", example: 5 }),
  column("premium_per_unit", "premiumPerUnit", "number", { description: "Price currency per payable unit (empty: 0)", example: 0 }),
  column("concentrate_grade_pct", "concentrateGradePct", "number", { description: "Metal in the product's own concentrate, % (empty: no treatment charge or penalty of its own)", example: null }),
  column("treatment_charge_per_dmt", "treatmentChargePerDmt", "number", { description: "Price currency per dry tonne of its concentrate (empty: 0)", example: null }),
  column("concentrate_moisture_pct", "concentrateMoisturePct", "number", { description: "Moisture of its concentrate, % (empty: 0)", example: null }),
  column("moisture_penalty_threshold_pct", "moisturePenaltyThresholdPct", "number", { description: "Moisture penalty threshold, %", example: null }),
  column("moisture_penalty_per_dmt_per_pct", "moisturePenaltyPerDmtPerPct", "number", { description: "Price currency per dmt per % above the threshold", example: null }),
  column("impurity_content_pct", "impurityContentPct", "number", { description: "Deleterious element in its concentrate, %", example: null }),
  column("impurity_penalty_threshold_pct", "impurityPenaltyThresholdPct", "number", { description: "Impurity penalty threshold, %", example: null }),
  column("impurity_penalty_per_dmt_per_pct", "impurityPenaltyPerDmtPerPct", "number", { description: "Price currency per dmt per % above the threshold", example: null }),
];

/** "0.6; 0.55" → [0.6, 0.55]; a part that is not a number stays text, so the schema reports it at this column. */
function parseSchedule(cell: string | number | null | undefined): unknown {
  if (cell === null || cell === undefined || String(cell).trim() === "") return undefined;
  return String(cell)
    .split(/[;\s]+/)
    .filter((part) => part !== "")
    .map((part) => (Number.isFinite(Number(part)) ? Number(part) : part));
}

function toFields(values: RowValues): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const { header, field } of COLUMNS) {
    const value = values[header];
    if (field && value !== null && value !== undefined) fields[field] = value;
  }
  const schedule = parseSchedule(values.head_grade_by_year);
  if (schedule === undefined) delete fields.headGradeByYear;
  else fields.headGradeByYear = schedule;
  return fields;
}

function toCells(row: Record<string, unknown>): RowValues {
  const cells: RowValues = { [ROW_ID_COLUMN.header]: String(row.lineageId ?? row.id) };
  for (const { header, field } of COLUMNS) {
    if (!field) continue;
    const value = row[field];
    cells[header] = value === undefined || value === null ? null : typeof value === "number" ? value : String(value);
  }
  const schedule = row.headGradeByYear;
  cells.head_grade_by_year = Array.isArray(schedule) ? schedule.join(SCHEDULE_SEPARATOR) : null;
  return cells;
}

export const PRODUCTS_KIND = rowKindSheet("product", { label: "Products", columns: COLUMNS, toFields, toCells });
