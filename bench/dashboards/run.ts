// Dashboard API benchmark (not a test): `npx tsx bench/dashboards/run.ts` from a BUILT app folder (`next build`
// first). Seeds ~1,000,000 operations rows into a fresh PostgreSQL database (created and dropped here), starts the
// built app twice with `next start` – "uncached" with REDIS_URL pointing at a port where nothing listens (every
// read falls back to the database, the app's degraded mode) and "cached" with a private redis-server – and loads
// the operations and project dashboard routes at 50 connections, interleaving the two modes round by round. Each
// measured run starts once the machine is quiet (quiet.ts), after WARM_UP_S of load on the same route: steady state.
//
// Environment: BENCH_PG_URL (server to create the database on; default postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_APP_DIR (default: cwd), BENCH_ROWS (1000000), BENCH_DURATION_S (10), BENCH_ROUNDS (3), BENCH_CONNECTIONS (50).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { createPrivateRedis, findFreePort } from "@/tests/support/redis-server";
import { runLoad, type LoadResult } from "./load";
import { waitForQuietMachine } from "./quiet";
import { seedBenchOrganisation, type BenchOrganisation } from "./seed";
import { startAppServer, type AppServer } from "./server";
import { printReport, type Measurement } from "./report";

const PG_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const APP_DIR = path.resolve(process.env.BENCH_APP_DIR ?? process.cwd());
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARM_UP_S = 5;
// Longest wait for the machine to fall quiet before a measured run (quiet.ts).
const QUIET_WAIT_MAX_MS = 30_000;

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `calminer_bench_${Date.now()}`;
  const admin = postgres(PG_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function seed(databaseUrl: string): Promise<BenchOrganisation> {
  const { openDatabase, migrateDatabase } = await import("@/db/client");
  const handle = await openDatabase({ kind: "postgres", url: databaseUrl, maxConnections: 2 });
  try {
    await migrateDatabase(handle);
    const started = Date.now();
    const organisation = await seedBenchOrganisation(handle.db, ROWS, log);
    log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(organisation.rows)}`);
    return organisation;
  } finally {
    await handle.close();
  }
}

async function measureRounds(servers: { uncached: AppServer; cached: AppServer }, routes: [string, string][], cookie: string): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  const headers = { cookie };
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const [name, pathAndQuery] of routes) {
      for (const mode of ["uncached", "cached"] as const) {
        const url = `${servers[mode].url}${pathAndQuery}`;
        const warm = await fetch(url, { headers });
        if (!warm.ok) throw new Error(`${name} (${mode}) answered ${warm.status}: ${await warm.text()}`);
        const quietAfterS = (await waitForQuietMachine(QUIET_WAIT_MAX_MS)) / 1000;
        // Steady state: a server that sat idle while the other one was measured has let V8 shrink its heap (and,
        // the first time, not yet compiled the route's code); without this its first second skews the p99.
        await runLoad({ url, headers, connections: CONNECTIONS, durationSeconds: WARM_UP_S });
        const result: LoadResult = await runLoad({ url, headers, connections: CONNECTIONS, durationSeconds: DURATION_S });
        const figures = `${result.requestsPerSecond.toFixed(1)} req/s, p99 ${result.p99Ms.toFixed(1)} ms`;
        log(`  round ${round} ${name} ${mode}: ${figures} (quiet after ${quietAfterS.toFixed(1)} s, then ${WARM_UP_S} s of warm-up)`);
        measurements.push({ route: name, mode, round, result });
      }
    }
  }
  return measurements;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(APP_DIR, ".next", "BUILD_ID"))) throw new Error(`${APP_DIR} has no build: run \`npx next build\` there first`);
  const cleanup: (() => Promise<void>)[] = [];
  try {
    const database = await createDatabase();
    cleanup.push(database.drop);
    log(`database ${new URL(database.url).pathname.slice(1)}; seeding ${ROWS.toLocaleString("en-GB")} operations rows…`);
    const organisation = await seed(database.url);
    const redis = await createPrivateRedis();
    await redis.start();
    cleanup.push(() => redis.kill());
    const authSecret = randomBytes(36).toString("base64url");
    process.env.AUTH_SECRET = authSecret;
    const { sessionCookieFor } = await import("@/tests/support/api");
    const cookie = await sessionCookieFor(organisation.userId, organisation.organisationId);
    const env = { DATABASE_URL: database.url, AUTH_SECRET: authSecret, AUTH_TRUST_HOST: "true", APP_ENV: "production", NODE_ENV: "production", SEED_DEMO: "false" };
    const deadRedis = `redis://127.0.0.1:${await findFreePort()}`;
    const uncached = await startAppServer({ appDir: APP_DIR, port: await findFreePort(), env: { ...env, REDIS_URL: deadRedis } });
    cleanup.push(() => uncached.stop());
    const cached = await startAppServer({ appDir: APP_DIR, port: await findFreePort(), env: { ...env, REDIS_URL: redis.url } });
    cleanup.push(() => cached.stop());
    const first = organisation.projects[0];
    if (!first) throw new Error("no project seeded");
    const routes: [string, string][] = [
      ["operations", `/api/dashboards/operations?projectId=${first.projectId}&scenarioId=${first.baseScenarioId}`],
      ["project", `/api/dashboards/projects/${first.projectId}`],
    ];
    // The floors under every dashboard request: Next's own route handling (a route that touches nothing), then
    // authentication (the session token and the user's memberships, read from the database on every request).
    for (const [what, route] of [["Next only", "/api/health"], ["authentication", "/api/me"]]) {
      const url = `${cached.url}${route}`;
      await runLoad({ url, headers: { cookie }, connections: CONNECTIONS, durationSeconds: WARM_UP_S });
      await waitForQuietMachine(QUIET_WAIT_MAX_MS);
      const floor = await runLoad({ url, headers: { cookie }, connections: CONNECTIONS, durationSeconds: DURATION_S });
      log(`floor: GET ${route} (${what}) ${floor.requestsPerSecond.toFixed(1)} req/s, p50 ${floor.p50Ms.toFixed(1)} ms, p99 ${floor.p99Ms.toFixed(1)} ms`);
    }
    log(`measuring ${CONNECTIONS} connections × ${DURATION_S} s, ${ROUNDS} round(s), modes interleaved…`);
    printReport(await measureRounds({ uncached, cached }, routes, cookie), { connections: CONNECTIONS, durationSeconds: DURATION_S }, log);
  } finally {
    for (const step of cleanup.reverse()) await step().catch((error: unknown) => log(`cleanup: ${String(error)}`));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
