import type { EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";

/** What the server gives each tab panel of the scenario editor. */
export type ScenarioPanelData = {
  effective: EffectiveScenario;
  canEdit: boolean;
  isChild: boolean;
  /** Scenario id → name, for "inherited from {name}". */
  scenarioNames: Map<string, string>;
  parentName?: string;
};

/** The props every input table shares. */
export function tableProps(data: ScenarioPanelData) {
  const { effective, canEdit, isChild } = data;
  return { scenarioId: effective.scenario.id, version: effective.scenario.version, currency: effective.settings.currency ?? "USD", isReadOnly: !canEdit, isChild };
}
