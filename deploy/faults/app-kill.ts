// Case 4: the app server SIGKILLed in the middle of a background run on the in-process queue
// (SIMULATION_QUEUE=local: the run lives in the killed process's worker threads), then started again. The run
// must not stay "running": the stale-run sweeper (instrumentation.ts, lib/simulations/sweeper.ts: at start and
// every 60 s) fails it with a reason once its row has not changed for SIMULATION_STALE_MINUTES, here 0.5 (30 s)
// instead of the default 10 so the case ends in about a minute and a half. Meanwhile the other instance keeps
// answering the run's status.
import type { ChildProcess } from "node:child_process";
import { assert, check, failedCount } from "../tests/harness";
import { countIn, demoIds, ipv4, readRun, readSetup, recordRow, runCase, startLoad, startRun, startTree, tokenApi, waitFor, waitForEnd } from "./support";

const setup = readSetup();
const ITERATIONS = 16_384 * 24;
const STALE_MINUTES = "0.5";
const origin = `http://localhost:${setup.spareAppPort}`;

/** The runtime image's command on the in-process queue; resolves once it answers /api/health. */
async function startLocalInstance(name: string): Promise<ChildProcess> {
  const env = { PORT: String(setup.spareAppPort), HOSTNAME: "127.0.0.1", INSTANCE_ID: name, SIMULATION_QUEUE: "local", SIMULATION_STALE_MINUTES: STALE_MINUTES };
  const child = startTree(setup, setup.appDir, "server.mjs", env, name);
  await waitFor(`${name} to answer /api/health`, async () => ((await fetch(`${origin}/api/health`)).ok ? true : undefined), 60_000);
  return child;
}

const LABEL = "4 app SIGKILL (local queue)";
await runCase(setup, LABEL, async () => {
  const first = await startLocalInstance("app-local-queue");
  const { api } = await tokenApi(setup, origin);
  const { scenarioId } = await demoIds(api);
  const runId = await startRun(api, scenarioId, ITERATIONS, 20261214);
  await waitFor("the run to make progress", async () => ((await readRun(api, runId)).progress > 0 ? true : undefined), 60_000);
  // The status as the other instance (pg-boss queue, same database) answers it, before, during and after the kill.
  const { api: otherApi, headers } = await tokenApi(setup);
  const load = startLoad({ url: `${ipv4(setup.appUrl)}/api/simulations/${runId}`, headers, connections: 4, durationSeconds: 10 });
  first.kill("SIGKILL");
  const killedAt = Date.now();
  const second = await startLocalInstance("app-local-queue-restarted");
  const ended = await waitForEnd(otherApi, runId, 180_000);
  const result = await load;
  second.kill("SIGTERM");

  let dataCheck = "left running";
  await check("the run's status stays answered by the other instance while this one is killed: no 5xx", () => {
    assert(countIn(result, 500, 600) === 0 && result.errors === 0 && result.timeouts === 0, `answers: ${JSON.stringify(result.statuses)}, ${result.errors} errors, ${result.timeouts} timeouts`);
  });
  await check("after the app is SIGKILLed and restarted, the in-process run ends failed with a reason (or succeeded), never left running", () => {
    const run = ended.value;
    assert(run.status === "succeeded" || (run.status === "failed" && (run.errorMessage ?? "").length > 10), `ended ${run.status}: ${run.errorMessage ?? "(no reason)"}`);
    dataCheck = run.status === "failed" ? `failed: "${(run.errorMessage ?? "").slice(0, 40)}…"` : "succeeded";
    console.log(`# run ${runId} ${run.status} ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill: ${run.errorMessage ?? ""}`);
  });
  recordRow(setup, { case: LABEL, load: result, recoverySeconds: ended.seconds, dataCheck });
});
process.exitCode = failedCount() > 0 ? 1 : (process.exitCode ?? 0);
