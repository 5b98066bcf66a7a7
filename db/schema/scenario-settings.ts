import { sql, type SQL } from "drizzle-orm";
import { boolean, check, integer, pgEnum, text, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import {
  decimal,
  isBetween,
  isCurrencyCode,
  isNonNegative,
  isPercentage,
  isPositive,
  money,
  percent,
} from "./columns";
import { PRICE_SOURCES } from "../../lib/domain/price-decks";
import { DISCOUNTING_CONVENTIONS, PERIOD_ZERO_TIMINGS, VALUATION_DATES, ROYALTY_TYPES, DEPRECIATION_METHODS, CASH_FLOW_TERMS, GRADE_UNITS } from "../../lib/domain/scenarios";
import { priceDecks } from "./price-decks";
import { metalPriceUnitEnum } from "./price-units";

export { metalPriceUnitEnum };

// The settings of a scenario: economic, fiscal and revenue terms the engine needs.
//
// Inheritance: every setting column is NULLABLE and has NO database default. NULL in a child scenario means
// "inherited from the parent"; a value means "overridden". A default would silently turn every child insert
// into an override. A root scenario (no parent) is complete: scenarios_root_settings_complete makes the
// essential settings NOT NULL there. Optional terms (concentrate, penalties, per-unit royalty) may stay NULL on
// a root, meaning "not applicable"; a child switches them off by overriding with 0.

export const discountingEnum = pgEnum("discounting_convention", DISCOUNTING_CONVENTIONS);
export const valuationDateEnum = pgEnum("valuation_date", VALUATION_DATES);
export const periodZeroTimingEnum = pgEnum("period_zero_timing", PERIOD_ZERO_TIMINGS);
export const royaltyTypeEnum = pgEnum("royalty_type", ROYALTY_TYPES);
export const depreciationMethodEnum = pgEnum("depreciation_method", DEPRECIATION_METHODS);
export const cashFlowTermsEnum = pgEnum("cash_flow_terms", CASH_FLOW_TERMS);
export const gradeUnitEnum = pgEnum("grade_unit", GRADE_UNITS);
export const priceSourceEnum = pgEnum("price_source", PRICE_SOURCES);

export function scenarioSettingColumns() {
  return {
    startYear: integer("start_year"),
    /** Production years (after the construction periods). */
    lifeYears: integer("life_years"),
    constructionPeriods: integer("construction_periods"),
    currency: text("currency"),
    discountRatePct: percent("discount_rate_pct"),
    discounting: discountingEnum("discounting"),
    /** Optional: NULL on a root = end of period 0 (the engine's default). */
    valuationDate: valuationDateEnum("valuation_date"),
    /** Optional: NULL on a root = with_timing. */
    periodZeroTiming: periodZeroTimingEnum("period_zero_timing"),
    incomeTaxRatePct: percent("income_tax_rate_pct"),
    royaltyType: royaltyTypeEnum("royalty_type"),
    royaltyRatePct: percent("royalty_rate_pct"),
    /** Currency per metal_price_unit of payable metal, for royalty_type = per_unit. */
    royaltyPerUnit: decimal("royalty_per_unit"),
    minimumRoyaltyPerPeriod: money("minimum_royalty_per_period"),
    depreciationMethod: depreciationMethodEnum("depreciation_method"),
    depreciationLifeYears: integer("depreciation_life_years"),
    taxLossCarryForward: boolean("tax_loss_carry_forward"),
    receivableDays: integer("receivable_days"),
    payableDays: integer("payable_days"),
    closureCost: money("closure_cost"),
    salvageValue: money("salvage_value"),
    inflationPct: percent("inflation_pct"),
    terms: cashFlowTermsEnum("terms"),
    /** Price of payable metal in price_currency per metal_price_unit, e.g. 4.00 USD/lb copper. */
    metalPrice: decimal("metal_price"),
    metalPriceUnit: metalPriceUnitEnum("metal_price_unit"),
    /** Currency the metal price and smelter terms are quoted in; NULL on a root = the scenario currency. */
    priceCurrency: text("price_currency"),
    /** Scenario currency units per one unit of price_currency (1 when they are the same). */
    fxRate: decimal("fx_rate"),
    /** Where the production years' prices come from; NULL on a root = "flat" (metal_price in every year). */
    priceSource: priceSourceEnum("price_source"),
    /**
     * The price deck used when the effective price_source is "deck": a deck of the project's organisation (checked by
     * the service). A deck in use is not deleted from under a scenario: ON DELETE NO ACTION refuses it like RESTRICT,
     * but checks at the end of the statement, so deleting an organisation (which cascades to its projects' scenarios
     * and to its decks in one statement) works whichever cascade PostgreSQL runs first; RESTRICT checks at once and
     * fails when the decks happen to go before the scenarios.
     */
    priceDeckId: uuid("price_deck_id").references(() => priceDecks.id, { onDelete: "no action" }),
    gradeUnit: gradeUnitEnum("grade_unit"),
    payablePct: percent("payable_pct"),
    concentrateGradePct: percent("concentrate_grade_pct"),
    /** Price currency per dry metric tonne of concentrate. */
    treatmentChargePerDmt: decimal("treatment_charge_per_dmt"),
    /** Price currency per metal_price_unit of payable metal, e.g. 0.08 USD/lb. */
    refiningChargePerUnit: decimal("refining_charge_per_unit"),
    /** Premium or by-product credit, price currency per metal_price_unit of payable metal. */
    premiumPerUnit: decimal("premium_per_unit"),
    concentrateMoisturePct: percent("concentrate_moisture_pct"),
    // Penalties: price currency per dmt of concentrate for each percentage point above the threshold.
    moisturePenaltyThresholdPct: percent("moisture_penalty_threshold_pct"),
    moisturePenaltyPerDmtPerPct: decimal("moisture_penalty_per_dmt_per_pct"),
    /** Deleterious element (e.g. arsenic) in the concentrate, % of dry weight. */
    impurityContentPct: percent("impurity_content_pct"),
    impurityPenaltyThresholdPct: percent("impurity_penalty_threshold_pct"),
    impurityPenaltyPerDmtPerPct: decimal("impurity_penalty_per_dmt_per_pct"),
  };
}

type SettingColumns = { [K in keyof ReturnType<typeof scenarioSettingColumns>]: AnyPgColumn };
type ScenarioColumns = SettingColumns & { parentScenarioId: AnyPgColumn };

/** The settings a root scenario must have (the engine cannot run without them). */
export const REQUIRED_ROOT_SETTINGS = [
  "startYear",
  "lifeYears",
  "constructionPeriods",
  "currency",
  "discountRatePct",
  "discounting",
  "incomeTaxRatePct",
  "royaltyType",
  "depreciationMethod",
  "depreciationLifeYears",
  "taxLossCarryForward",
  "receivableDays",
  "payableDays",
  "closureCost",
  "salvageValue",
  "inflationPct",
  "terms",
  "metalPrice",
  "metalPriceUnit",
  "fxRate",
  "gradeUnit",
  "payablePct",
] as const satisfies ReadonlyArray<keyof SettingColumns>;

/** Every inheritable setting key, for resolving a scenario's effective settings along its ancestry. */
export const SCENARIO_SETTING_KEYS = Object.keys(scenarioSettingColumns()) as ReadonlyArray<
  keyof SettingColumns
>;

function rootCompleteness(t: ScenarioColumns): SQL {
  const required = sql.join(
    REQUIRED_ROOT_SETTINGS.map((key) => sql`${t[key]} IS NOT NULL`),
    sql` AND `,
  );
  return sql`${t.parentScenarioId} IS NOT NULL OR (${required})`;
}

/** A root that takes its prices from a deck names the deck. */
function rootPriceDeck(t: ScenarioColumns): SQL {
  return sql`${t.parentScenarioId} IS NOT NULL OR ${t.priceSource} IS DISTINCT FROM 'deck' OR ${t.priceDeckId} IS NOT NULL`;
}

/** A root's royalty type must come with the rate it needs. */
function rootRoyaltyTerms(t: ScenarioColumns): SQL {
  return sql`${t.parentScenarioId} IS NOT NULL OR ${t.royaltyType} = 'none'
    OR (${t.royaltyType} IN ('nsr', 'gross_revenue') AND ${t.royaltyRatePct} IS NOT NULL)
    OR (${t.royaltyType} = 'per_unit' AND ${t.royaltyPerUnit} IS NOT NULL)`;
}

export function scenarioSettingChecks(t: ScenarioColumns) {
  return [
    check("scenarios_root_settings_complete", rootCompleteness(t)),
    check("scenarios_root_royalty_terms", rootRoyaltyTerms(t)),
    check("scenarios_root_price_deck", rootPriceDeck(t)),
    check("scenarios_start_year_range", isBetween(t.startYear, 1900, 2200)),
    check("scenarios_life_years_range", isBetween(t.lifeYears, 1, 100)),
    check("scenarios_construction_periods_range", isBetween(t.constructionPeriods, 0, 20)),
    check("scenarios_currency_iso", isCurrencyCode(t.currency)),
    check("scenarios_price_currency_iso", isCurrencyCode(t.priceCurrency)),
    check("scenarios_discount_rate_pct_range", isPercentage(t.discountRatePct)),
    check("scenarios_income_tax_rate_pct_range", isPercentage(t.incomeTaxRatePct)),
    check("scenarios_royalty_rate_pct_range", isPercentage(t.royaltyRatePct)),
    check("scenarios_royalty_per_unit_non_negative", isNonNegative(t.royaltyPerUnit)),
    check("scenarios_minimum_royalty_non_negative", isNonNegative(t.minimumRoyaltyPerPeriod)),
    check("scenarios_depreciation_life_years_range", isBetween(t.depreciationLifeYears, 1, 100)),
    check("scenarios_receivable_days_range", isBetween(t.receivableDays, 0, 365)),
    check("scenarios_payable_days_range", isBetween(t.payableDays, 0, 365)),
    check("scenarios_closure_cost_non_negative", isNonNegative(t.closureCost)),
    check("scenarios_salvage_value_non_negative", isNonNegative(t.salvageValue)),
    check("scenarios_inflation_pct_range", sql`${t.inflationPct} > -100 AND ${t.inflationPct} <= 100`),
    check("scenarios_metal_price_non_negative", isNonNegative(t.metalPrice)),
    check("scenarios_fx_rate_positive", isPositive(t.fxRate)),
    check("scenarios_payable_pct_range", isPercentage(t.payablePct)),
    check(
      "scenarios_concentrate_grade_pct_range",
      sql`${t.concentrateGradePct} > 0 AND ${t.concentrateGradePct} <= 100`,
    ),
    check("scenarios_treatment_charge_non_negative", isNonNegative(t.treatmentChargePerDmt)),
    check("scenarios_refining_charge_non_negative", isNonNegative(t.refiningChargePerUnit)),
    check(
      "scenarios_concentrate_moisture_pct_range",
      sql`${t.concentrateMoisturePct} >= 0 AND ${t.concentrateMoisturePct} < 100`,
    ),
    check("scenarios_premium_non_negative", isNonNegative(t.premiumPerUnit)),
    check("scenarios_moisture_penalty_threshold_pct_range", isPercentage(t.moisturePenaltyThresholdPct)),
    check("scenarios_moisture_penalty_non_negative", isNonNegative(t.moisturePenaltyPerDmtPerPct)),
    check("scenarios_impurity_content_pct_range", isPercentage(t.impurityContentPct)),
    check("scenarios_impurity_penalty_threshold_pct_range", isPercentage(t.impurityPenaltyThresholdPct)),
    check("scenarios_impurity_penalty_non_negative", isNonNegative(t.impurityPenaltyPerDmtPerPct)),
  ];
}
