import { describe, expect, it } from "vitest";
import { listTargetRefChoices } from "@/lib/validation/rows/target-refs";
import { describeMissingTargetRef, describeTargetRef, toTargetRefOptions } from "./target-ref-options";

const MILLING = "0b7a52f2-4a3c-4d53-9a71-7d3f1c2a0001";
const DIESEL_PIT = "0b7a52f2-4a3c-4d53-9a71-7d3f1c2a0002";
const DIESEL_PLANT = "0b7a52f2-4a3c-4d53-9a71-7d3f1c2a0003";
const DELETED = "0b7a52f2-4a3c-4d53-9a71-7d3f1c2a0099";

const choices = listTargetRefChoices({
  opex: [
    { lineageId: MILLING, name: "Milling", category: "processing" },
    { lineageId: DIESEL_PIT, name: "Diesel", category: "mining" },
    { lineageId: DIESEL_PLANT, name: "Diesel", category: "g_and_a" },
  ],
  capex: [],
  consumption: [{ resourceType: "grinding_media" }],
  equipment: [],
});

describe("toTargetRefOptions", () => {
  it("labels items by name, telling same-named items apart, and keeps their ids as values", () => {
    expect(toTargetRefOptions("opex_item_id", choices)).toEqual([
      { value: MILLING, label: "Milling" },
      { value: DIESEL_PIT, label: "Diesel (1)" },
      { value: DIESEL_PLANT, label: "Diesel (2)" },
    ]);
  });

  it("labels categories and resource types in words", () => {
    expect(toTargetRefOptions("opex_category", choices).map((option) => option.label)).toEqual(["Processing", "Mining", "G&A"]);
    expect(toTargetRefOptions("resource_type", choices)).toEqual([{ value: "grinding_media", label: "Grinding media" }]);
  });

  it("offers nothing for a kind the scenario has none of", () => {
    expect(toTargetRefOptions("capex_item_id", choices)).toEqual([]);
  });
});

describe("describeTargetRef", () => {
  it("shows an existing item's name, never its id (whatever the id's case)", () => {
    expect(describeTargetRef("opex_item", DIESEL_PLANT.toUpperCase(), choices)).toEqual({ state: "found", kind: "opex_item_id", value: DIESEL_PLANT, label: "Diesel (2)" });
  });

  it("marks a deleted item as missing without printing its id", () => {
    const display = describeTargetRef("opex_item", DELETED, choices);
    expect(display).toEqual({ state: "missing", kind: "opex_item_id", label: "Missing opex item" });
    expect(JSON.stringify(display)).not.toContain(DELETED);
    expect(describeMissingTargetRef("opex_item_id")).toMatch(/no longer in this scenario/);
  });

  it("marks a category no item uses any more as missing, by its name", () => {
    expect(describeTargetRef("opex_category", "transport", choices)).toEqual({ state: "missing", kind: "opex_category", label: "Missing: Transport (no item uses it)" });
  });

  it("tells a reference still to choose from a target that takes none (and a stale one to clear)", () => {
    expect(describeTargetRef("capex_item", null, choices)).toEqual({ state: "unset", kind: "capex_item_id" });
    expect(describeTargetRef("price", null, choices)).toEqual({ state: "none", hasStaleRef: false });
    expect(describeTargetRef("price", MILLING, choices)).toEqual({ state: "none", hasStaleRef: true });
  });
});
