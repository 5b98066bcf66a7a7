import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { listTargetRefChoices } from "@/lib/validation/rows/target-refs";
import type { GridRow } from "../grid/types";
import { TargetRefCell } from "./target-ref-cell";

const MILLING = "0b7a52f2-4a3c-4d53-9a71-7d3f1c2a0001";
const DELETED = "0b7a52f2-4a3c-4d53-9a71-7d3f1c2a0099";
const choices = listTargetRefChoices({ opex: [{ lineageId: MILLING, name: "Milling", category: "processing" }], capex: [], consumption: [], equipment: [] });

function row(target: string, targetRef: string | null): GridRow {
  const values = { name: "Milling cost", target };
  return { key: "r1", origin: "own", savedOrigin: "own", values, extra: { targetRef }, savedValues: values, savedExtra: { targetRef } };
}

function render(target: string, targetRef: string | null, isReadOnly = false): string {
  const props = { rowIndex: 0, columnIndex: 2, label: "Target item or category, row 1", isReadOnly, onChange: () => undefined, choices };
  return renderToStaticMarkup(<TargetRefCell {...props} row={row(target, targetRef)} />);
}

describe("TargetRefCell", () => {
  it("is a labelled select of the items by name, the id only as the option's value", () => {
    const html = render("opex_item", MILLING);
    expect(html).toContain('aria-label="Target item or category, row 1"');
    expect(html).toMatch(/<option value="0b7a52f2-4a3c-4d53-9a71-7d3f1c2a0001" selected="">Milling<\/option>/);
  });

  it("shows the name, not the id, when read only", () => {
    const html = render("opex_item", MILLING, true);
    expect(html).toContain("Milling");
    expect(html).not.toContain(MILLING);
  });

  it("warns of a deleted item, tied to the select, without printing its id", () => {
    const html = render("opex_item", DELETED);
    expect(html).toContain("Missing opex item");
    expect(html).toContain('aria-describedby="r1-target-ref-warning"');
    expect(html).toContain('aria-invalid="true"');
    expect(render("opex_item", DELETED, true)).not.toContain(DELETED);
  });

  it("offers no select for a target that takes no reference", () => {
    expect(render("price", null)).not.toContain("<select");
  });
});
