// Case 2: PostgreSQL restarted (pg_ctl stop -m fast, 3 s down, start) during a burst of writes (capex items created
// through the API). While it is down every answer must be a clean 503 with an error code (never a 500 or no answer);
// the app recovers without a restart; and no write is partial: every acknowledged create is stored, and every
// stored row has its audit entry and every audit entry its row (the audit is written in the write's transaction).
import { assert, check, failedCount } from "../tests/harness";
import { countIn, database, demoIds, ipv4, readSetup, recordRow, run, runCase, sleep, startLoad, tokenApi, waitFor, type LoadResult } from "./support";

const setup = readSetup();
const NAME_PREFIX = `Fault pg ${process.pid}`;
/** Writers at once: each may have one create in flight when the load stops. */
const LOAD_CONNECTIONS = 8;

/** Rows created in the window, their audit entries, and what the answers said. */
async function reconcile(scenarioId: string, load: LoadResult): Promise<string> {
  const sql = database(setup);
  try {
    const rows = await sql<{ id: string }[]>`SELECT id FROM capex_items WHERE scenario_id = ${scenarioId} AND name LIKE ${`${NAME_PREFIX} %`}`;
    const ids = new Set(rows.map((r) => r.id));
    const audits = await sql<{ entity_id: string; n: number }[]>`
      SELECT entity_id, count(*)::int AS n FROM audit_log
      WHERE entity_type = 'capex_item' AND action = 'create' AND after->>'name' LIKE ${`${NAME_PREFIX} %`}
      GROUP BY entity_id`;
    const audited = new Map(audits.map((a) => [a.entity_id, a.n]));
    const lost = load.created.filter((id) => !ids.has(id));
    assert(lost.length === 0, `${lost.length} acknowledged creates are not in the database: ${lost.slice(0, 3).join(", ")}`);
    const unaudited = [...ids].filter((id) => audited.get(id) !== 1);
    assert(unaudited.length === 0, `${unaudited.length} rows without exactly one audit entry: ${unaudited.slice(0, 3).join(", ")}`);
    const orphans = [...audited.keys()].filter((id) => !ids.has(id));
    assert(orphans.length === 0, `${orphans.length} audit entries without their row: ${orphans.slice(0, 3).join(", ")}`);
    // Rows beyond the 2xx the load counted are answers still in flight when the load stopped (autocannon drops
    // them: at most one per connection). More would mean a committed write answered 503.
    const inFlight = ids.size - load.created.length;
    assert(inFlight <= LOAD_CONNECTIONS, `${inFlight} stored rows were not answered 2xx (more than the ${LOAD_CONNECTIONS} in flight at the end)`);
    return `${load.created.length} 2xx all stored; ${ids.size} rows = ${audited.size} audits; ${inFlight} answered after the load stopped`;
  } finally {
    await sql.end();
  }
}

const LABEL = "2 postgres restart";
await runCase(setup, LABEL, async () => {
  const { api, headers } = await tokenApi(setup);
  const { scenarioId } = await demoIds(api);
  const currency = ((await (await api(`/api/scenarios/${scenarioId}/capex`)).json()) as { data: { currency: string }[] }).data[0]?.currency ?? "USD";
  const body = { name: `${NAME_PREFIX} {n}`, category: "other", kind: "sustaining", amount: 10, currency, spendPeriod: 2 };
  const url = `${ipv4(setup.appUrl)}/api/scenarios/${scenarioId}/capex`;
  const load = startLoad({ url, method: "POST", headers, body, connections: LOAD_CONNECTIONS, durationSeconds: 14 });
  await sleep(3_000);
  await run([...setup.pgCtl, "-m", "fast", "-w", "stop"]);
  await sleep(3_000);
  await run([...setup.pgCtl, "-w", "start"]);
  // Recovery: the first request that reads the database succeeds again (the app was not restarted).
  const recovery = waitFor("a database read after PostgreSQL is back", async () => ((await api("/api/projects")).ok ? true : undefined), 60_000);
  const [result, recovered] = await Promise.all([load, recovery.catch(() => undefined)]);
  // Then reads under load again: a connection the restart left broken in the app's pool would hang or fail some.
  const after = await startLoad({ url: `${ipv4(setup.appUrl)}/api/projects`, headers, connections: 4, durationSeconds: 6 });

  let dataCheck = "partial writes";
  await check("PostgreSQL restarted under writes: every answer is 2xx or 503 with an error code", () => {
    const unclean = Object.entries(result.answers).filter(([key]) => !/^503 [A-Z_]+$/.test(key));
    const detail = JSON.stringify({ answers: result.answers, samples: result.samples.filter((s) => s.status !== 503).slice(0, 5) });
    assert(unclean.length === 0 && result.errors === 0 && result.timeouts === 0, `${result.errors} errors, ${result.timeouts} timeouts; answers: ${detail}`);
    assert(countIn(result, 200, 300) > 0 && countIn(result, 503, 504) > 0, `the burst must both succeed and meet the outage: ${JSON.stringify(result.statuses)}`);
  });
  await check("PostgreSQL back: the same app instance answers from the database again within 60 s", () => assert(recovered, "no request succeeded"));
  await check("PostgreSQL back: every read under load succeeds again (no connection left broken in the app's pool)", () => {
    assert(countIn(after, 200, 300) === after.requests && after.requests > 0, `after recovery: ${JSON.stringify(after.statuses)}, ${after.errors} errors, ${after.timeouts} timeouts; ${JSON.stringify(after.samples.slice(0, 2))}`);
  });
  await check("no partial write: every acknowledged create is stored, every row has its audit entry and every entry its row", async () => {
    dataCheck = await reconcile(scenarioId, result);
  });
  recordRow(setup, { case: LABEL, load: result, recoverySeconds: recovered?.seconds ?? null, dataCheck });
});
process.exitCode = failedCount() > 0 ? 1 : (process.exitCode ?? 0);
