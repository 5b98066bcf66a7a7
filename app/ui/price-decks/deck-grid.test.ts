import { describe, expect, it } from "vitest";
import { gridReducer } from "@/app/ui/scenario-editor/grid/grid-state";
import { parseTsv } from "@/app/ui/scenario-editor/grid/parse-tsv";
import { readRootSettings } from "@/app/ui/scenarios/root-settings";
import { deckColumns, newDeckRow, readDeckRows, toCellErrors, toDeckRows } from "./deck-grid";

// The deck editor's grid, without a browser: two columns pasted from a spreadsheet become rows, rows become the
// API's prices (blank rows left out, bad cells named), and the API's errors land on the cells that were sent.

const columns = deckColumns("USD/lb");

describe("the price deck grid", () => {
  it("takes two columns pasted from a spreadsheet into the first Year cell, adding the rows it needs", () => {
    const pasted = parseTsv("2030\t4.50\r\n2031\t4,300.25\r\n2032\t4.1\r\n");
    const rows = gridReducer(toDeckRows([]), {
      type: "paste",
      rowIndex: 0,
      columnIndex: 0,
      cells: pasted,
      columns,
      newRow: () => newDeckRow(),
    });
    expect(rows.map((row) => row.values)).toEqual([
      { year: "2030", price: "4.50" },
      { year: "2031", price: "4,300.25" },
      { year: "2032", price: "4.1" },
    ]);
    expect(readDeckRows(rows, "USD/lb")).toMatchObject({
      ok: true,
      prices: [
        { year: 2030, price: 4.5 },
        { year: 2031, price: 4300.25 },
        { year: 2032, price: 4.1 },
      ],
    });
  });

  it("leaves blank rows out and names each cell to fix, with the unit", () => {
    const rows = [
      ...toDeckRows([{ year: 2030, price: 4 }]),
      newDeckRow(),
      { ...newDeckRow(), values: { year: "20x1", price: "-1" } },
    ];
    const read = readDeckRows(rows, "USD/lb");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect([...read.errors.values()].map((cells) => Object.fromEntries(cells))).toEqual([
      { year: "Enter the calendar year, e.g. 2030", price: "Price must be 0 or more, in USD/lb" },
    ]);
  });

  it("puts the API's prices.<index>.<field> errors on the rows that were sent", () => {
    const rows = toDeckRows([
      { year: 2030, price: 4 },
      { year: 2031, price: 3.9 },
    ]);
    const read = readDeckRows(rows, "USD/lb");
    if (!read.ok) throw new Error("rows should read");
    const errors = toCellErrors(
      { "prices.1.year": ["Year 2031 is given more than once: give each year one price"], name: ["x"] },
      read.rowKeys,
    );
    expect(errors.get(rows[1]?.key ?? "")?.get("year")).toBe(
      "Year 2031 is given more than once: give each year one price",
    );
    expect(errors.size).toBe(1);
  });

  it("shows years without thousands separators", () => {
    expect(columns[0]).toMatchObject({ key: "year", isUngrouped: true });
    expect(columns[1]?.label).toBe("Price (USD/lb)");
  });
});

describe("a new root scenario's price source", () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) data.set(key, value);
    return data;
  };

  it("sends no deck for the flat price, and asks for one for a deck", () => {
    expect(
      readRootSettings(form({ priceSource: "flat", priceDeckId: "some-id" })).values.priceDeckId,
    ).toBeNull();
    expect(readRootSettings(form({ priceSource: "deck", priceDeckId: "" })).fieldErrors.priceDeckId).toEqual([
      "Choose the price deck, or the flat price source",
    ]);
    expect(readRootSettings(form({ priceSource: "deck", priceDeckId: "d0c1" })).values).toMatchObject({
      priceSource: "deck",
      priceDeckId: "d0c1",
    });
  });
});

describe("the price deck grid under a decimal comma", () => {
  it("shows stored prices with a comma and reads them back exactly, pasted cells included", () => {
    const rows = toDeckRows([{ year: 2030, price: 4.25 }, { year: 2031, price: 1234.5 }], ",");
    expect(rows.map((row) => row.values)).toEqual([{ year: "2030", price: "4,25" }, { year: "2031", price: "1234,5" }]);
    const pasted = gridReducer(rows, { type: "paste", rowIndex: 2, columnIndex: 0, cells: parseTsv("2032\t1.000,75\n"), columns, newRow: () => newDeckRow() });
    expect(readDeckRows(pasted, "USD/lb", ",")).toMatchObject({ ok: true, prices: [{ year: 2030, price: 4.25 }, { year: 2031, price: 1234.5 }, { year: 2032, price: 1000.75 }] });
  });

  it("refuses 1,2,3 beside the cell with the parser's message", () => {
    const read = readDeckRows([{ ...newDeckRow(), values: { year: "2030", price: "1,2,3" } }], "USD/lb", ",");
    expect(read.ok).toBe(false);
    if (!read.ok) expect([...read.errors.values()][0]?.get("price")).toContain('"1,2,3" is not a number in your format (a decimal comma)');
  });
});
