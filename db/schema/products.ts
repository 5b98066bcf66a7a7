import { check, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { decimal, isNonNegative, isNotBlank, isPercentage, isPositive, percent } from "./columns";
import { metalPriceUnitEnum } from "./price-units";
import { scenarioRowColumns, scenarioRowLineageUnique } from "./scenario-rows";
import { gradeUnitEnum } from "./scenario-settings";
import { PRODUCT_ROLES } from "../../lib/domain/products";

export const productRoleEnum = pgEnum("product_role", PRODUCT_ROLES);

/**
 * A co- or by-product of the scenario (issue #14). The primary product is the project's commodity with the
 * scenario's price, production grades and smelter terms; it is never a row here. Money is in the scenario's price
 * currency (the primary's), so one fx rate converts every product. The head grade is one value for every
 * production period (a per-period schedule is a later step: lib/engine accepts one).
 */
export const scenarioProducts = pgTable(
  "scenario_products",
  {
    ...scenarioRowColumns(),
    name: text("name").notNull(),
    role: productRoleEnum("role").notNull(),
    gradeUnit: gradeUnitEnum("grade_unit").notNull(),
    priceUnit: metalPriceUnitEnum("price_unit").notNull(),
    /** Price currency per price unit, real terms, flat over the life. */
    price: decimal("price").notNull(),
    /** In grade_unit, every production period. */
    headGrade: decimal("head_grade").notNull(),
    recoveryPct: percent("recovery_pct").notNull(),
    payablePct: percent("payable_pct").notNull(),
    /** Price currency per payable price unit. */
    refiningChargePerUnit: decimal("refining_charge_per_unit").notNull().default(0),
    /** Price currency per payable price unit. */
    premiumPerUnit: decimal("premium_per_unit").notNull().default(0),
  },
  (t) => [
    scenarioRowLineageUnique("scenario_products", t),
    check("scenario_products_name_not_blank", isNotBlank(t.name)),
    check("scenario_products_price_positive", isPositive(t.price)),
    check("scenario_products_head_grade_non_negative", isNonNegative(t.headGrade)),
    check("scenario_products_recovery_pct_range", isPercentage(t.recoveryPct)),
    check("scenario_products_payable_pct_range", isPercentage(t.payablePct)),
    check("scenario_products_refining_charge_non_negative", isNonNegative(t.refiningChargePerUnit)),
    check("scenario_products_premium_non_negative", isNonNegative(t.premiumPerUnit)),
  ],
);

export type ScenarioProduct = typeof scenarioProducts.$inferSelect;
export type NewScenarioProduct = typeof scenarioProducts.$inferInsert;
