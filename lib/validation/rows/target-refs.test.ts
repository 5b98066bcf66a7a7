import { describe, expect, it } from "vitest";
import { findTargetRefChoice, isTargetRefMissing, listTargetRefChoices, targetRefKindOf } from "./target-refs";

const MILLING = "0b7a52f2-4a3c-4d53-9a71-7d3f1c2a0001";
const HAULAGE = "0b7a52f2-4a3c-4d53-9a71-7d3f1c2a0002";
const MILL = "0b7a52f2-4a3c-4d53-9a71-7d3f1c2a0003";

const SOURCE = {
  opex: [
    { lineageId: MILLING, name: "Milling", category: "processing" },
    { lineageId: HAULAGE, name: "Haulage", category: "mining" },
  ],
  capex: [{ lineageId: MILL, name: "SAG mill", category: "infrastructure" }],
  consumption: [{ resourceType: "power" }, { resourceType: "power" }, { resourceType: "reagent" }],
  equipment: [],
};

describe("listTargetRefChoices", () => {
  it("lists items by lineage id with their names, and the categories and resource types the items use, once each", () => {
    const choices = listTargetRefChoices(SOURCE);
    expect(choices.opex_item_id).toEqual([
      { value: MILLING, name: "Milling" },
      { value: HAULAGE, name: "Haulage" },
    ]);
    expect(choices.opex_category).toEqual([{ value: "processing" }, { value: "mining" }]);
    expect(choices.resource_type).toEqual([{ value: "power" }, { value: "reagent" }]);
    expect(choices.capex_item_id).toEqual([{ value: MILL, name: "SAG mill" }]);
    expect(choices.capex_category).toEqual([{ value: "infrastructure" }]);
  });

  it("counts the fleet's purchases as the equipment capex category", () => {
    const choices = listTargetRefChoices({ ...SOURCE, equipment: [{}] });
    expect(choices.capex_category).toEqual([{ value: "infrastructure" }, { value: "equipment" }]);
  });
});

describe("target references", () => {
  const choices = listTargetRefChoices(SOURCE);

  it("knows which targets take which kind of reference", () => {
    expect(targetRefKindOf("opex_item")).toBe("opex_item_id");
    expect(targetRefKindOf("consumption_price")).toBe("resource_type");
    expect(targetRefKindOf("price")).toBeNull();
    expect(targetRefKindOf("not_a_target")).toBeNull();
  });

  it("finds an item by its id whatever its case, a category only as spelled", () => {
    expect(findTargetRefChoice("opex_item", MILLING.toUpperCase(), choices)?.name).toBe("Milling");
    expect(findTargetRefChoice("opex_category", "mining", choices)).toEqual({ value: "mining" });
    expect(findTargetRefChoice("opex_category", "Mining", choices)).toBeUndefined();
  });

  it("calls a reference missing only when the target takes one and nothing of that kind matches", () => {
    expect(isTargetRefMissing("opex_item", MILL, choices)).toBe(true);
    expect(isTargetRefMissing("capex_item", MILL, choices)).toBe(false);
    expect(isTargetRefMissing("opex_category", "transport", choices)).toBe(true);
    expect(isTargetRefMissing("opex_item", null, choices)).toBe(false);
    expect(isTargetRefMissing("price", "anything", choices)).toBe(false);
  });
});
