import { sql } from "drizzle-orm";
import { check, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { decimal, isCurrencyCode, isNonNegative, isNotBlank, isPercentage, money, percent } from "./columns";
import { scenarioRowColumns, scenarioRowLineageUnique } from "./scenario-rows";
import { CAPEX_CATEGORIES, CAPEX_KINDS, OPEX_CATEGORIES, OPEX_BASES } from "../../lib/domain/inputs";

export const capexCategoryEnum = pgEnum("capex_category", CAPEX_CATEGORIES);
export const capexKindEnum = pgEnum("capex_kind", CAPEX_KINDS);

/** A capital cost spent in one period; contingency is added on top of the amount. */
export const capexItems = pgTable(
  "capex_items",
  {
    ...scenarioRowColumns(),
    name: text("name").notNull(),
    category: capexCategoryEnum("category").notNull(),
    kind: capexKindEnum("kind").notNull(),
    /** Before contingency, in `currency`. */
    amount: money("amount").notNull(),
    currency: text("currency").notNull(),
    spendPeriod: integer("spend_period").notNull(),
    contingencyPct: percent("contingency_pct").notNull().default(0),
    description: text("description"),
  },
  (t) => [
    scenarioRowLineageUnique("capex_items", t),
    check("capex_items_name_not_blank", isNotBlank(t.name)),
    check("capex_items_amount_non_negative", isNonNegative(t.amount)),
    check("capex_items_currency_iso", isCurrencyCode(t.currency)),
    check("capex_items_spend_period_non_negative", isNonNegative(t.spendPeriod)),
    check("capex_items_contingency_pct_range", isPercentage(t.contingencyPct)),
  ],
);

export const opexCategoryEnum = pgEnum("opex_category", OPEX_CATEGORIES);
export const opexBasisEnum = pgEnum("opex_basis", OPEX_BASES);

/** An operating cost in the scenario's currency, active from start_period to end_period inclusive. */
export const opexItems = pgTable(
  "opex_items",
  {
    ...scenarioRowColumns(),
    name: text("name").notNull(),
    category: opexCategoryEnum("category").notNull(),
    basis: opexBasisEnum("basis").notNull(),
    unitCost: decimal("unit_cost").notNull(),
    quantity: decimal("quantity").notNull().default(1),
    startPeriod: integer("start_period").notNull(),
    /** Inclusive; NULL = to the last production period (follows life_years when a child changes it). */
    endPeriod: integer("end_period"),
    /** Per year, compounding from start_period; negative for learning-curve savings. */
    escalationPct: percent("escalation_pct").notNull().default(0),
    description: text("description"),
  },
  (t) => [
    scenarioRowLineageUnique("opex_items", t),
    check("opex_items_name_not_blank", isNotBlank(t.name)),
    check("opex_items_unit_cost_non_negative", isNonNegative(t.unitCost)),
    check("opex_items_quantity_non_negative", isNonNegative(t.quantity)),
    check("opex_items_start_period_non_negative", isNonNegative(t.startPeriod)),
    check("opex_items_period_order", sql`${t.endPeriod} >= ${t.startPeriod}`),
    check("opex_items_escalation_pct_range", sql`${t.escalationPct} BETWEEN -100 AND 100`),
  ],
);

export type CapexItem = typeof capexItems.$inferSelect;
export type NewCapexItem = typeof capexItems.$inferInsert;
export type OpexItem = typeof opexItems.$inferSelect;
export type NewOpexItem = typeof opexItems.$inferInsert;
