/**
 * One mode of bench/simulations/run.ts: `tsx bench/simulations/measure.ts <embedded|postgres> <iterations> <repetitions> <server url>`.
 * Sets the environment before the app's modules load, seeds an organisation with the demo project, then times
 * (a) POST /api/simulations/run answered 201 with the stored result (inline, one thread) vs runMonteCarlo on one
 * thread, and (b) POST answered 202 + background run on the in-process worker-thread pool until stored vs
 * runMonteCarlo on the same threads, on the same manifest.
 */
import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import postgres from "postgres";

const [mode = "embedded", iterationsArg = "100000", repetitionsArg = "3", serverUrl = ""] = process.argv.slice(2);
const iterations = Number(iterationsArg);
const repetitions = Number(repetitionsArg);

type Sample = { total: number; engine: number };

async function createDatabase(): Promise<{ drop: () => Promise<void> }> {
  if (mode !== "postgres") {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = "memory://";
    return { drop: async () => {} };
  }
  const name = `calminer_bench_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  const { migrateDatabase, openDatabase } = await import("@/db/client");
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 1 });
  await migrateDatabase(handle);
  await handle.close();
  return { drop: async () => (await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`), await admin.end()) };
}

async function seedWorld() {
  const { getDb } = await import("@/db");
  const { memberships, organisations, users } = await import("@/db/schema");
  const { seedDemoProject } = await import("@/db/seed-demo-project");
  const { sessionCookieFor } = await import("@/tests/support/api");
  const db = await getDb();
  const [org] = await db.insert(organisations).values({ name: "Bench", slug: `bench-${randomUUID().slice(0, 8)}` }).returning();
  const [user] = await db.insert(users).values({ email: `bench-${randomUUID()}@example.test`, name: "Bench", passwordHash: "x" }).returning();
  if (!org || !user) throw new Error("seed failed");
  await db.insert(memberships).values({ userId: user.id, organisationId: org.id, role: "analyst" });
  const demo = await seedDemoProject(db, org.id);
  return { scenarioId: demo.baseScenarioId, cookie: await sessionCookieFor(user.id) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const best = (xs: number[]): number => Math.min(...xs);

function printRow(label: string, samples: Sample[]): void {
  const totals = samples.map((s) => s.total);
  const engines = samples.map((s) => s.engine);
  const overheads = samples.map((s) => (s.total / s.engine - 1) * 100);
  const f = (ms: number): string => `${(ms / 1000).toFixed(2)} s`.padStart(8);
  console.log(
    `${label.padEnd(34)} ${f(best(totals))} ${f(median(totals))}   ${f(best(engines))} ${f(median(engines))}   ${(best(totals) / best(engines) * 100 - 100).toFixed(1).padStart(6)} % ${median(overheads).toFixed(1).padStart(7)} %`,
  );
}

async function main(): Promise<void> {
  process.env.APP_ENV = "test";
  process.env.SEED_DEMO = "false";
  process.env.AUTH_SECRET ??= "bench-secret-0123456789abcdef0123456789";
  const database = await createDatabase();
  const { scenarioId, cookie } = await seedWorld();
  const route = await import("@/app/api/simulations/run/route");
  const { getDb, closeDb } = await import("@/db");
  const { getRunForWorker } = await import("@/db/queries/simulations");
  const { runMonteCarlo } = await import("@/lib/engine/monte-carlo");
  const { setSimulationConfigOverrides } = await import("@/lib/simulations/config");
  const { getEnginePool } = await import("@/lib/simulations/engine-worker");
  const threads = availableParallelism();
  const post = async (): Promise<{ status: number; id: string }> => {
    const request = new Request("http://localhost/api/simulations/run", { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ scenarioId, iterations, seed: 2026 }) });
    const res = await route.POST(request, { params: Promise.resolve({}) });
    return { status: res.status, id: ((await res.json()) as { run: { id: string } }).run.id };
  };
  const waitUntilStored = async (id: string): Promise<void> => {
    const db = await getDb();
    for (;;) {
      const run = await getRunForWorker(db, id);
      if (run && !["queued", "running"].includes(run.status)) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const inline: Sample[] = [];
  const background: Sample[] = [];
  for (let r = 0; r <= repetitions; r++) {
    setSimulationConfigOverrides({ syncMaxIterations: 1_000_000 });
    let t = performance.now();
    const a = await post();
    const inlineMs = performance.now() - t;
    const run = await getRunForWorker(await getDb(), a.id);
    const spec = (run?.manifest as { spec: Parameters<typeof runMonteCarlo>[0] }).spec;
    t = performance.now();
    await runMonteCarlo(spec, { workers: 0 });
    const engineMs = performance.now() - t;
    setSimulationConfigOverrides({ syncMaxIterations: 1, queue: "local", threads });
    t = performance.now();
    const b = await post();
    await waitUntilStored(b.id);
    const backgroundMs = performance.now() - t;
    t = performance.now();
    // The same warm pool the background run used: the difference is the API, the queue and storage.
    await runMonteCarlo(spec, { pool: getEnginePool(threads) });
    const engineThreadsMs = performance.now() - t;
    // The first repetition warms the JIT and the database; it is not counted.
    if (r === 0) continue;
    inline.push({ total: inlineMs, engine: engineMs });
    background.push({ total: backgroundMs, engine: engineThreadsMs });
  }
  console.log(`${mode === "postgres" ? "PostgreSQL (postgres.js)" : "embedded (PGlite, in memory)"}                     POST→stored best / median   bare engine best / median   overhead best / median`);
  printRow("201 at once (1 thread)", inline);
  printRow(`202 + in-process pool (${threads} threads)`, background);
  console.log("");
  await closeDb();
  await database.drop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
