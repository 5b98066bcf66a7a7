// Import benchmark (not a test): 100,000 consumption rows in one CSV, previewed then committed into a scenario of
// a fresh PostgreSQL database. Prints the time of each step and the process's peak memory (RSS and heap).
// Targets: preview + commit under 10 s, memory under 300 MB.
//
//   npx tsx bench/import/run.ts            # PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
//   ROWS=20000 npx tsx bench/import/run.ts
//
// A database named calminer_bench_import_<time> is created, migrated and dropped. PGlite is not used: it runs
// inside this process and its own ~700 MB would hide what the import costs.
import postgres from "postgres";

const ROWS = Number(process.env.ROWS ?? 100_000);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function csvOf(rows: number): string {
  const header = "resource_type,name,unit,rate_per_t_processed,quantity_per_period,unit_price_ccy,start_period,end_period,escalation_pct_per_year";
  const types = ["reagent", "fuel", "water", "power", "grinding_media"];
  const lines = [header];
  for (let i = 0; i < rows; i += 1) lines.push(`${types[i % 5]},Item ${i},kg,${(0.001 * (1 + (i % 7))).toFixed(3)},,${(0.05 * (1 + (i % 11))).toFixed(2)},1,,${i % 3}`);
  return `${lines.join("\n")}\n`;
}

function memorySampler() {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const timer = setInterval(sample, 20);
  return { stop: () => (clearInterval(timer), sample(), { peakRss, peakHeap }) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const name = `calminer_bench_import_${Date.now()}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.APP_ENV = "test";
  process.env.SEED_DEMO = "false";
  process.env.IMPORT_MAX_BYTES = String(200 * 1024 * 1024);
  const { openDatabase, migrateDatabase } = await import("@/db/client");
  const migrator = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 1 });
  await migrateDatabase(migrator);
  await migrator.close();
  try {
    await run();
  } finally {
    const { closeDb } = await import("@/db");
    await closeDb();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function run(): Promise<void> {
  const { getDb } = await import("@/db");
  const { createTestOrganisation, createTestUser } = await import("@/tests/support/db");
  const { insertProject, insertScenario } = await import("@/tests/support/scenario-api");
  const { previewImport } = await import("@/lib/import-export/preview");
  const { commitImport } = await import("@/lib/import-export/commit");
  const { importLimits } = await import("@/lib/import-export/limits");
  const db = await getDb();
  const organisationId = (await createTestOrganisation(db)).id;
  const userId = (await createTestUser(db, { organisationId, role: "project_manager" })).id;
  const scenario = await insertScenario(db, { projectId: (await insertProject(db, organisationId)).id });
  const bytes = new TextEncoder().encode(csvOf(ROWS));
  const request = { organisationId, scenarioId: scenario.id, upload: { name: "consumption.csv", bytes }, kind: "consumption" as const, limits: importLimits() };
  global.gc?.();
  const baseline = process.memoryUsage();
  const memory = memorySampler();
  const t0 = performance.now();
  const preview = await previewImport(request);
  const t1 = performance.now();
  const result = await commitImport({ ...request, userId, projectId: scenario.projectId, expectedVersion: preview.scenarioVersion });
  const t2 = performance.now();
  const { peakRss, peakHeap } = memory.stop();
  const summary = result.kinds[0];
  console.log(`rows: ${ROWS} consumption rows, CSV ${mb(bytes.length)}; problems ${preview.problemCount}; created ${summary?.created}`);
  console.log(`preview: ${((t1 - t0) / 1000).toFixed(2)} s   commit: ${((t2 - t1) / 1000).toFixed(2)} s   total: ${((t2 - t0) / 1000).toFixed(2)} s  (target < 10 s)`);
  console.log(`memory: peak RSS ${mb(peakRss)} (baseline ${mb(baseline.rss)}), peak heap ${mb(peakHeap)} (baseline ${mb(baseline.heapUsed)})  (target < 300 MB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
