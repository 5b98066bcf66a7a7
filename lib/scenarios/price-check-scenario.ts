import { toMonteCarloVariables } from "@/lib/simulations/variables";
import type { EffectiveScenario } from "./load-effective-scenario";
import { findPriceMismatches, type PriceMismatch } from "./price-distribution-check";

/** "USD/lb": the price currency (the scenario currency when unset, as the engine reads it) per price unit. */
export function scenarioPriceLabel(settings: EffectiveScenario["settings"], projectCurrency: string): string {
  const currency = settings.priceCurrency ?? settings.currency ?? projectCurrency;
  return settings.metalPriceUnit ? `${currency}/${settings.metalPriceUnit}` : currency;
}

/**
 * The absolute price variables of an effective scenario (its own and inherited parameters, as a run would use them)
 * whose central value no longer matches the scenario's effective metal price.
 */
export function findScenarioPriceMismatches(effective: EffectiveScenario): PriceMismatch[] {
  const { settings } = effective;
  return findPriceMismatches({
    scenarioPrice: settings.metalPrice,
    priceLabel: scenarioPriceLabel(settings, effective.project.currency),
    variables: toMonteCarloVariables(effective.rows.parameter.map((entry) => entry.row)),
  });
}
