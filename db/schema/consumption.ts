import { sql } from "drizzle-orm";
import { check, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { decimal, isNonNegative, isNotBlank, percent } from "./columns";
import { scenarioRowColumns, scenarioRowLineageUnique } from "./scenario-rows";
import { RESOURCE_TYPES } from "../../lib/domain/inputs";

export const resourceTypeEnum = pgEnum("resource_type", RESOURCE_TYPES);

/**
 * A consumed resource: either a rate per tonne processed or a fixed quantity per period (exactly one), priced
 * per unit in the scenario's currency. Feeds operating cost and the operations dashboard.
 */
export const consumptionItems = pgTable(
  "consumption_items",
  {
    ...scenarioRowColumns(),
    resourceType: resourceTypeEnum("resource_type").notNull(),
    name: text("name").notNull(),
    /** Unit of quantity: "kg", "L", "m3", "kWh", … */
    unit: text("unit").notNull(),
    /** Units per tonne processed. */
    ratePerTonneProcessed: decimal("rate_per_tonne_processed"),
    /** Units per period, independent of throughput. */
    quantityPerPeriod: decimal("quantity_per_period"),
    /** Currency per unit. */
    unitPrice: decimal("unit_price").notNull(),
    startPeriod: integer("start_period").notNull(),
    /** Inclusive; NULL = to the last production period. */
    endPeriod: integer("end_period"),
    /** Real price escalation per year, compounding from start_period. */
    escalationPct: percent("escalation_pct").notNull().default(0),
  },
  (t) => [
    scenarioRowLineageUnique("consumption_items", t),
    check("consumption_items_name_not_blank", isNotBlank(t.name)),
    check("consumption_items_unit_not_blank", isNotBlank(t.unit)),
    check(
      "consumption_items_one_quantity_basis",
      sql`num_nonnulls(${t.ratePerTonneProcessed}, ${t.quantityPerPeriod}) = 1`,
    ),
    check("consumption_items_rate_non_negative", isNonNegative(t.ratePerTonneProcessed)),
    check("consumption_items_quantity_non_negative", isNonNegative(t.quantityPerPeriod)),
    check("consumption_items_unit_price_non_negative", isNonNegative(t.unitPrice)),
    check("consumption_items_start_period_non_negative", isNonNegative(t.startPeriod)),
    check("consumption_items_period_order", sql`${t.endPeriod} >= ${t.startPeriod}`),
    check("consumption_items_escalation_pct_range", sql`${t.escalationPct} BETWEEN -100 AND 100`),
  ],
);

export type ConsumptionItem = typeof consumptionItems.$inferSelect;
export type NewConsumptionItem = typeof consumptionItems.$inferInsert;
