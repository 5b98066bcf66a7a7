import { describe, expect, it } from "vitest";
import { operationsQuerySchema } from "@/lib/http/contracts/dashboards";
import { createMaintenanceSchema } from "./rows/maintenance";
import { calendarDateSchema } from "./dates";

// PostgreSQL has no year 0: "0000-01-01" on the operations dashboard answered 500. Dates stay within 1900–2199.
describe("calendar dates", () => {
  it("accept real dates within the bounds and refuse year 0, far years and impossible days", () => {
    const schema = calendarDateSchema();
    expect(schema.safeParse("2031-02-28").success).toBe(true);
    for (const bad of ["0000-01-01", "1899-12-31", "2200-01-01", "9999-12-31", "2031-02-30", "2031-2-3"]) expect(schema.safeParse(bad).success).toBe(false);
  });

  it("bound the operations dashboard's range and a maintenance log's date", () => {
    expect(operationsQuerySchema.safeParse({ from: "0000-01-01" }).success).toBe(false);
    expect(createMaintenanceSchema.safeParse({ performedOn: "0000-01-01", type: "corrective", currency: "USD" }).success).toBe(false);
  });
});
