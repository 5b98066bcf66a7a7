import type { CapexItem, ConsumptionItem, Equipment, OpexItem, ProductionOutput, ScenarioProduct } from "@/db/schema";
import type { ScenarioSettings } from "@/db/queries/scenario-inheritance";
import { REQUIRED_ROOT_SETTINGS } from "@/db/schema/scenario-settings";
import { validateScenarioModelInputs, type ScenarioModelInputs, type ValidationIssue } from "@/lib/engine/model";
import { deckPricesForProduction, type ModelPriceDeck } from "./deck-prices";
import {
  toModelCapexItems,
  toModelConsumptionItem,
  toModelEquipmentItem,
  toModelOpexItem,
} from "./to-model-items";
import { toModelConcentrate } from "./to-model-concentrate";
import { toModelProducts } from "./to-model-products";

// The effective scenario (resolved settings and rows) → the engine's ScenarioModelInputs. Pure.
//
// Mapping notes:
// - production rows are per project period; the engine wants one entry per PRODUCTION period
//   (periods constructionPeriods .. constructionPeriods + lifeYears − 1). A missing production period is an
//   error (rule "production_period_missing"); rows outside the project life are ignored (a child that shortens
//   the life simply stops there).
// - discounting end_of_period / mid_period → "end" / "mid"; priceCurrency NULL → the scenario currency.
// - price_source "deck": one price per production period from the deck (deck-prices.ts: the year's price, the
//   long-term price after the deck's last year, its first year's price before its first year); a deck of another
//   commodity, price unit or currency is refused. "flat" or NULL: metal_price, one number, exactly as before decks.
// - royalty_type picks which engine royalty carries royalty_rate_pct (nsr, gross_revenue) or royalty_per_unit.
// - concentrate terms apply only when concentrate_grade_pct is set; each penalty only when all its terms are.
// - process parameters are Monte Carlo inputs: the deterministic model uses the settings and rows only.
// - product rows (co- and by-products) → `products`, left out when there are none (to-model-products.ts): each
//   on its flat price or its own deck, its head grade constant or scheduled, with or without concentrate terms.

export type ModelSource = {
  /** The project's primary commodity, e.g. "copper". */
  commodity: string;
  settings: ScenarioSettings;
  /** The effective price deck, loaded when the effective price_source is "deck". */
  priceDeck?: ModelPriceDeck | null;
  /** The decks the effective product rows name (of the scenario's organisation). */
  productDecks?: readonly ModelPriceDeck[];
  rows: {
    production: readonly ProductionOutput[];
    capex: readonly CapexItem[];
    opex: readonly OpexItem[];
    consumption: readonly ConsumptionItem[];
    equipment: readonly Equipment[];
    /** Co- and by-products; absent or empty = the single-product model, bit for bit. */
    products?: readonly ScenarioProduct[];
  };
};

export type ModelInputsResult = { ok: true; inputs: ScenarioModelInputs } | { ok: false; errors: ValidationIssue[] };

type Complete = { [K in (typeof REQUIRED_ROOT_SETTINGS)[number]]: NonNullable<ScenarioSettings[K]> } & ScenarioSettings;

/**
 * Maps an effective scenario to engine inputs and validates them with the engine's own rules.
 * @returns the inputs, or every problem as `{ path, rule, message }` (paths of the engine's input object)
 * @example const result = toModelInputs({ commodity: "copper", settings, rows }); if (result.ok) computeCashFlowTable(result.inputs);
 */
export function toModelInputs(source: ModelSource): ModelInputsResult {
  const missing = REQUIRED_ROOT_SETTINGS.filter((key) => source.settings[key] === null);
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((key) => ({ path: `settings.${key}`, rule: "required", message: "has no value" })),
    };
  }
  const settings = source.settings as Complete;
  const production = mapProduction(source.rows.production, settings);
  const capex = toModelCapexItems(source.rows.capex, settings.currency);
  const price = mapPrice(source, settings);
  const priceCurrency = settings.priceCurrency ?? settings.currency;
  const { products, issues: productIssues } = toModelProducts(source.rows.products, {
    priceCurrency,
    productionPeriods: settings.lifeYears,
    firstProductionYear: settings.startYear + settings.constructionPeriods,
    decks: source.productDecks,
  });
  const issues = [...production.issues, ...capex.issues, ...price.issues, ...productIssues];
  if (issues.length > 0) return { ok: false, errors: issues };
  const validated = validateScenarioModelInputs({
    currency: settings.currency,
    timeline: {
      startYear: settings.startYear,
      constructionPeriods: settings.constructionPeriods,
      productionPeriods: settings.lifeYears,
    },
    production: production.schedule,
    commodity: {
      name: source.commodity,
      gradeUnit: settings.gradeUnit,
      priceUnit: settings.metalPriceUnit,
      priceCurrency,
      price: price.value,
      fxRate: settings.fxRate,
    },
    smelter: mapSmelter(settings),
    royalties: mapRoyalties(settings),
    opexItems: source.rows.opex.map(toModelOpexItem),
    consumptionItems: source.rows.consumption.map(toModelConsumptionItem),
    equipment: source.rows.equipment.map(toModelEquipmentItem),
    capexItems: capex.items,
    closure: { closureCost: settings.closureCost, salvageValue: settings.salvageValue },
    economics: {
      terms: settings.terms,
      inflationPct: settings.inflationPct,
      discountRatePct: settings.discountRatePct,
      discounting: settings.discounting === "mid_period" ? "mid" : "end",
      // Left out when unset, so a scenario without them gives the engine exactly the inputs it always had.
      ...(settings.valuationDate ? { valuationDate: settings.valuationDate } : {}),
      ...(settings.periodZeroTiming ? { periodZeroTiming: settings.periodZeroTiming } : {}),
    },
    tax: {
      incomeTaxRatePct: settings.incomeTaxRatePct,
      depreciation:
        settings.depreciationMethod === "straight_line"
          ? { method: "straight_line", lifeYears: settings.depreciationLifeYears }
          : { method: "units_of_production" },
      lossCarryForward: settings.taxLossCarryForward,
    },
    workingCapital: { receivableDays: settings.receivableDays, payableDays: settings.payableDays },
    // Left out without products: the single-product model, bit for bit.
    ...(products ? { products } : {}),
  } satisfies ScenarioModelInputs);
  return validated.ok ? { ok: true, inputs: validated.inputs } : { ok: false, errors: validated.errors };
}

/** The flat metal price, or one price per production period from the scenario's deck. */
function mapPrice(source: ModelSource, settings: Complete): { value: number | number[]; issues: ValidationIssue[] } {
  if (settings.priceSource !== "deck") return { value: settings.metalPrice, issues: [] };
  const deck = deckPricesForProduction(source.priceDeck, settings, source.commodity);
  return deck.ok ? { value: deck.prices, issues: [] } : { value: settings.metalPrice, issues: deck.issues };
}

function mapProduction(rows: readonly ProductionOutput[], settings: Complete) {
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  const schedule: ScenarioModelInputs["production"] = {
    oreMinedT: [],
    wasteMinedT: [],
    oreProcessedT: [],
    headGrade: [],
    recoveryPct: [],
  };
  const issues: ValidationIssue[] = [];
  for (let index = 0; index < settings.lifeYears; index += 1) {
    const period = settings.constructionPeriods + index;
    const row = byPeriod.get(period);
    if (!row) {
      issues.push({
        path: `production.${period}`,
        rule: "production_period_missing",
        message: `no production row for period ${period} (production year ${index + 1})`,
      });
      continue;
    }
    schedule.oreMinedT.push(row.oreMinedT);
    schedule.wasteMinedT?.push(row.wasteMinedT);
    schedule.oreProcessedT.push(row.oreProcessedT);
    schedule.headGrade.push(row.headGrade);
    schedule.recoveryPct.push(row.recoveryPct);
  }
  return { schedule, issues };
}

function mapSmelter(settings: Complete): ScenarioModelInputs["smelter"] {
  const smelter: ScenarioModelInputs["smelter"] = {
    payablePct: settings.payablePct,
    refiningChargePerUnit: settings.refiningChargePerUnit ?? 0,
    premiumPerUnit: settings.premiumPerUnit ?? 0,
  };
  const concentrate = toModelConcentrate(settings);
  return concentrate ? { ...smelter, concentrate } : smelter;
}

function mapRoyalties(settings: Complete): ScenarioModelInputs["royalties"] {
  const rate = settings.royaltyRatePct ?? 0;
  return {
    nsrPct: settings.royaltyType === "nsr" ? rate : 0,
    grossRevenuePct: settings.royaltyType === "gross_revenue" ? rate : 0,
    perUnitProduced: settings.royaltyType === "per_unit" ? (settings.royaltyPerUnit ?? 0) : 0,
    minimumPerPeriod: settings.minimumRoyaltyPerPeriod ?? 0,
  };
}
