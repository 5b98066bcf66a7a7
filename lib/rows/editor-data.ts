import { getDb } from "@/db";
import type { ConsumptionActual, MaintenanceLog } from "@/db/schema";
import { getScenarioChainOrThrow } from "@/lib/scenarios";
import { loadEffectiveScenarioFromChain, type EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { listActuals } from "./consumption-actuals";
import { listMaintenance } from "./maintenance";
import type { RowScope } from "./list-rows";

// What the scenario editor's pages read, after the page's access guard (lib/access/page.ts) named the owner.

export type { ConsumptionActual, MaintenanceLog };

export type ScenarioEditorData = {
  effective: EffectiveScenario;
  /** Scenario id → name along the chain, for "inherited from {name}". */
  scenarioNames: Map<string, string>;
};

/**
 * The effective scenario with its rows, and the names of the scenarios values are inherited from.
 * @throws AppError NOT_FOUND when the scenario is gone
 */
export async function loadScenarioEditor(scope: RowScope): Promise<ScenarioEditorData> {
  const chain = await getScenarioChainOrThrow(scope);
  const effective = await loadEffectiveScenarioFromChain(await getDb(), chain);
  return { effective, scenarioNames: new Map(chain.scenarios.map((scenario) => [scenario.id, scenario.name])) };
}

/** Logs shown per page of the editor's maintenance log. */
export const MAINTENANCE_PAGE_SIZE = 10;

export type EquipmentLine = { id: string; name: string };

/** The editor's maintenance log: the chosen fleet line (the first by default) and one page of its logs, newest first. */
export type MaintenancePanelData = {
  selected?: EquipmentLine;
  logs: MaintenanceLog[];
  total: number;
  page: number;
  pageSize: number;
};

/** The maintenance log of one of the scenario's fleet lines (`equipment`: the effective fleet, by row id). */
export async function loadMaintenancePanel(
  { organisationId }: { organisationId: string },
  { equipment, equipmentId, page }: { equipment: readonly EquipmentLine[]; equipmentId?: string; page: number },
): Promise<MaintenancePanelData> {
  const selected = equipment.find((line) => line.id === equipmentId) ?? equipment[0];
  const pageSize = MAINTENANCE_PAGE_SIZE;
  if (!selected) return { logs: [], total: 0, page, pageSize };
  const { logs, total } = await listMaintenance({ organisationId, equipmentId: selected.id }, { order: "desc", page, pageSize });
  return { selected, logs, total, page, pageSize };
}

/** Actuals shown per page of the editor's consumption actuals. */
export const CONSUMPTION_ACTUALS_PAGE_SIZE = 10;

/** A consumption item as the actuals log names it: its lineage id (URLs), name and unit of quantity. */
export type ConsumptionItemChoice = { lineageId: string; name: string; unit: string };

export type ConsumptionActualsPanelData = {
  selected?: ConsumptionItemChoice;
  actuals: ConsumptionActual[];
  total: number;
  page: number;
  pageSize: number;
};

/** The consumption actuals of one of the scenario's items (the first by default), one page, newest period first. */
export async function loadConsumptionActualsPanel(
  { organisationId, scenarioId }: { organisationId: string; scenarioId: string },
  { items, itemId, page }: { items: readonly ConsumptionItemChoice[]; itemId?: string; page: number },
): Promise<ConsumptionActualsPanelData> {
  const selected = items.find((item) => item.lineageId === itemId) ?? items[0];
  const pageSize = CONSUMPTION_ACTUALS_PAGE_SIZE;
  if (!selected) return { actuals: [], total: 0, page, pageSize };
  const { actuals, total } = await listActuals({ organisationId, scenarioId, itemId: selected.lineageId }, { order: "desc", page, pageSize });
  return { selected, actuals, total, page, pageSize };
}
