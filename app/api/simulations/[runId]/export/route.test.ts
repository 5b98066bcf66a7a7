import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { auditLog } from "@/db/schema";
import type { MetricResultOutput, SimulationDetailOutput } from "@/lib/http/contracts/simulations";
import { setSimulationConfigOverrides } from "@/lib/simulations/config";
import { useTestDb } from "@/tests/support/db";
import { readCsvTable, readWorkbookTables, requestExport, type TableRecord } from "@/tests/support/export-files";
import { CALLERS, expectedStatuses } from "@/tests/support/scenario-api";
import { createSimulationWorld, getRunDetail, insertRunLike, postRun, type SimulationWorld } from "@/tests/support/simulation-world";

// GET /api/simulations/{runId}/export: what the file holds is read back (csv-parse, exceljs) and compared, column
// by header name, with the run's STORED results as GET /api/simulations/{runId} answers them.

const getDb = useTestDb();
let db: Db;
let world: SimulationWorld;
/** 64 iterations with their samples kept, and a second run of another seed without samples. */
let withSamples: SimulationDetailOutput;
let withoutSamples: SimulationDetailOutput;
const ITERATIONS = 64;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function finishedRun(seed: number, keepSamples: boolean): Promise<SimulationDetailOutput> {
  const res = await postRun(world, { scenarioId: world.scenarioId, iterations: ITERATIONS, seed, percentiles: [5, 50, 95], keepSamples });
  expect(res.status).toBe(201);
  // Re-read: the POST answer carries the freshly computed results, the export reads the stored ones.
  return getRunDetail(world, (res.body as { run: { id: string } }).run.id);
}

beforeAll(async () => {
  db = await getDb();
  world = await createSimulationWorld(db);
  setSimulationConfigOverrides({ queue: "local" });
  withSamples = await finishedRun(1, true);
  withoutSamples = await finishedRun(2, false);
});

const resultsOf = (run: SimulationDetailOutput): MetricResultOutput[] => run.results ?? [];
const rowsOf = (records: TableRecord[], metric: string) => records.filter((r) => r.metric === metric);
/** The export lists metrics in the run's order, as the API does (they once differed: the export sorted by name). */
const metricOrder = (names: readonly unknown[]) => [...new Set(names.map(String))];

function expectStatistics(records: TableRecord[], run: SimulationDetailOutput): void {
  expect(metricOrder(records.map((r) => r.metric))).toEqual(metricOrder(resultsOf(run).map((m) => m.metric)));
  for (const m of resultsOf(run)) {
    const row = rowsOf(records, m.metric)[0];
    expect(row).toEqual({
      metric: m.metric, unit: m.unit, count: m.count, non_finite_count: m.nonFiniteCount, mean: m.mean, sd: m.sd,
      standard_error: m.standardError, min: m.min, max: m.max, var_level: m.valueAtRisk.level, var_value: m.valueAtRisk.value,
      expected_shortfall: m.expectedShortfall.value, probability_of_loss: m.probabilityOfLoss,
    });
    // Every iteration is in the file: finite ones counted, the others (no IRR, no payback) counted apart.
    expect(Number(row?.count) + Number(row?.non_finite_count)).toBe(ITERATIONS);
  }
}

function expectPercentiles(records: TableRecord[], run: SimulationDetailOutput): void {
  expect(records.length).toBe(resultsOf(run).length * 3);
  for (const m of resultsOf(run)) {
    expect(m.percentiles.map((p) => p.percent)).toEqual([5, 50, 95]);
    expect(rowsOf(records, m.metric)).toEqual(m.percentiles.map((p) => ({ metric: m.metric, unit: m.unit, percentile: p.percent, value: p.value })));
  }
}

function expectHistogram(records: TableRecord[], run: SimulationDetailOutput): void {
  for (const m of resultsOf(run)) {
    const rows = rowsOf(records, m.metric);
    const expected = m.histogram.counts.map((count, bin) => ({ metric: m.metric, unit: m.unit, bin, bin_start: m.histogram.edges[bin], bin_end: m.histogram.edges[bin + 1], count }));
    expect(rows).toEqual(expected);
    expect(rows.reduce((sum, r) => sum + Number(r.count), 0)).toBe(m.count);
  }
}

/** The samples hold one row per iteration; each metric's column has that metric's count, min, max and mean. */
function expectSamples(header: string[], records: TableRecord[], run: SimulationDetailOutput): void {
  expect(header[0]).toBe("iteration");
  expect(metricOrder(header.slice(1))).toEqual(metricOrder(resultsOf(run).map((m) => m.metric)));
  expect(records.map((r) => r.iteration)).toEqual(Array.from({ length: ITERATIONS }, (_, i) => i + 1));
  for (const m of resultsOf(run)) {
    const finite = records.map((r) => r[m.metric]).filter((v): v is number => typeof v === "number");
    expect(finite).toHaveLength(m.count);
    expect(Math.min(...finite)).toBe(m.min);
    expect(Math.max(...finite)).toBe(m.max);
    const mean = finite.reduce((a, b) => a + b, 0) / finite.length;
    // The stored mean is an exact sum; a naive one differs in the last bits only.
    expect(Math.abs(mean - (m.mean ?? NaN))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(mean)));
  }
}

describe("simulation export: content", () => {
  it("the workbook holds the run's stored statistics, percentiles, histogram and every kept iteration", async () => {
    const res = await requestExport(world, withSamples.id, "?format=xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="simulation-${withSamples.id.slice(0, 8)}-results.xlsx"`);
    const { names, tables } = await readWorkbookTables(await res.arrayBuffer());
    expect(names).toEqual(["statistics", "percentiles", "histogram", "samples"]);
    expect(withSamples.iterationsRun).toBe(ITERATIONS);
    expectStatistics(tables.get("statistics")?.records ?? [], withSamples);
    expectPercentiles(tables.get("percentiles")?.records ?? [], withSamples);
    expectHistogram(tables.get("histogram")?.records ?? [], withSamples);
    expectSamples(tables.get("samples")?.header ?? [], tables.get("samples")?.records ?? [], withSamples);
  });

  it.each([
    ["statistics", expectStatistics],
    ["percentiles", expectPercentiles],
    ["histogram", expectHistogram],
  ] as const)("the %s CSV holds the same table", async (part, expectTable) => {
    const res = await requestExport(world, withSamples.id, `?format=csv&part=${part}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain(`simulation-${withSamples.id.slice(0, 8)}-${part}.csv`);
    expectTable(readCsvTable(await res.text()).records, withSamples);
  });

  it("the samples CSV has one row per iteration", async () => {
    const { header, records } = readCsvTable(await (await requestExport(world, withSamples.id, "?format=csv&part=samples")).text());
    expectSamples(header, records, withSamples);
  });

  it("exports the run named in the URL, not another run of the scenario", async () => {
    expect(resultsOf(withoutSamples)[0]?.mean).not.toBe(resultsOf(withSamples)[0]?.mean);
    const res = await requestExport(world, withoutSamples.id, "?format=csv&part=statistics");
    expectStatistics(readCsvTable(await res.text()).records, withoutSamples);
  });

  it("leaves the samples sheet out when the run kept none, and answers 404 for its samples CSV", async () => {
    const { names } = await readWorkbookTables(await (await requestExport(world, withoutSamples.id)).arrayBuffer());
    expect(names).toEqual(["statistics", "percentiles", "histogram"]);
    const res = await requestExport(world, withoutSamples.id, "?format=csv&part=samples");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });

  it("audits the export with the file name", async () => {
    await (await requestExport(world, withoutSamples.id, "?format=csv&part=percentiles")).text();
    const entries = await db
      .select({ after: auditLog.after, userId: auditLog.userId })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, withoutSamples.id), eq(auditLog.action, "export")));
    expect(entries).toContainEqual({ userId: world.userIds.analyst, after: expect.objectContaining({ fileName: `simulation-${withoutSamples.id.slice(0, 8)}-percentiles.csv`, format: "csv", part: "percentiles" }) });
  });
});

describe("simulation export: who and when", () => {
  it.each(CALLERS)("as %s", async (caller) => {
    const res = await requestExport(world, withSamples.id, "?format=csv", caller);
    expect(res.status).toBe(expectedStatuses("analyst", 200)[caller]);
    if (res.status !== 200) expect(((await res.json()) as { error: { code: string } }).error.code).toEqual(expect.any(String));
    else await res.text();
  });

  it("answers another organisation's run exactly as a run that does not exist", async () => {
    const theirs = await requestExport(world, withSamples.id, "", "outsider");
    const missing = await requestExport(world, "00000000-0000-4000-8000-000000000000", "", "outsider");
    expect(theirs.status).toBe(404);
    expect(await theirs.json()).toEqual(await missing.json());
  });

  it.each(["queued", "running", "failed", "cancelled"] as const)("refuses a %s run with 409 naming its state", async (status) => {
    const run = await insertRunLike(db, withSamples.id, { status, progress: status === "queued" ? 0 : 0.5 });
    const res = await requestExport(world, run.id, "?format=xlsx");
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("CONFLICT");
    expect(body.error.message).toContain(status);
  });

  it("answers 400 with field errors for an unknown format or part, or a run id that is not a UUID", async () => {
    const format = await requestExport(world, withSamples.id, "?format=pdf&part=everything");
    expect(format.status).toBe(400);
    const body = (await format.json()) as { error: { fieldErrors: Record<string, string[]> } };
    expect(Object.keys(body.error.fieldErrors)).toEqual(expect.arrayContaining(["format", "part"]));
    expect((await requestExport(world, "not-a-uuid")).status).toBe(400);
  });
});
