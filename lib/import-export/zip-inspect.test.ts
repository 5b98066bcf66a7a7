import { describe, expect, it } from "vitest";
import { importLimits } from "./limits";
import { PRODUCTION_SHEET, zipBombWorkbook } from "./upload-worker-fixtures";
import { countInflatedBytes, inspectZipDirectory } from "./zip-inspect";

const MB = 1024 * 1024;

describe("countInflatedBytes", () => {
  it("refuses a part that lies about its size after unpacking a few MB of it, not the whole bomb", async () => {
    const limits = importLimits();
    const lying = await zipBombWorkbook({ megabytes: 40, declaredBytes: 1000 });
    const { entries } = inspectZipDirectory(lying, limits);
    let inflatedBytes = 0;
    expect(() => countInflatedBytes(lying, entries, limits, (total) => (inflatedBytes = total))).toThrow(
      `The workbook part ${PRODUCTION_SHEET} is larger than its zip directory says`,
    );
    // One 4 KB slice of deflated zeros unpacks to at most ~4 MB; before slicing, all 40 MB were unpacked first.
    expect(inflatedBytes).toBeGreaterThan(1000);
    expect(inflatedBytes).toBeLessThan(8 * MB);
  });

  it("counts an honest workbook to its end", async () => {
    const limits = importLimits();
    const honest = await zipBombWorkbook({ megabytes: 2 });
    const { entries } = inspectZipDirectory(honest, { ...limits, maxZipRatio: 100_000 });
    let inflatedBytes = 0;
    countInflatedBytes(honest, entries, limits, (total) => (inflatedBytes = total));
    expect(inflatedBytes).toBe(entries.reduce((sum, entry) => sum + entry.size, 0));
  });
});
