import type { DbOrTx } from "@/db";
import { resolveRows, type ScenarioChain } from "@/db/queries/scenario-inheritance";
import { AppError, type FieldErrors } from "@/lib/errors";
import { isTargetRefMissing, listTargetRefChoices, targetRefKindOf, type TargetRefChoices } from "@/lib/validation/rows/target-refs";

// A parameter may only refer to what the scenario effectively has (an opex or capex item of its own or inherited,
// a category or resource type some item uses): anything else matches no line of the model and the engine would
// refuse every run of the scenario. Checked in the write's transaction, against the rows as they are then.

/** A parameter about to be written, with the field-error key its reference is reported under. */
export type TargetedParameter = { fields: { target?: unknown; targetRef?: unknown }; errorKey: string };

/** The scenario's effective items, as reference choices (lib/validation/rows/target-refs.ts). */
export async function loadTargetRefChoices(db: DbOrTx, chain: ScenarioChain): Promise<TargetRefChoices> {
  const [opex, capex, consumption, equipment] = await Promise.all([
    resolveRows(db, { chain, entity: "opex" }),
    resolveRows(db, { chain, entity: "capex" }),
    resolveRows(db, { chain, entity: "consumption" }),
    resolveRows(db, { chain, entity: "equipment" }),
  ]);
  const rowsOf = <R>(entries: readonly { row: R }[]) => entries.map((entry) => entry.row);
  return listTargetRefChoices({ opex: rowsOf(opex), capex: rowsOf(capex), consumption: rowsOf(consumption), equipment: rowsOf(equipment) });
}

/**
 * Refuses references to items the scenario does not have (reads its items only when some parameter has one).
 * @throws AppError TARGET_REF_NOT_FOUND (422), each offending row's reference named in fieldErrors
 */
export async function assertTargetRefsExist(db: DbOrTx, chain: ScenarioChain, parameters: readonly TargetedParameter[]): Promise<void> {
  const referring = parameters.filter(({ fields }) => typeof fields.targetRef === "string" && targetRefKindOf(String(fields.target)) !== null);
  if (referring.length === 0) return;
  const choices = await loadTargetRefChoices(db, chain);
  const fieldErrors: FieldErrors = {};
  for (const { fields, errorKey } of referring) {
    const target = String(fields.target);
    if (isTargetRefMissing(target, fields.targetRef as string, choices)) fieldErrors[errorKey] = [missingMessage(target)];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("TARGET_REF_NOT_FOUND", "A parameter refers to an item this scenario does not have", { status: 422, fieldErrors });
  }
}

function missingMessage(target: string): string {
  const kind = targetRefKindOf(target);
  if (kind === "opex_item_id") return "No such opex item in this scenario (deleted?): choose another";
  if (kind === "capex_item_id") return "No such capex item in this scenario (deleted?): choose another";
  if (kind === "resource_type") return "No consumption item of this resource type in this scenario";
  return `No ${kind === "opex_category" ? "opex" : "capex"} item of this category in this scenario`;
}
