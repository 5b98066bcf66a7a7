import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { SCENARIO_SETTING_KEYS } from "@/db/schema";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { seedDemo } from "@/tests/support/scenario-api";
import { csvUpload, TEST_LIMITS } from "@/tests/support/import-fixtures";
import { exportScenarioInputs, exportScenarioRows } from "./export";
import { readUpload } from "./read-upload";

const getDb = useTestDb();
let db: Db;
let organisationId: string;
let userId: string;
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  db = await getDb();
  organisationId = (await createTestOrganisation(db)).id;
  userId = (await createTestUser(db, { organisationId, role: "analyst" })).id;
  demo = await seedDemo(db, organisationId);
});

describe("the settings and correlations sheets of an export", () => {
  it("carry a child's EFFECTIVE settings (inherited and overridden) with their units, every setting once", async () => {
    const { sheets } = await exportScenarioRows({ organisationId, scenarioId: demo.childScenarioId, kinds: ["settings"] });
    const rows = sheets[0]?.rows ?? [];
    expect(rows.map((row) => row.setting)).toEqual([...SCENARIO_SETTING_KEYS]);
    const byKey = new Map(rows.map((row) => [row.setting, row]));
    // The child overrides the price and inherits the rest from the base case.
    expect(byKey.get("metalPrice")).toEqual({ setting: "metalPrice", value: 4.75, unit: "USD/lb" });
    expect(byKey.get("discountRatePct")).toEqual({ setting: "discountRatePct", value: 8, unit: "%/year" });
    expect(byKey.get("taxLossCarryForward")).toMatchObject({ value: "true" });
    expect(byKey.get("discounting")).toMatchObject({ value: "end_of_period", unit: "one of end_of_period, mid_period" });
    // Not set anywhere along the ancestry: an empty value.
    expect(byKey.get("valuationDate")).toMatchObject({ value: null });
  });

  it("carry the effective correlations by parameter row_id, with the parameters' names", async () => {
    const { effective, sheets } = await exportScenarioRows({ organisationId, scenarioId: demo.childScenarioId, kinds: ["correlations"] });
    const idOf = new Map(effective.rows.parameter.map(({ row }) => [row.name, row.lineageId]));
    const [pair] = effective.rows.correlations;
    expect(sheets[0]?.rows).toEqual([
      {
        parameter_a_row_id: pair?.row.parameterALineageId,
        parameter_b_row_id: pair?.row.parameterBLineageId,
        parameter_a_name: expect.any(String),
        parameter_b_name: expect.any(String),
        coefficient: 0.5,
      },
    ]);
    const names = [sheets[0]?.rows[0]?.parameter_a_name, sheets[0]?.rows[0]?.parameter_b_name].sort();
    expect(names).toEqual(["Capex factor", "Opex factor"]);
    expect(idOf.get("Opex factor")).toBeDefined();
  });

  it("export as CSV (kind=settings, kind=correlations) that reads back without problems", async () => {
    for (const kind of ["settings", "correlations"] as const) {
      const actor = { organisationId, userId, projectId: demo.projectId, scenarioId: demo.childScenarioId };
      const file = await exportScenarioInputs(actor, { format: "csv", kind });
      expect(file.fileName).toMatch(new RegExp(`-${kind}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      const read = await readUpload(csvUpload(file.fileName, String(file.body)), { kind, limits: TEST_LIMITS });
      expect(read.problems.items).toEqual([]);
      expect(read.sheets[0]?.rows.length).toBe(kind === "settings" ? SCENARIO_SETTING_KEYS.length : 1);
    }
  });
});
