import type { Tx } from "@/db";
import { parentChainOf } from "@/db/queries/rows/row-state";
import { resolveSettings, type ScenarioChain, type ScenarioSettings } from "@/db/queries/scenario-inheritance";
import { setScenarioSettings } from "@/db/queries/scenario-writes";
import { ownSettings, rootSettingsErrors } from "@/lib/scenarios/settings-rules";
import type { SettingKey, SettingValue } from "./kinds/settings";
import type { ProblemList } from "./table";
import type { ValidatedSheet, ValidRow } from "./validate";

// What the settings sheet does to the scenario: each setting listed gets the sheet's value as its EFFECTIVE
// value; an empty value is null (a child inherits the parent's again, a root has it not set). Settings not listed
// are untouched. A setting whose effective value would not change is not written ("unchanged"; re-importing a
// child's own export keeps it following its parent); in a child, a value equal to the parent's is stored as null
// (inherit), the rows' rule for a row equal to the parent's. A root must stay complete: what it would lack is a
// problem at the setting's row (or the sheet's, for a setting the sheet does not list).

export type SettingsPlan = {
  sheet: ValidatedSheet;
  /** The scenario's own columns to write: a value, or null = inherit / not set. */
  changes: Partial<ScenarioSettings>;
  updated: number;
  unchanged: number;
};

/** Exact equality: a value written bit for bit is the same value (the round trip's promise). */
function isSameSetting(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

function settingOf(row: ValidRow): { key: SettingKey; value: SettingValue } {
  return { key: row.fields.setting as SettingKey, value: (row.fields.value ?? null) as SettingValue };
}

/** Plans the sheet's settings against the chain's scenario; a root's missing settings go to the problems. */
export function planSettings(chain: ScenarioChain, sheet: ValidatedSheet, problems: ProblemList): SettingsPlan {
  const current = resolveSettings(chain).settings as Record<SettingKey, unknown>;
  const parentChain = parentChainOf(chain);
  const inherited = parentChain ? (resolveSettings(parentChain).settings as Record<SettingKey, unknown>) : undefined;
  const changes: Partial<Record<SettingKey, SettingValue>> = {};
  let unchanged = 0;
  for (const row of sheet.rows) {
    const { key, value } = settingOf(row);
    const effective = value ?? inherited?.[key] ?? null;
    if (isSameSetting(effective, current[key])) unchanged += 1;
    else changes[key] = inherited && isSameSetting(value, inherited[key]) ? null : value;
  }
  if (!parentChain) reportIncompleteRoot(chain, sheet, changes, problems);
  return { sheet, changes: changes as Partial<ScenarioSettings>, updated: Object.keys(changes).length, unchanged };
}

function reportIncompleteRoot(
  chain: ScenarioChain,
  sheet: ValidatedSheet,
  changes: Partial<Record<SettingKey, SettingValue>>,
  problems: ProblemList,
): void {
  const errors = rootSettingsErrors({ ...ownSettings(chain.scenario), ...(changes as Partial<ScenarioSettings>) });
  const rowOf = new Map(sheet.rows.map((row) => [settingOf(row).key, row.rowNumber]));
  for (const [key, messages] of Object.entries(errors)) {
    const rowNumber = rowOf.get(key as SettingKey);
    const rule = `${key} ${(messages ?? []).join("; ")}`;
    const at = rowNumber === undefined ? { row: 0, column: "" } : { row: rowNumber, column: "value" };
    problems.add({ sheet: sheet.sheet, ...at, value: null, code: "required", rule });
  }
}

/** Writes the planned settings to the scenario row (its version is bumped by the commit). */
export async function writeSettings(tx: Tx, plan: SettingsPlan, scenarioId: string): Promise<void> {
  if (plan.updated > 0) await setScenarioSettings(tx, { scenarioId, settings: plan.changes });
}
