import type { EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import type { PriceMismatch } from "@/lib/scenarios/price-distribution-check";

/** What the server gives each tab panel of the scenario editor. */
export type ScenarioPanelData = {
  effective: EffectiveScenario;
  canEdit: boolean;
  isChild: boolean;
  /** Scenario id → name, for "inherited from {name}". */
  scenarioNames: Map<string, string>;
  parentName?: string;
  /**
   * Absolute price distributions set for another price than the scenario's (the page computes them with
   * findScenarioPriceMismatches(effective): components take props, never call services).
   */
  priceMismatches?: readonly PriceMismatch[];
};

/** A price deck a scenario may choose (the page lists the organisation's decks for the General tab). */
export type PriceDeckOption = { id: string; name: string; commodity: string; priceUnit: string; currency: string };

/** The props every input table shares. */
export function tableProps(data: ScenarioPanelData) {
  const { effective, canEdit, isChild } = data;
  return { scenarioId: effective.scenario.id, version: effective.scenario.version, currency: effective.settings.currency ?? "USD", isReadOnly: !canEdit, isChild };
}
