import { getDb } from "@/db";
import type { MaintenanceLog } from "@/db/schema";
import { getScenarioChainOrThrow } from "@/lib/scenarios";
import { loadEffectiveScenarioFromChain, type EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { listMaintenance } from "./maintenance";
import type { RowScope } from "./list-rows";

// What the scenario editor's pages read, after the page's access guard (lib/access/page.ts) named the owner.

export type { MaintenanceLog };

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
