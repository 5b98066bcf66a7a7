/**
 * `npm run bench:soak` (not a test, not in CI): the production tree (deploy/build.sh output) under a mixed load of
 * pages, API reads, API writes and small simulation runs at SOAK_CONNECTIONS connections for SOAK_SECONDS, after a
 * warm-up; prints per-class latency percentiles and status counts, errors, the server's memory at start and end,
 * and a one-line verdict (no errors, RSS growth under 20 %). Exits 0 whatever the figures; 1 only when setup fails.
 *
 * Environment: TEST_DATABASE_URL (required: an admin URL; a fresh database is created and dropped), TEST_REDIS_URL
 * (the app's REDIS_URL; unset: the in-process cache), SOAK_BUILD=DIR (a deploy/build.sh output; default
 * .data/soak-build, built once in a private copy, SOAK_REBUILD=1 to build again), SOAK_CONNECTIONS (64),
 * SOAK_SECONDS (600), SOAK_WARMUP_SECONDS (30), SOAK_RUNS_PER_SECOND (2), SOAK_RUN_ITERATIONS (1000),
 * SOAK_KEEP_LOG=1 (keep the server's log file).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { findFreePort } from "@/tests/support/redis-server";
import { ensureProductionTree } from "./build";
import { createSoakDatabase, migrateAndSeed, requireAdminUrl, type ChildEnv } from "./database";
import { runLoad } from "./load";
import { readProcStatusMiB, startMemorySampler, summariseMemory } from "./memory";
import { splitConnections, type LoadPlan } from "./mix";
import { printClassTable, printMemory, verdictOf } from "./report";
import { startServer } from "./server";
import { printServerLog } from "./server-log";
import { prepareTargets } from "./setup";

const REPO = path.resolve(import.meta.dirname, "..", "..");
/**
 * Wait after the load before stopping the server, in ms: autocannon closes its connections with requests in
 * flight, and their handlers still run; stopping at once would log their database calls failing on a closed pool.
 */
const SETTLE_MS = 5_000;

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1 (got ${raw})`);
  return value;
}

function readSettings() {
  return {
    adminUrl: requireAdminUrl(process.env.TEST_DATABASE_URL),
    redisUrl: process.env.TEST_REDIS_URL || undefined,
    build: process.env.SOAK_BUILD || undefined,
    isRebuild: process.env.SOAK_REBUILD === "1",
    connections: positiveInt("SOAK_CONNECTIONS", 64),
    seconds: positiveInt("SOAK_SECONDS", 600),
    warmUpSeconds: positiveInt("SOAK_WARMUP_SECONDS", 30),
    // 2 runs/s of 1,000 iterations is 7.2 M iterations an hour, well inside the default 20 M per organisation.
    runsPerSecond: positiveInt("SOAK_RUNS_PER_SECOND", 2),
    runIterations: positiveInt("SOAK_RUN_ITERATIONS", 1000),
    isLogKept: process.env.SOAK_KEEP_LOG === "1",
  };
}

/** The runtime image's environment (deploy/tests/topology.sh), nothing inherited but PATH. */
function appEnvironment(databaseUrl: string, redisUrl: string | undefined, metricsToken: string): ChildEnv {
  return {
    PATH: process.env.PATH ?? "",
    NODE_ENV: "production",
    APP_ENV: "production",
    DATABASE_URL: databaseUrl,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    AUTH_SECRET: randomBytes(36).toString("base64url"),
    METRICS_TOKEN: metricsToken,
    SIMULATION_QUEUE: "local",
    LOG_LEVEL: "info",
    INSTANCE_ID: "soak",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

async function main(): Promise<void> {
  const settings = readSettings();
  const cleanup: (() => Promise<void> | void)[] = [];
  const tmp = mkdtempSync(path.join(tmpdir(), "calminer-soak."));
  cleanup.push(() => (settings.isLogKept ? log(`server log kept in ${tmp}`) : rmSync(tmp, { recursive: true, force: true })));
  try {
    const tree = await ensureProductionTree(REPO, { given: settings.build, isRebuild: settings.isRebuild }, log);
    log(`production tree: ${tree.dir} (${tree.how}${tree.how === "reused" ? "; SOAK_REBUILD=1 builds it again" : ""})`);
    const database = await createSoakDatabase(settings.adminUrl);
    cleanup.push(() => database.drop());
    const metricsToken = randomBytes(24).toString("base64url");
    const appEnv = appEnvironment(database.url, settings.redisUrl, metricsToken);
    await migrateAndSeed({ repo: REPO, treeDir: tree.dir, appEnv });
    const server = await startServer({ appDir: path.join(tree.dir, "app"), port: await findFreePort(), env: appEnv, logFile: path.join(tmp, "server.log") });
    cleanup.push(() => server.stop());
    const sampler = startMemorySampler({ pid: server.pid, url: server.url, metricsToken });
    const connections = splitConnections(settings.connections);
    const targets = await prepareTargets(server.url, connections.writes);
    const plan: LoadPlan = { baseUrl: server.url, ...targets, writeScenarioIds: targets.writeScenarios.map((s) => s.scenarioId), connections, runsPerSecond: settings.runsPerSecond, runIterations: settings.runIterations };
    log(`database ${database.name}, cache ${settings.redisUrl ? `Redis ${settings.redisUrl}` : "in-process"}, server pid ${server.pid} at ${server.url}, Node ${process.version}, ${availableParallelism()} cores`);
    log(`load: ${settings.connections} connections (pages ${connections.pages}, reads ${connections.reads}, writes ${connections.writes}, runs ${connections.runs} at ${settings.runsPerSecond}/s × ${settings.runIterations} iterations), ${settings.warmUpSeconds} s warm-up, then ${settings.seconds} s measured`);
    sampler.setPhase("warm-up");
    const outcome = await runLoad({ plan, warmUpSeconds: settings.warmUpSeconds, seconds: settings.seconds }, () => sampler.setPhase("measure"));
    sampler.setPhase("after");
    const memory = summariseMemory(await sampler.stop(), readProcStatusMiB(server.pid, "VmHWM"));
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await server.stop();
    log(`\nwarm-up (${settings.warmUpSeconds} s, not in the figures below):`);
    printClassTable(outcome.warmUp, log);
    log(`\nmeasured (${settings.seconds} s):`);
    printClassTable(outcome.measured, log);
    printMemory(memory, log);
    printServerLog(server.logFile, log);
    log(verdictOf(outcome.measured, memory).line);
  } finally {
    for (const step of cleanup.reverse()) await Promise.resolve(step()).catch((error: unknown) => log(`cleanup: ${String(error)}`));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:soak setup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
