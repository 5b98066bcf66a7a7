import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";

// The larger fuzzing run (issue #13): the CI test (contracts.fuzz.test.ts) with many more requests per route and a
// fresh seed each time, printed first so a failure can be replayed with FUZZ_SEED. Runs against PGlite, or against
// PostgreSQL and Redis when TEST_DATABASE_URL / TEST_REDIS_URL are set, like the tests.
//
//   npx tsx tests/fuzz/long-run.ts [requestsPerRoute=300] [seed=random]
//   FUZZ_ONLY="PATCH /api/scenarios" npx tsx tests/fuzz/long-run.ts 1000    # one route (a substring of its name)
//
// Time grows with the requests: 80 per route over the 97 routes took 95 s on PostgreSQL (2 cores), and PGlite is
// about 3 times slower, so the default takes about 6 minutes on PostgreSQL and 18 on PGlite.

const DEFAULT_RUNS_PER_ROUTE = 300;

function positiveInteger(text: string | undefined, fallback: number, what: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${what} must be a non-negative integer, not "${text}"`);
  return value;
}

const runsPerRoute = positiveInteger(process.argv[2], DEFAULT_RUNS_PER_ROUTE, "requests per route");
// fast-check seeds are 32-bit integers.
const seed = positiveInteger(process.argv[3], randomInt(2 ** 31), "seed");

console.info(`fuzzing every API route: ${runsPerRoute} requests per route, seed ${seed}`);
console.info(`replay: npx tsx tests/fuzz/long-run.ts ${runsPerRoute} ${seed}`);
const result = spawnSync("npx", ["vitest", "run", "tests/fuzz/contracts.fuzz.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, FUZZ_RUNS: String(runsPerRoute), FUZZ_SEED: String(seed) },
});
process.exitCode = result.status ?? 1;
