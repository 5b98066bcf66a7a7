import { TARGET_INFO, type ModelTarget, type TargetInfo } from "@/lib/engine/model";

// What a parameter's item or category target can refer to in one scenario: its effective opex and capex items
// (by LINEAGE id, the id the engine's items carry), and the opex categories, resource types and capex categories
// those items (and the fleet, whose purchases are "equipment" capex) actually use. A reference to anything else
// matches no line of the model, which the engine refuses at run time; the rows service refuses it when saved and
// the editor offers only these. Shared by both: pure, no database.

export type TargetRefKind = NonNullable<TargetInfo["ref"]>;

/** One thing a reference can name: the stored value and the item's name (absent for a category or resource type). */
export type TargetRefChoice = { value: string; name?: string };

export type TargetRefChoices = Record<TargetRefKind, readonly TargetRefChoice[]>;

/** The effective rows the choices come from (only the fields they need). */
export type TargetRefSource = {
  opex: readonly { lineageId: string; name: string; category: string }[];
  capex: readonly { lineageId: string; name: string; category: string }[];
  consumption: readonly { resourceType: string }[];
  equipment: readonly unknown[];
};

/** The distinct values, in first-seen order. */
function distinct(values: readonly string[]): TargetRefChoice[] {
  return [...new Set(values)].map((value) => ({ value }));
}

/**
 * Everything the scenario's parameters may refer to, by kind of reference.
 * @example listTargetRefChoices({ opex: [{ lineageId: "…", name: "Milling", category: "processing" }], capex: [], consumption: [], equipment: [] }).opex_category // [{ value: "processing" }]
 */
export function listTargetRefChoices(source: TargetRefSource): TargetRefChoices {
  const capexCategories = source.capex.map((item) => item.category);
  return {
    opex_item_id: source.opex.map((item) => ({ value: item.lineageId, name: item.name })),
    opex_category: distinct(source.opex.map((item) => item.category)),
    resource_type: distinct(source.consumption.map((item) => item.resourceType)),
    capex_item_id: source.capex.map((item) => ({ value: item.lineageId, name: item.name })),
    capex_category: distinct(source.equipment.length > 0 ? [...capexCategories, "equipment"] : capexCategories),
  };
}

/** What kind of reference a target takes, or null when it takes none. */
export function targetRefKindOf(target: string): TargetRefKind | null {
  return (TARGET_INFO as Record<string, TargetInfo | undefined>)[target]?.ref ?? null;
}

/** The choice a stored reference names, or undefined when the target takes none or its item is gone. */
export function findTargetRefChoice(target: ModelTarget | string, ref: string | null | undefined, choices: TargetRefChoices): TargetRefChoice | undefined {
  const kind = targetRefKindOf(target);
  if (!kind || ref == null) return undefined;
  // Item ids are uuids, compared without case (as the API reads lineage ids); categories are exact.
  const isItem = kind === "opex_item_id" || kind === "capex_item_id";
  return choices[kind].find((choice) => (isItem ? choice.value.toLowerCase() === ref.toLowerCase() : choice.value === ref));
}

/** True when a target that takes a reference has one that names nothing the scenario has. */
export function isTargetRefMissing(target: ModelTarget | string, ref: string | null | undefined, choices: TargetRefChoices): boolean {
  return targetRefKindOf(target) !== null && ref != null && findTargetRefChoice(target, ref, choices) === undefined;
}
