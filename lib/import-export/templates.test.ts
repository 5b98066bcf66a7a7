import { describe, expect, it } from "vitest";
import { IMPORT_KINDS } from "./columns";
import { readUpload } from "./read-upload";
import { templateCsv, templateWorkbook } from "./templates";
import { csvUpload, TEST_LIMITS } from "@/tests/support/import-fixtures";
import { readCentralDirectory } from "./zip-inspect";

describe("every template", () => {
  it.each(IMPORT_KINDS)("%s.csv parses and its example row passes the row API's rules", async (kind) => {
    const read = await readUpload(csvUpload(`${kind}.csv`, `\uFEFF${templateCsv(kind)}`), { kind, limits: TEST_LIMITS });
    expect(read.problems.items).toEqual([]);
    expect(read.sheets[0]?.rows).toHaveLength(1);
  });

  it("scenario.xlsx has a valid sheet per kind and a documentation sheet the import ignores", async () => {
    const read = await readUpload({ name: "scenario.xlsx", bytes: await templateWorkbook() }, { limits: TEST_LIMITS });
    expect(read.problems.items).toEqual([]);
    expect(read.sheets.map((sheet) => sheet.kind)).toEqual([...IMPORT_KINDS]);
  });
});

describe("header and value rules", () => {
  it("matches headers case-insensitively, ignores extra columns and reports a missing required column at row 1", async () => {
    const read = await readUpload(csvUpload("p.csv", "PERIOD,Ore_Mined_T,note\n1,5,x\n"), { kind: "production", limits: TEST_LIMITS });
    expect(read.problems.items.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, "waste_mined_t", "missing_column"],
      [1, "ore_processed_t", "missing_column"],
      [1, "head_grade", "missing_column"],
      [1, "recovery_pct", "missing_column"],
    ]);
  });

  it("refuses a non-ISO date and a comma decimal, naming the rule", async () => {
    const text = "equipment_name,performed_on,type,downtime_h,currency\nTruck,14/03/2026,preventive,\"1,5\",USD\n";
    const read = await readUpload(csvUpload("m.csv", text), { kind: "maintenance", limits: TEST_LIMITS });
    expect(read.problems.items.map((p) => [p.column, p.code])).toEqual([
      ["performed_on", "date"],
      ["downtime_h", "number"],
    ]);
  });

  it("refuses more rows than the limit, and a zip whose directory declares too much", async () => {
    const rows = Array.from({ length: 11 }, (_, i) => `${i},1,1,1,1,50`).join("\n");
    const header = "period,ore_mined_t,waste_mined_t,ore_processed_t,head_grade,recovery_pct";
    await expect(readUpload(csvUpload("p.csv", `${header}\n${rows}\n`), { kind: "production", limits: { ...TEST_LIMITS, maxRows: 10 } })).rejects.toThrow(/more than 10 rows/);
    const workbook = await templateWorkbook();
    expect(() => readCentralDirectory(workbook, { ...TEST_LIMITS, maxZipEntries: 4 })).toThrow(/at most 4/);
    await expect(readUpload({ name: "t.xlsx", bytes: workbook }, { limits: { ...TEST_LIMITS, maxUnzippedBytes: 2048 } })).rejects.toThrow(/unpack/);
  });
});
