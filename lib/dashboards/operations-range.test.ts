import { describe, expect, it } from "vitest";
import { listEffectiveEquipment, sumMaintenanceLogsByMonth } from "@/db/queries/dashboards/maintenance";
import { aggregateConsumption, getScenarioDisplaySettings, listProduction } from "@/db/queries/dashboards/operations-plan";
import { seedDemoProject } from "@/db/seed-demo-project";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import { monthsBetween } from "./availability";
import { loadOperationsDashboard } from "./operations";
import { normaliseOperationsRange } from "./operations-range";

const getDb = useTestDb();

describe("operations date ranges", () => {
  it("are widened to whole months, leap years and year ends included", () => {
    expect(normaliseOperationsRange({ from: "2040-01-15", to: "2040-02-03" })).toEqual({ from: "2040-01-01", to: "2040-02-29" });
    expect(normaliseOperationsRange({ from: "1900-02-28", to: "1900-02-01" })).toEqual({ from: "1900-02-01", to: "1900-02-28" });
    expect(normaliseOperationsRange({ from: null, to: "2199-12-01" })).toEqual({ from: null, to: "2199-12-31" });
    expect(normaliseOperationsRange({ from: "2025-04-30", to: null })).toEqual({ from: "2025-04-01", to: null });
  });

  it("cut from the whole scenario give what the database filters for the same range", async () => {
    const db = await getDb();
    const org = await createTestOrganisation(db);
    const demo = await seedDemoProject(db, org.id);
    const ref = { organisationId: org.id, scenarioId: demo.baseScenarioId };
    const { startYear } = await getScenarioDisplaySettings(db, ref);
    const fleet = await listEffectiveEquipment(db, ref);
    const equipmentIds = fleet.map((machine) => machine.id);
    for (const range of [{ from: "2024-01-01", to: "2030-06-30" }, { from: "2025-02-01", to: null }, { from: null, to: "2027-12-31" }]) {
      const cut = await loadOperationsDashboard(db, { ...ref, projectId: demo.projectId, ...range });
      const years = { fromYear: range.from ? Number(range.from.slice(0, 4)) : null, toYear: range.to ? Number(range.to.slice(0, 4)) : null };
      const plan = { startYear: startYear ?? 0, range: years };
      expect(cut.consumption).toEqual(await aggregateConsumption(db, ref, plan));
      expect(cut.production).toEqual(await listProduction(db, ref, plan));
      const rows = await sumMaintenanceLogsByMonth(db, { organisationId: org.id, equipmentIds, range });
      const pick = ({ month, equipmentId, currency, cost, downtimeHours, events }: (typeof rows)[number]) => ({ month, equipmentId, currency, cost, downtimeHours, events });
      expect(cut.maintenanceByMonth.map(pick)).toEqual(rows.map(pick));
      const eventsOf = (id: string) => rows.filter((row) => row.equipmentId === id).reduce((sum, row) => sum + row.events, 0);
      expect(cut.equipment.map((machine) => machine.events)).toEqual(fleet.map((machine) => eventsOf(machine.id)));
      const first = range.from?.slice(0, 7) ?? rows[0]?.month ?? "";
      const last = range.to?.slice(0, 7) ?? rows.at(-1)?.month ?? "";
      expect(cut.fleetByMonth.map((entry) => entry.month)).toEqual(monthsBetween(first, last));
      expect(cut.maintenanceByMonth.length).toBeGreaterThan(0);
    }
  });
});
