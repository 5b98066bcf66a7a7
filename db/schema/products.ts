import { sql } from "drizzle-orm";
import { check, index, jsonb, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { decimal, isNonNegative, isNotBlank, isPercentage, isPositive, percent } from "./columns";
import { priceDecks } from "./price-decks";
import { metalPriceUnitEnum } from "./price-units";
import { scenarioRowColumns, scenarioRowLineageUnique } from "./scenario-rows";
import { gradeUnitEnum } from "./scenario-settings";
import { PRODUCT_ROLES } from "../../lib/domain/products";

export const productRoleEnum = pgEnum("product_role", PRODUCT_ROLES);

/**
 * A co- or by-product of the scenario (issue #14). The primary product is the project's commodity with the
 * scenario's price, production grades and smelter terms; it is never a row here. Money is in the scenario's price
 * currency (the primary's), so one fx rate converts every product.
 *
 * Price: the flat `price`, or, when `price_deck_id` names a deck, that deck's price of each production year (the
 * flat price is then kept but not used). Head grade: `head_grade` every production year, or the
 * `head_grade_by_year` schedule for the first years it covers (production year 1 first) and `head_grade` after it.
 * Concentrate terms apply only when `concentrate_grade_pct` is set, each penalty only when all its terms are (as
 * the scenario's own concentrate terms for the primary).
 */
export const scenarioProducts = pgTable(
  "scenario_products",
  {
    ...scenarioRowColumns(),
    name: text("name").notNull(),
    role: productRoleEnum("role").notNull(),
    gradeUnit: gradeUnitEnum("grade_unit").notNull(),
    priceUnit: metalPriceUnitEnum("price_unit").notNull(),
    /** Price currency per price unit, real terms, flat over the life (not used while a deck is named). */
    price: decimal("price").notNull(),
    /** The organisation's deck this product is priced on; NO ACTION: a deck in use is not deleted. */
    priceDeckId: uuid("price_deck_id").references(() => priceDecks.id, { onDelete: "no action" }),
    /** In grade_unit, every production period the schedule does not cover. */
    headGrade: decimal("head_grade").notNull(),
    /** In grade_unit, production year 1 first; shorter than the life: head_grade after it. */
    headGradeByYear: jsonb("head_grade_by_year").$type<number[]>(),
    recoveryPct: percent("recovery_pct").notNull(),
    payablePct: percent("payable_pct").notNull(),
    /** Price currency per payable price unit. */
    refiningChargePerUnit: decimal("refining_charge_per_unit").notNull().default(0),
    /** Price currency per payable price unit. */
    premiumPerUnit: decimal("premium_per_unit").notNull().default(0),
    /** Metal content of the product's own concentrate, %; NULL: no concentrate terms of its own. */
    concentrateGradePct: percent("concentrate_grade_pct"),
    /** Price currency per dry metric tonne of the product's concentrate. */
    treatmentChargePerDmt: decimal("treatment_charge_per_dmt"),
    concentrateMoisturePct: percent("concentrate_moisture_pct"),
    // Penalties: price currency per dmt of concentrate for each percentage point above the threshold.
    moisturePenaltyThresholdPct: percent("moisture_penalty_threshold_pct"),
    moisturePenaltyPerDmtPerPct: decimal("moisture_penalty_per_dmt_per_pct"),
    impurityContentPct: percent("impurity_content_pct"),
    impurityPenaltyThresholdPct: percent("impurity_penalty_threshold_pct"),
    impurityPenaltyPerDmtPerPct: decimal("impurity_penalty_per_dmt_per_pct"),
  },
  (t) => [
    scenarioRowLineageUnique("scenario_products", t),
    index("scenario_products_price_deck_id_idx").on(t.priceDeckId),
    check("scenario_products_name_not_blank", isNotBlank(t.name)),
    check("scenario_products_price_positive", isPositive(t.price)),
    check("scenario_products_head_grade_non_negative", isNonNegative(t.headGrade)),
    check("scenario_products_head_grade_by_year_array", sql`jsonb_typeof(${t.headGradeByYear}) = 'array'`),
    check("scenario_products_recovery_pct_range", isPercentage(t.recoveryPct)),
    check("scenario_products_payable_pct_range", isPercentage(t.payablePct)),
    check("scenario_products_refining_charge_non_negative", isNonNegative(t.refiningChargePerUnit)),
    check("scenario_products_premium_non_negative", isNonNegative(t.premiumPerUnit)),
    check("scenario_products_concentrate_grade_pct_range", sql`${t.concentrateGradePct} > 0 AND ${t.concentrateGradePct} <= 100`),
    check("scenario_products_treatment_charge_non_negative", isNonNegative(t.treatmentChargePerDmt)),
    check("scenario_products_concentrate_moisture_pct_range", sql`${t.concentrateMoisturePct} >= 0 AND ${t.concentrateMoisturePct} < 100`),
    check("scenario_products_moisture_penalty_threshold_pct_range", isPercentage(t.moisturePenaltyThresholdPct)),
    check("scenario_products_moisture_penalty_non_negative", isNonNegative(t.moisturePenaltyPerDmtPerPct)),
    check("scenario_products_impurity_content_pct_range", isPercentage(t.impurityContentPct)),
    check("scenario_products_impurity_penalty_threshold_pct_range", isPercentage(t.impurityPenaltyThresholdPct)),
    check("scenario_products_impurity_penalty_non_negative", isNonNegative(t.impurityPenaltyPerDmtPerPct)),
  ],
);

export type ScenarioProduct = typeof scenarioProducts.$inferSelect;
export type NewScenarioProduct = typeof scenarioProducts.$inferInsert;
