import { check, date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { decimal, isCurrencyCode, isNonNegative, timestamps } from "./columns";
import { consumptionItems } from "./consumption";
import { users } from "./identity";

/**
 * Consumption actually logged against a consumption item ROW (issue #14: the data distributions are fitted to).
 * Like maintenance logs on an equipment row: operational actuals of that row only, never inherited, no scenario
 * version, and no effect on the cash flow (which uses the planned item).
 */
export const consumptionActuals = pgTable(
  "consumption_actuals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consumptionItemId: uuid("consumption_item_id")
      .notNull()
      .references(() => consumptionItems.id, { onDelete: "cascade" }),
    /** First day of the period the quantity was consumed in, ISO "YYYY-MM-DD" (a day, week or month). */
    periodStart: date("period_start", { mode: "string" }).notNull(),
    /** In the item's unit ("kg", "L", "kWh", …). */
    quantity: decimal("quantity").notNull(),
    /** Currency per unit of the item, as paid. */
    unitCost: decimal("unit_cost").notNull(),
    currency: text("currency").notNull(),
    notes: text("notes"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    // Leading consumption_item_id: also the FK index; serves "history of an item" in date order.
    index("consumption_actuals_consumption_item_id_period_start_idx").on(t.consumptionItemId, t.periodStart),
    index("consumption_actuals_created_by_idx").on(t.createdBy),
    check("consumption_actuals_quantity_non_negative", isNonNegative(t.quantity)),
    check("consumption_actuals_unit_cost_non_negative", isNonNegative(t.unitCost)),
    check("consumption_actuals_currency_iso", isCurrencyCode(t.currency)),
  ],
);

export type ConsumptionActual = typeof consumptionActuals.$inferSelect;
export type NewConsumptionActual = typeof consumptionActuals.$inferInsert;
