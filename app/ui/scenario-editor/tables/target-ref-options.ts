import { formatEnumLabel } from "@/app/ui/format";
import { findTargetRefChoice, targetRefKindOf, type TargetRefChoices, type TargetRefKind } from "@/lib/validation/rows/target-refs";
import type { GridOption } from "../grid/types";

// A parameter's reference in words: the options of its select (items by name, categories by label) and what a
// stored reference reads as. The stored value stays what the API takes (an item's lineage id, a category); a
// person never sees an id, and a reference to an item the scenario no longer has reads as missing.

/** What each kind of reference names, for "Choose an opex item…" and the missing-item warning. */
export const TARGET_REF_NOUNS: Record<TargetRefKind, string> = {
  opex_item_id: "opex item",
  opex_category: "opex category",
  resource_type: "resource type",
  capex_item_id: "capex item",
  capex_category: "capex category",
};

/**
 * The options for one kind of reference, in the scenario's order. Items show their names; two items with the same
 * name are told apart by their position among them ("Diesel (2)"), so every option reads differently.
 */
export function toTargetRefOptions(kind: TargetRefKind, choices: TargetRefChoices): GridOption[] {
  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const { name } of choices[kind]) if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  return choices[kind].map(({ value, name }) => {
    if (name === undefined) return { value, label: formatEnumLabel(value) };
    const label = name.trim() === "" ? "(unnamed)" : name;
    const position = (seen.get(name) ?? 0) + 1;
    seen.set(name, position);
    return { value, label: (counts.get(name) ?? 0) > 1 ? `${label} (${position})` : label };
  });
}

/** A stored reference as it reads: none taken, not chosen yet, the item's name, or a missing item. */
export type TargetRefDisplay =
  | { state: "none"; hasStaleRef: boolean }
  | { state: "unset"; kind: TargetRefKind }
  | { state: "found"; kind: TargetRefKind; value: string; label: string }
  | { state: "missing"; kind: TargetRefKind; label: string };

/**
 * What a parameter's reference shows. `hasStaleRef`: a reference kept from another target (pasted rows), which
 * the API refuses until it is cleared.
 * @example describeTargetRef("opex_item", "9f0c…", choices) // { state: "found", label: "Milling", … } or { state: "missing", label: "Missing opex item", … }
 */
export function describeTargetRef(target: string, ref: string | null, choices: TargetRefChoices): TargetRefDisplay {
  const kind = targetRefKindOf(target);
  if (!kind) return { state: "none", hasStaleRef: ref !== null && ref !== "" };
  if (ref === null || ref === "") return { state: "unset", kind };
  const choice = findTargetRefChoice(target, ref, choices);
  if (!choice) return { state: "missing", kind, label: missingLabel(kind, ref) };
  const option = toTargetRefOptions(kind, choices).find(({ value }) => value === choice.value);
  return { state: "found", kind, value: choice.value, label: option?.label ?? choice.value };
}

/** Never the raw id: a missing item is just missing; a category keeps its (readable) name. */
function missingLabel(kind: TargetRefKind, ref: string): string {
  if (kind === "opex_item_id" || kind === "capex_item_id") return `Missing ${TARGET_REF_NOUNS[kind]}`;
  return `Missing: ${formatEnumLabel(ref)} (no item uses it)`;
}

/** The sentence beside a missing reference, for screen readers and sighted users alike. */
export function describeMissingTargetRef(kind: TargetRefKind): string {
  const noun = TARGET_REF_NOUNS[kind];
  return kind === "opex_item_id" || kind === "capex_item_id"
    ? `The ${noun} this parameter refers to is no longer in this scenario (deleted). Choose another ${noun}.`
    : `No item of this scenario uses this ${noun} any more. Choose another ${noun}.`;
}
