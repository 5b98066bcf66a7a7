import { createConsumptionActualSchema } from "@/lib/validation/rows/consumption-actuals";
import { column, type KindDefinition } from "../columns";

// Consumption actuals (issue #14): what a consumption item really used, per period. A row names its item by the
// item's NAME (never by an id: ids differ between scenarios and organisations), resolved against the items the
// scenario has once the same file's consumption sheet is applied. An actual has no id column: it is matched by its
// values (consumption-actuals-match.ts), so re-importing an export changes nothing.

export const CONSUMPTION_ACTUALS_KIND: KindDefinition = {
  kind: "consumption-actuals",
  label: "Consumption actuals",
  schema: createConsumptionActualSchema,
  columns: [
    column("item_name", "", "text", { isRequired: true, description: "Name of the consumption item (its `name` in the consumption sheet)", example: "Lime" }),
    column("item_unit", "", "text", { description: "The item's unit, informative (ignored on import)", example: "kg" }),
    column("period_start", "periodStart", "date", { isRequired: true, description: "First day of the period consumed in (day, week or month), YYYY-MM-DD", example: "2026-03-01" }),
    column("quantity", "quantity", "number", { isRequired: true, description: "Quantity consumed, in the item's unit (≥ 0)", example: 820_000 }),
    column("unit_cost_ccy", "unitCost", "number", { isRequired: true, description: "Price paid per unit of the item, in `currency` (≥ 0)", example: 0.16 }),
    column("currency", "currency", "text", { isRequired: true, description: "ISO-4217 code", example: "USD" }),
    column("notes", "notes", "text", { description: "Free text", example: null }),
  ],
};
