import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { insertSimulationRun } from "@/tests/support/dashboard-fixtures";
import { memberships, organisations, projects, users } from "@/db/schema";
import { seedDemoProject } from "@/db/seed-demo-project";

// A large organisation for the dashboard benchmark: PROJECTS copies of the demo project (complete, modellable
// scenarios) plus generated operations rows, made server-side by INSERT … SELECT generate_series (one statement per
// project and table: faster than COPY from the client, as nothing crosses the wire). Deterministic, no random().

export type BenchOrganisation = {
  organisationId: string;
  userId: string;
  projects: { projectId: string; baseScenarioId: string; childScenarioId: string }[];
  rows: { maintenanceLogs: number; consumptionItems: number; productionOutputs: number };
};

const PROJECTS = 8;
const EXTRA_CONSUMPTION_PER_BASE_CASE = 500;

async function countRows(db: Db, table: string, organisationId: string): Promise<number> {
  const ofScenarios = sql`SELECT s.id FROM scenarios s JOIN projects p ON p.id = s.project_id WHERE p.organisation_id = ${organisationId}`;
  const query =
    table === "maintenance_logs"
      ? sql`SELECT count(*)::int AS n FROM maintenance_logs l JOIN equipment e ON e.id = l.equipment_id WHERE e.scenario_id IN (${ofScenarios})`
      : sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE scenario_id IN (${ofScenarios})`;
  const result = (await db.execute(query)) as unknown as { n: number }[];
  return result[0]?.n ?? 0;
}

async function addConsumption(db: Db, scenarioId: string): Promise<void> {
  // Units follow the resource type, so the dashboard's per-(type, unit) series stay meaningful.
  await db.execute(sql`
    INSERT INTO consumption_items (scenario_id, resource_type, name, unit, rate_per_tonne_processed, unit_price, start_period, escalation_pct)
    SELECT ${scenarioId}, (ARRAY['reagent','fuel','water','power','grinding_media'])[1 + g % 5]::resource_type,
           'Bench item ' || g, (ARRAY['kg','L','m3','kWh','kg'])[1 + g % 5], 0.001 * (1 + g % 7), 0.05 * (1 + g % 11), 2, (g % 3)::numeric / 2
      FROM generate_series(1, ${EXTRA_CONSUMPTION_PER_BASE_CASE}) g`);
}

async function addMaintenance(db: Db, scenarioId: string, logsPerEquipment: number): Promise<void> {
  // Ten years of logs per machine (2017–2026), spread over the days by a multiplicative hash of the row number.
  await db.execute(sql`
    INSERT INTO maintenance_logs (equipment_id, performed_on, type, downtime_hours, cost, currency)
    SELECT e.id, DATE '2017-01-01' + ((g * 7919) % 3652),
           (ARRAY['preventive','corrective','inspection'])[1 + (g * 31) % 3]::maintenance_type,
           ((g * 13) % 24) * 0.5, 200 + ((g * 97) % 4000) * 2.5, 'USD'
      FROM equipment e CROSS JOIN generate_series(1, ${logsPerEquipment}) g
     WHERE e.scenario_id = ${scenarioId}`);
}

async function createOrganisationAndViewer(db: Db): Promise<{ organisationId: string; userId: string }> {
  const suffix = Date.now().toString(36);
  const [org] = await db.insert(organisations).values({ name: "Bench Mining Co", slug: `bench-${suffix}` }).returning({ id: organisations.id });
  const [user] = await db
    .insert(users)
    .values({ email: `bench-${suffix}@example.test`, name: "Bench viewer", passwordHash: "not-a-hash" })
    .returning({ id: users.id });
  if (!org || !user) throw new Error("bench organisation not created");
  await db.insert(memberships).values({ userId: user.id, organisationId: org.id, role: "viewer" });
  return { organisationId: org.id, userId: user.id };
}

/**
 * Seeds the organisation with about `targetOperationsRows` operations rows (maintenance logs + consumption items +
 * production periods) across PROJECTS projects, with a succeeded simulation run per scenario, then VACUUMs and ANALYZEs.
 */
export async function seedBenchOrganisation(db: Db, targetOperationsRows: number, log: (line: string) => void): Promise<BenchOrganisation> {
  const { organisationId, userId } = await createOrganisationAndViewer(db);
  const seeded: BenchOrganisation["projects"] = [];
  for (let index = 0; index < PROJECTS; index += 1) {
    const demo = await seedDemoProject(db, organisationId);
    await db.update(projects).set({ name: `Bench project ${String(index + 1).padStart(2, "0")}` }).where(eq(projects.id, demo.projectId));
    await addConsumption(db, demo.baseScenarioId);
    await insertSimulationRun(db, { organisationId, scenarioId: demo.baseScenarioId, meanNpv: 4e8 + index * 1e7 });
    await insertSimulationRun(db, { organisationId, scenarioId: demo.childScenarioId, meanNpv: 5e8 + index * 1e7 });
    seeded.push(demo);
  }
  const before = (await countRows(db, "maintenance_logs", organisationId)) + (await countRows(db, "consumption_items", organisationId)) + (await countRows(db, "production_outputs", organisationId));
  const [fleet] = (await db.execute(sql`SELECT count(*)::int AS n FROM equipment WHERE scenario_id = ${seeded[0]?.baseScenarioId ?? null}`)) as unknown as { n: number }[];
  const logsPerEquipment = Math.ceil(Math.max(0, targetOperationsRows - before) / (PROJECTS * (fleet?.n ?? 1)));
  for (const [index, demo] of seeded.entries()) {
    const started = Date.now();
    await addMaintenance(db, demo.baseScenarioId, logsPerEquipment);
    log(`  project ${index + 1}/${PROJECTS}: ${logsPerEquipment} logs per machine in ${Date.now() - started} ms`);
  }
  // VACUUM and CHECKPOINT too: a million fresh rows would otherwise start autovacuum, and the next timed checkpoint
  // write them out, in the middle of the measurements.
  await db.execute(sql`VACUUM (ANALYZE)`);
  await db.execute(sql`CHECKPOINT`);
  const rows = {
    maintenanceLogs: await countRows(db, "maintenance_logs", organisationId),
    consumptionItems: await countRows(db, "consumption_items", organisationId),
    productionOutputs: await countRows(db, "production_outputs", organisationId),
  };
  return { organisationId, userId, projects: seeded, rows };
}
