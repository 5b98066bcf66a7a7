import { toMonteCarloVariables } from "@/lib/simulations/variables";
import { deckPricesForProduction } from "./deck-prices";
import type { EffectiveScenario } from "./load-effective-scenario";
import { findPriceMismatches, type PriceMismatch } from "./price-distribution-check";

/** "USD/lb": the price currency (the scenario currency when unset, as the engine reads it) per price unit. */
export function scenarioPriceLabel(settings: EffectiveScenario["settings"], projectCurrency: string): string {
  const currency = settings.priceCurrency ?? settings.currency ?? projectCurrency;
  return settings.metalPriceUnit ? `${currency}/${settings.metalPriceUnit}` : currency;
}

/**
 * The scenario's metal price as one number, price currency per price unit: the flat price, or for a scenario on a
 * price deck the plain average of the deck's prices over the production years (as a run's per-period prices are
 * summarised, lib/simulations/present.ts). Null when it has none (a deck that cannot price the scenario).
 */
export function averageScenarioPrice(effective: Pick<EffectiveScenario, "settings" | "priceDeck" | "project">): number | null {
  const { settings } = effective;
  if (settings.priceSource !== "deck") return settings.metalPrice;
  const { startYear, constructionPeriods, lifeYears } = settings;
  if (startYear === null || constructionPeriods === null || lifeYears === null) return null;
  const deck = deckPricesForProduction(effective.priceDeck, { ...settings, startYear, constructionPeriods, lifeYears }, effective.project.primaryCommodity);
  if (!deck.ok || deck.prices.length === 0) return null;
  return deck.prices.reduce((sum, price) => sum + price, 0) / deck.prices.length;
}

/**
 * The absolute price variables of an effective scenario (its own and inherited parameters, as a run would use them)
 * whose central value no longer matches the scenario's effective metal price.
 */
export function findScenarioPriceMismatches(effective: EffectiveScenario): PriceMismatch[] {
  return findPriceMismatches({
    scenarioPrice: averageScenarioPrice(effective),
    priceLabel: scenarioPriceLabel(effective.settings, effective.project.currency),
    variables: toMonteCarloVariables(effective.rows.parameter.map((entry) => entry.row)),
  });
}
