import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { checkActualEdit, ConsumptionActualEditForm } from "./consumption-actual-edit-form";
import { ConsumptionActualRow } from "./consumption-actual-row";

// Issue #14: a consumption actual is edited and deleted from its row, by editors only, with buttons a screen
// reader can tell apart (they name the item and the period), and a broken value named at its field.

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const actual = { id: "00000000-0000-4000-8000-0000000000a1", periodStart: "2026-03-01", quantity: 820_000, unitCost: 0.16, currency: "USD", notes: null };
const row = (canEdit: boolean) =>
  renderToStaticMarkup(
    <table>
      <tbody>
        <ConsumptionActualRow actual={actual} itemName="Lime" unit="kg" canEdit={canEdit} columnCount={canEdit ? 5 : 4} afterDeleteFocusId="actuals-title" />
      </tbody>
    </table>,
  );

describe("a consumption actual's row", () => {
  it("gives editors Edit and Delete buttons whose names say which item and period they act on", () => {
    const html = row(true);
    expect(html).toMatch(/<button[^>]*aria-label="Edit consumption of Lime, period starting 1 Mar 2026"[^>]*>Edit<\/button>/);
    expect(html).toMatch(/<button[^>]*aria-label="Delete consumption of Lime, period starting 1 Mar 2026"[^>]*>Delete<\/button>/);
    expect(html).toContain('role="status"');
  });

  it("shows viewers and analysts the values only", () => {
    const html = row(false);
    expect(html).not.toContain("<button");
    expect(html.match(/<td/g)).toHaveLength(4);
  });
});

describe("editing an actual", () => {
  it("starts from the actual's values, every field labelled with its unit", () => {
    const html = renderToStaticMarkup(<ConsumptionActualEditForm actual={actual} rowName="consumption of Lime" unit="kg" onSaved={() => undefined} onCancel={() => undefined} />);
    expect(html).toContain("Edit consumption of Lime");
    expect(html).toMatch(/<label[^>]*>Quantity \(kg\)/);
    expect(html).toMatch(/<label[^>]*>Unit cost \(USD\/kg\)/);
    expect(html).toContain('value="2026-03-01"');
    expect(html).toContain('value="820000"');
    expect(html).toContain(">Save changes<");
    expect(html).toContain(">Cancel<");
  });

  it("names a blank, negative or non-date value at its field before anything is sent", () => {
    expect(checkActualEdit({ periodStart: "2026-03-01", quantity: 5, unitCost: 0.2, notes: null })).toEqual({});
    const errors = checkActualEdit({ periodStart: "2026-13-01", quantity: undefined, unitCost: -1, notes: null });
    expect(Object.keys(errors).sort()).toEqual(["periodStart", "quantity", "unitCost"]);
    expect(checkActualEdit({ periodStart: "2026-03-01", quantity: Number.NaN, unitCost: 1, notes: null }).quantity).toHaveLength(1);
  });
});
