import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import {
  expectViolation,
  insertEquipment,
  insertPriceDeck,
  insertProject,
  insertScenario,
  insertSimulationRun,
} from "./fixtures";
import { insert, type Ctx, type InsertKind } from "./valid-rows";

const getDb = useTestDb();
let c: Ctx;

beforeAll(async () => {
  const db = await getDb();
  const org = await createTestOrganisation(db);
  const user = await createTestUser(db, { organisationId: org.id, role: "project_manager" });
  const project = await insertProject(db, org.id);
  const root = await insertScenario(db, { projectId: project.id });
  const machine = await insertEquipment(db, root.id);
  const run = await insertSimulationRun(db, { scenarioId: root.id, organisationId: org.id });
  const deck = await insertPriceDeck(db, org.id);
  c = {
    db,
    organisationId: org.id,
    userId: user.id,
    projectId: project.id,
    rootScenarioId: root.id,
    equipmentId: machine.id,
    runId: run.id,
    deckId: deck.id,
  };
});

describe("every domain table", () => {
  it.each(Object.keys(insert) as InsertKind[])("accepts a valid %s row", async (kind) => {
    await expect(insert[kind](c)).resolves.toBeDefined();
  });

  it("accepts a child scenario that overrides only some settings and leaves the rest NULL (inherited)", async () => {
    await expect(insert.childScenario(c, { metalPrice: 4.5, currency: null })).resolves.toBeDefined();
  });

  it("accepts a root on a price deck, and a child that takes a deck while inheriting the price source", async () => {
    await expect(insert.rootScenario(c, { priceSource: "deck", priceDeckId: c.deckId })).resolves.toBeDefined();
    await expect(insert.childScenario(c, { priceDeckId: c.deckId })).resolves.toBeDefined();
  });
});

type Rule = [constraint: string, write: (c: Ctx) => PromiseLike<unknown>];
const id = randomUUID();

// One case per CHECK: the named constraint refuses the row.
const CHECK_RULES: Rule[] = [
  ["projects_name_not_blank", (c) => insert.project(c, { name: "   " })],
  ["projects_primary_commodity_not_blank", (c) => insert.project(c, { primaryCommodity: "" })],
  ["projects_currency_iso", (c) => insert.project(c, { currency: "usd" })],
  ["projects_default_discount_rate_pct_range", (c) => insert.project(c, { defaultDiscountRatePct: 101 })],
  ["projects_version_positive", (c) => insert.project(c, { version: 0 })],
  ["scenarios_name_not_blank", (c) => insert.rootScenario(c, { name: " " })],
  ["scenarios_not_own_parent", (c) => insert.childScenario(c, { id, parentScenarioId: id })],
  ["scenarios_version_positive", (c) => insert.rootScenario(c, { version: 0 })],
  ["scenarios_root_settings_complete", (c) => insert.rootScenario(c, { currency: null })],
  ["scenarios_root_settings_complete", (c) => insert.rootScenario(c, { metalPrice: null })],
  [
    "scenarios_root_royalty_terms",
    (c) => insert.rootScenario(c, { royaltyType: "nsr", royaltyRatePct: null }),
  ],
  [
    "scenarios_root_royalty_terms",
    (c) => insert.rootScenario(c, { royaltyType: "per_unit", royaltyPerUnit: null }),
  ],
  ["scenarios_start_year_range", (c) => insert.childScenario(c, { startYear: 1800 })],
  ["scenarios_life_years_range", (c) => insert.childScenario(c, { lifeYears: 0 })],
  ["scenarios_construction_periods_range", (c) => insert.childScenario(c, { constructionPeriods: -1 })],
  ["scenarios_currency_iso", (c) => insert.childScenario(c, { currency: "US$" })],
  ["scenarios_price_currency_iso", (c) => insert.childScenario(c, { priceCurrency: "eur" })],
  ["scenarios_discount_rate_pct_range", (c) => insert.childScenario(c, { discountRatePct: -1 })],
  ["scenarios_income_tax_rate_pct_range", (c) => insert.childScenario(c, { incomeTaxRatePct: 100.5 })],
  ["scenarios_royalty_rate_pct_range", (c) => insert.childScenario(c, { royaltyRatePct: 101 })],
  ["scenarios_royalty_per_unit_non_negative", (c) => insert.childScenario(c, { royaltyPerUnit: -0.01 })],
  ["scenarios_minimum_royalty_non_negative", (c) => insert.childScenario(c, { minimumRoyaltyPerPeriod: -1 })],
  ["scenarios_depreciation_life_years_range", (c) => insert.childScenario(c, { depreciationLifeYears: 0 })],
  ["scenarios_receivable_days_range", (c) => insert.childScenario(c, { receivableDays: 366 })],
  ["scenarios_payable_days_range", (c) => insert.childScenario(c, { payableDays: 400 })],
  ["scenarios_closure_cost_non_negative", (c) => insert.childScenario(c, { closureCost: -1 })],
  ["scenarios_salvage_value_non_negative", (c) => insert.childScenario(c, { salvageValue: -1 })],
  ["scenarios_inflation_pct_range", (c) => insert.childScenario(c, { inflationPct: -100 })],
  ["scenarios_metal_price_non_negative", (c) => insert.childScenario(c, { metalPrice: -4 })],
  ["scenarios_fx_rate_positive", (c) => insert.childScenario(c, { fxRate: 0 })],
  ["scenarios_payable_pct_range", (c) => insert.childScenario(c, { payablePct: 100.01 })],
  ["scenarios_concentrate_grade_pct_range", (c) => insert.childScenario(c, { concentrateGradePct: 0 })],
  ["scenarios_treatment_charge_non_negative", (c) => insert.childScenario(c, { treatmentChargePerDmt: -80 })],
  [
    "scenarios_refining_charge_non_negative",
    (c) => insert.childScenario(c, { refiningChargePerUnit: -0.08 }),
  ],
  [
    "scenarios_concentrate_moisture_pct_range",
    (c) => insert.childScenario(c, { concentrateMoisturePct: 100 }),
  ],
  ["scenarios_premium_non_negative", (c) => insert.childScenario(c, { premiumPerUnit: -0.01 })],
  [
    "scenarios_moisture_penalty_threshold_pct_range",
    (c) => insert.childScenario(c, { moisturePenaltyThresholdPct: 101 }),
  ],
  [
    "scenarios_moisture_penalty_non_negative",
    (c) => insert.childScenario(c, { moisturePenaltyPerDmtPerPct: -1 }),
  ],
  ["scenarios_impurity_content_pct_range", (c) => insert.childScenario(c, { impurityContentPct: -0.1 })],
  [
    "scenarios_impurity_penalty_threshold_pct_range",
    (c) => insert.childScenario(c, { impurityPenaltyThresholdPct: 120 }),
  ],
  [
    "scenarios_impurity_penalty_non_negative",
    (c) => insert.childScenario(c, { impurityPenaltyPerDmtPerPct: -1 }),
  ],
  ["scenarios_root_price_deck", (c) => insert.rootScenario(c, { priceSource: "deck", priceDeckId: null })],
  ["price_decks_name_length", (c) => insert.priceDeck(c, { name: "  " })],
  ["price_decks_name_length", (c) => insert.priceDeck(c, { name: "x".repeat(101) })],
  ["price_decks_commodity_not_blank", (c) => insert.priceDeck(c, { commodity: " " })],
  ["price_decks_currency_iso", (c) => insert.priceDeck(c, { currency: "usd" })],
  ["price_decks_long_term_price_positive", (c) => insert.priceDeck(c, { longTermPrice: 0 })],
  ["price_decks_version_positive", (c) => insert.priceDeck(c, { version: 0 })],
  ["price_deck_prices_year_range", (c) => insert.priceDeckPrice(c, { year: 1899 })],
  ["price_deck_prices_year_range", (c) => insert.priceDeckPrice(c, { year: 2201 })],
  ["price_deck_prices_price_non_negative", (c) => insert.priceDeckPrice(c, { price: -0.01 })],
  ["process_parameters_name_not_blank", (c) => insert.parameter(c, { name: "" })],
  ["process_parameters_target_not_blank", (c) => insert.parameter(c, { target: "  " })],
  ["process_parameters_distribution_shape", (c) => insert.parameter(c, { distribution: { type: "" } })],
  [
    "parameter_correlations_pair_ordered",
    (c) => insert.correlation(c, { parameterALineageId: "ffffffff-ffff-4fff-bfff-ffffffffffff" }),
  ],
  ["parameter_correlations_coefficient_range", (c) => insert.correlation(c, { coefficient: 1.5 })],
  ["production_outputs_period_non_negative", (c) => insert.production(c, { period: -1 })],
  ["production_outputs_ore_mined_t_non_negative", (c) => insert.production(c, { oreMinedT: -1 })],
  ["production_outputs_waste_mined_t_non_negative", (c) => insert.production(c, { wasteMinedT: -1 })],
  ["production_outputs_ore_processed_t_non_negative", (c) => insert.production(c, { oreProcessedT: -1 })],
  ["production_outputs_head_grade_non_negative", (c) => insert.production(c, { headGrade: -0.1 })],
  ["production_outputs_recovery_pct_range", (c) => insert.production(c, { recoveryPct: 101 })],
  ["capex_items_name_not_blank", (c) => insert.capex(c, { name: "" })],
  ["capex_items_amount_non_negative", (c) => insert.capex(c, { amount: -0.01 })],
  ["capex_items_currency_iso", (c) => insert.capex(c, { currency: "DOLLARS" })],
  ["capex_items_spend_period_non_negative", (c) => insert.capex(c, { spendPeriod: -1 })],
  ["capex_items_contingency_pct_range", (c) => insert.capex(c, { contingencyPct: 150 })],
  ["opex_items_name_not_blank", (c) => insert.opex(c, { name: " " })],
  ["opex_items_unit_cost_non_negative", (c) => insert.opex(c, { unitCost: -2 })],
  ["opex_items_quantity_non_negative", (c) => insert.opex(c, { quantity: -1 })],
  ["opex_items_start_period_non_negative", (c) => insert.opex(c, { startPeriod: -1, endPeriod: null })],
  ["opex_items_period_order", (c) => insert.opex(c, { startPeriod: 5, endPeriod: 4 })],
  ["opex_items_escalation_pct_range", (c) => insert.opex(c, { escalationPct: -101 })],
  ["consumption_items_name_not_blank", (c) => insert.consumption(c, { name: "" })],
  ["consumption_items_unit_not_blank", (c) => insert.consumption(c, { unit: " " })],
  ["consumption_items_one_quantity_basis", (c) => insert.consumption(c, { quantityPerPeriod: 100 })],
  ["consumption_items_one_quantity_basis", (c) => insert.consumption(c, { ratePerTonneProcessed: null })],
  ["consumption_items_rate_non_negative", (c) => insert.consumption(c, { ratePerTonneProcessed: -0.5 })],
  [
    "consumption_items_quantity_non_negative",
    (c) => insert.consumption(c, { ratePerTonneProcessed: null, quantityPerPeriod: -5 }),
  ],
  ["consumption_items_unit_price_non_negative", (c) => insert.consumption(c, { unitPrice: -0.1 })],
  ["consumption_items_start_period_non_negative", (c) => insert.consumption(c, { startPeriod: -1 })],
  ["consumption_items_period_order", (c) => insert.consumption(c, { startPeriod: 3, endPeriod: 2 })],
  ["consumption_items_escalation_pct_range", (c) => insert.consumption(c, { escalationPct: 150 })],
  ["scenario_products_name_not_blank", (c) => insert.product(c, { name: " " })],
  ["scenario_products_price_positive", (c) => insert.product(c, { price: 0 })],
  ["scenario_products_head_grade_non_negative", (c) => insert.product(c, { headGrade: -0.1 })],
  ["scenario_products_recovery_pct_range", (c) => insert.product(c, { recoveryPct: 100.5 })],
  ["scenario_products_payable_pct_range", (c) => insert.product(c, { payablePct: -1 })],
  ["scenario_products_refining_charge_non_negative", (c) => insert.product(c, { refiningChargePerUnit: -5 })],
  ["scenario_products_premium_non_negative", (c) => insert.product(c, { premiumPerUnit: -1 })],
  ["scenario_products_head_grade_by_year_array", (c) => insert.product(c, { headGradeByYear: 0.5 as unknown as number[] })],
  ["scenario_products_concentrate_grade_pct_range", (c) => insert.product(c, { concentrateGradePct: 0 })],
  ["scenario_products_treatment_charge_non_negative", (c) => insert.product(c, { treatmentChargePerDmt: -1 })],
  ["scenario_products_concentrate_moisture_pct_range", (c) => insert.product(c, { concentrateMoisturePct: 100 })],
  ["scenario_products_moisture_penalty_threshold_pct_range", (c) => insert.product(c, { moisturePenaltyThresholdPct: 101 })],
  ["scenario_products_moisture_penalty_non_negative", (c) => insert.product(c, { moisturePenaltyPerDmtPerPct: -1 })],
  ["scenario_products_impurity_content_pct_range", (c) => insert.product(c, { impurityContentPct: -1 })],
  ["scenario_products_impurity_penalty_threshold_pct_range", (c) => insert.product(c, { impurityPenaltyThresholdPct: 101 })],
  ["scenario_products_impurity_penalty_non_negative", (c) => insert.product(c, { impurityPenaltyPerDmtPerPct: -1 })],
  ["equipment_name_not_blank", (c) => insert.equipment(c, { name: "" })],
  ["equipment_equipment_type_not_blank", (c) => insert.equipment(c, { equipmentType: " " })],
  ["equipment_quantity_positive", (c) => insert.equipment(c, { quantity: 0 })],
  ["equipment_purchase_cost_non_negative", (c) => insert.equipment(c, { purchaseCost: -1 })],
  [
    "equipment_operating_cost_per_hour_non_negative",
    (c) => insert.equipment(c, { operatingCostPerHour: -1 }),
  ],
  ["equipment_hours_per_year_range", (c) => insert.equipment(c, { hoursPerYear: 8785 })],
  ["equipment_purchase_period_non_negative", (c) => insert.equipment(c, { purchasePeriod: -1 })],
  ["equipment_life_years_range", (c) => insert.equipment(c, { lifeYears: 0 })],
  ["equipment_availability_pct_range", (c) => insert.equipment(c, { availabilityPct: 100.1 })],
  ["maintenance_logs_downtime_hours_non_negative", (c) => insert.maintenance(c, { downtimeHours: -1 })],
  ["maintenance_logs_cost_non_negative", (c) => insert.maintenance(c, { cost: -1 })],
  ["maintenance_logs_currency_iso", (c) => insert.maintenance(c, { currency: "Usd" })],
  ["consumption_actuals_quantity_non_negative", (c) => insert.consumptionActual(c, { quantity: -1 })],
  ["consumption_actuals_unit_cost_non_negative", (c) => insert.consumptionActual(c, { unitCost: -0.01 })],
  ["consumption_actuals_currency_iso", (c) => insert.consumptionActual(c, { currency: "usd" })],
  ["simulation_runs_iterations_range", (c) => insert.run(c, { iterations: 0 })],
  ["simulation_runs_iterations_range", (c) => insert.run(c, { iterations: 10_000_001 })],
  ["simulation_runs_seed_non_negative", (c) => insert.run(c, { seed: -1 })],
  ["simulation_runs_progress_range", (c) => insert.run(c, { progress: 1.01 })],
  ["simulation_runs_engine_version_not_blank", (c) => insert.run(c, { engineVersion: "" })],
  ["simulation_runs_input_hash_not_blank", (c) => insert.run(c, { inputHash: " " })],
  ["simulation_runs_duration_ms_non_negative", (c) => insert.run(c, { durationMs: -1 })],
  [
    "simulation_runs_finished_after_started",
    (c) => insert.run(c, { startedAt: new Date(2000), finishedAt: new Date(1000) }),
  ],
  ["simulation_results_metric_not_blank", (c) => insert.result(c, { metric: "" })],
  ["audit_log_entity_type_not_blank", (c) => insert.audit(c, { entityType: "" })],
];

describe("CHECK constraints refuse invalid rows at the database", () => {
  it.each(CHECK_RULES)("%s", async (constraint, write) => {
    await expectViolation(write(c), constraint);
  });
});
