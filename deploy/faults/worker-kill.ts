// Case 3: a pg-boss simulation worker SIGKILLed while it evaluates a chunk of a background run. Its job stops
// sending heartbeats; another worker's supervision fails it and pg-boss retries it there (lib/simulations/
// pgboss-queue.ts: heartbeat 10 s; the workers here supervise every 2 s). The run must complete, with results
// identical to a rerun of the same manifest (same seed), while the API keeps answering the run's status.
import { readFileSync } from "node:fs";
import { assert, check, failedCount } from "../tests/harness";
import { countIn, database, demoIds, ipv4, readRun, readSetup, recordRow, runCase, sleep, startLoad, startRun, tokenApi, waitFor, waitForEnd } from "./support";

const setup = readSetup();
const ITERATIONS = 16_384 * 12;
const SEED = 20261213;

/** CPU time (user + system, in clock ticks) a process has used so far. */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

/** The worker evaluating a chunk now: the one whose CPU time grows most over 1 s (an idle worker only polls). */
async function busiestWorker(pids: number[]): Promise<number> {
  const before = pids.map(cpuTicks);
  await sleep(1_000);
  const used = pids.map((pid, i) => cpuTicks(pid) - (before[i] ?? 0));
  const busiest = used.indexOf(Math.max(...used));
  assert((used[busiest] ?? 0) > 10, `no worker is evaluating (CPU ticks in 1 s: ${used.join(", ")})`);
  return pids[busiest] ?? 0;
}

/** The run's chunk jobs by pg-boss state, and how many were retried (the killed worker's). */
async function takeoverEvidence(runId: string): Promise<{ retried: number; states: Record<string, number> }> {
  const sql = database(setup);
  try {
    const jobs = await sql<{ state: string; retry_count: number }[]>`SELECT state, retry_count FROM pgboss.job WHERE name = 'simulation-chunk' AND data->>'runId' = ${runId}`;
    const states: Record<string, number> = {};
    for (const job of jobs) states[job.state] = (states[job.state] ?? 0) + 1;
    return { retried: jobs.filter((job) => job.retry_count > 0).length, states };
  } finally {
    await sql.end();
  }
}

const LABEL = "3 worker SIGKILL";
await runCase(setup, LABEL, async () => {
  const { api, headers } = await tokenApi(setup);
  const { scenarioId } = await demoIds(api);
  const runId = await startRun(api, scenarioId, ITERATIONS, SEED);
  await waitFor("the run to start on a worker", async () => ((await readRun(api, runId)).status === "running" ? true : undefined), 60_000);
  const load = startLoad({ url: `${ipv4(setup.appUrl)}/api/simulations/${runId}`, headers, connections: 4, durationSeconds: 10 });
  const victim = await busiestWorker(setup.workerPids);
  process.kill(victim, "SIGKILL");
  const ended = await waitForEnd(api, runId, 240_000);
  const result = await load;

  let dataCheck = "differs from rerun";
  await check("the worker's status reads stay answered while a worker dies: no 5xx", () => {
    assert(countIn(result, 500, 600) === 0 && result.errors === 0 && result.timeouts === 0, `answers: ${JSON.stringify(result.statuses)}, ${result.errors} errors, ${result.timeouts} timeouts`);
  });
  await check(`the run completes on the other worker after worker ${victim} is SIGKILLed`, async () => {
    assert(ended.value.status === "succeeded", `the run ended ${ended.value.status}: ${ended.value.errorMessage ?? ""}`);
    const evidence = await takeoverEvidence(runId);
    assert(evidence.retried > 0, "no chunk job was retried: the killed worker held none");
    assert(Object.keys(evidence.states).join() === "completed", `chunk jobs by state: ${JSON.stringify(evidence.states)}`);
  });
  await check("the taken-over run's results are identical to a rerun of the same seed", async () => {
    const rerun = await api(`/api/simulations/${runId}/rerun`, { method: "POST" });
    const text = await rerun.text();
    assert(rerun.status === 202, `rerun answered ${rerun.status}: ${text.slice(0, 200)}`);
    const rerunId = (JSON.parse(text) as { run: { id: string } }).run.id;
    const again = await waitForEnd(api, rerunId, 240_000);
    const [first, second] = [await readRun(api, runId), await readRun(api, rerunId)];
    assert(again.value.status === "succeeded" && first.inputHash === second.inputHash, `rerun ${again.value.status}, hashes ${first.inputHash} / ${second.inputHash}`);
    assert(JSON.stringify(first.results) === JSON.stringify(second.results), "the results differ from the rerun's");
    dataCheck = `results = rerun (hash ${first.inputHash.slice(0, 8)})`;
  });
  recordRow(setup, { case: LABEL, load: result, recoverySeconds: ended.seconds, dataCheck });
});
process.exitCode = failedCount() > 0 ? 1 : (process.exitCode ?? 0);
