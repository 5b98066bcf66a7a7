// The types the scenario screens are drawn from, for components (app/ui imports types from services only).
export type { CapexItem, ConsumptionItem, Equipment, OpexItem, ProcessParameter, ProductionOutput, Scenario } from "@/db/schema";
export type { ScenarioSettingKey, ScenarioSettings, SettingSource, ValueOrigin } from "@/db/queries/scenario-inheritance";
export type { ScenarioHeader, ScenarioListItem } from "@/db/queries/scenarios";
