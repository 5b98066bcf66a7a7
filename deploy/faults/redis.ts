// Case 1: Redis killed (SIGKILL) and restarted on the same port under dashboard load. The cache is an
// optimisation: while it is gone every read must still be answered (from the database), no 5xx; a write made
// while it is down and one made after it is back must both show in the next dashboard read (no stale values).
import { readFileSync } from "node:fs";
import { assert, check, failedCount } from "../tests/harness";
import { countIn, demoIds, ipv4, readSetup, recordRow, run, runCase, sleep, startLoad, tokenApi, waitFor, type Api } from "./support";

const setup = readSetup();

/** The base case's capex over every category on the project dashboard, in the scenario's currency. */
async function dashboardCapex(api: Api, projectId: string): Promise<number> {
  const response = await api(`/api/dashboards/projects/${projectId}`);
  assert(response.status === 200, `dashboard: ${response.status}`);
  const body = (await response.json()) as { baseCase: { capexByCategory: { total: number }[] } | null };
  return (body.baseCase?.capexByCategory ?? []).reduce((sum, c) => sum + c.total, 0);
}

async function addCapex(api: Api, scenarioId: string, amount: number): Promise<number> {
  const list = (await (await api(`/api/scenarios/${scenarioId}/capex`)).json()) as { data: { currency: string }[] };
  const currency = list.data[0]?.currency ?? "USD";
  const body = { name: `Fault redis ${Date.now()}`, category: "land", kind: "initial", amount, currency, spendPeriod: 1 };
  const response = await api(`/api/scenarios/${scenarioId}/capex`, { method: "POST", body: JSON.stringify(body) });
  assert(response.status === 201, `adding capex answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  return amount;
}

const LABEL = "1 redis kill -9";
await runCase(setup, LABEL, async () => {
  const { api, headers } = await tokenApi(setup);
  const { projectId, scenarioId } = await demoIds(api);
  const before = await dashboardCapex(api, projectId);
  const load = startLoad({ url: `${ipv4(setup.appUrl)}/api/dashboards/projects/${projectId}`, headers, connections: 8, durationSeconds: 12 });
  await sleep(2_000);
  process.kill(Number(readFileSync(setup.redis.pidFile, "utf8").trim()), "SIGKILL");
  await sleep(1_000);
  const duringOutage = await addCapex(api, scenarioId, 1_000);
  await sleep(2_000);
  await run(["redis-server", ...setup.redis.args]);
  // Recovery: the app's readiness check sees the cache again (it reconnects on its own; nothing is restarted).
  const ready = await waitFor("the app's readiness with Redis back", async () => ((await fetch(`${setup.appUrl}/api/health/ready`)).ok ? true : undefined), 60_000);
  const result = await load;

  let dataCheck = "stale values";
  await check("Redis killed and restarted under dashboard load: no 5xx and no request left unanswered", () => {
    const fiveXx = countIn(result, 500, 600);
    assert(fiveXx === 0 && result.errors === 0 && result.timeouts === 0, `${fiveXx} 5xx, ${result.errors} errors, ${result.timeouts} timeouts: ${JSON.stringify(result.samples.slice(0, 3))}`);
    assert(countIn(result, 200, 300) > 0, "no dashboard read succeeded");
  });
  await check("after Redis is back, the dashboard shows a write made during the outage and one made after", async () => {
    const afterRecovery = await dashboardCapex(api, projectId);
    assert(Math.abs(afterRecovery - before - duringOutage) < 0.01, `capex ${before} + ${duringOutage} written during the outage, dashboard shows ${afterRecovery}`);
    const added = await addCapex(api, scenarioId, 2_500);
    const fresh = await dashboardCapex(api, projectId);
    assert(Math.abs(fresh - afterRecovery - added) < 0.01, `capex ${afterRecovery} + ${added}, dashboard shows ${fresh}`);
    dataCheck = "fresh: both capex writes shown";
  });
  recordRow(setup, { case: LABEL, load: result, recoverySeconds: ready.seconds, dataCheck });
});
process.exitCode = failedCount() > 0 ? 1 : (process.exitCode ?? 0);
