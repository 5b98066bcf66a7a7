/**
 * Simulation API benchmark (not a test): time from POST /api/simulations/run to the stored result for 100 000
 * iterations of the demo scenario, through the route handler in this process, against the bare engine on the same
 * manifest; on the embedded database (PGlite) and on PostgreSQL. Each mode runs in its own child process (the
 * database is chosen at import). Repetitions are interleaved; best and median are printed (the host is noisy).
 *   npx tsx bench/simulations/run.ts [--iterations N] [--repetitions R] [--database-url postgres://…]
 */
import { spawnSync } from "node:child_process";

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

function main(): void {
  const iterations = arg("--iterations", "100000");
  const repetitions = arg("--repetitions", "3");
  const serverUrl = arg("--database-url", "postgres://postgres@127.0.0.1:5432/postgres");
  console.log(`CalMiner simulation API benchmark: demo scenario (5 variables, 1 correlation, 4 metrics), ${Number(iterations).toLocaleString("en-US")} iterations, ${repetitions} interleaved repetitions, Node ${process.version}\n`);
  for (const mode of ["embedded", "postgres"]) {
    const child = spawnSync(process.execPath, ["--import", "tsx", "bench/simulations/measure.ts", mode, iterations, repetitions, serverUrl], { stdio: "inherit" });
    if (child.status !== 0) console.log(`  (${mode} failed with ${child.status})`);
  }
}

main();
