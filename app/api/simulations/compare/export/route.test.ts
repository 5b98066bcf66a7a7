import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import type { MetricResultOutput, SimulationDetailOutput } from "@/lib/http/contracts/simulations";
import { setSimulationConfigOverrides } from "@/lib/simulations/config";
import { useTestDb } from "@/tests/support/db";
import { readBothFormats, requestFile, type TableRecord } from "@/tests/support/export-files";
import { CALLERS, expectedStatuses, type Caller } from "@/tests/support/scenario-api";
import { createSimulationWorld, getRunDetail, insertRunLike, postRun, type SimulationWorld } from "@/tests/support/simulation-world";
import * as exportRoute from "./route";

// GET /api/simulations/compare/export: the file is read back (csv-parse, exceljs) and every statistic compared
// with GET /api/simulations/{runId} of each run.

const getDb = useTestDb();
let db: Db;
let world: SimulationWorld;
let runA: SimulationDetailOutput;
let runB: SimulationDetailOutput;

async function finishedRun(target: SimulationWorld, scenarioId: string, seed: number, percentiles: number[]): Promise<SimulationDetailOutput> {
  const res = await postRun(target, { scenarioId, iterations: 32, seed, percentiles });
  expect(res.status).toBe(201);
  return getRunDetail(target, (res.body as { run: { id: string } }).run.id);
}

beforeAll(async () => {
  db = await getDb();
  world = await createSimulationWorld(db);
  setSimulationConfigOverrides({ queue: "local" });
  runA = await finishedRun(world, world.childScenarioId, 7, [5, 50, 95]);
  runB = await finishedRun(world, world.scenarioId, 8, [10, 50, 90]);
});

const requestExport = (a: string, b: string, format: string, caller: Caller = "analyst") =>
  requestFile(exportRoute.GET, `/x?a=${a}&b=${b}&format=${format}`, { cookie: world.cookies[caller] });

const UNITS: Record<string, { unit: string; factor: number }> = { npv: { unit: "USD", factor: 1 }, irr: { unit: "%", factor: 100 } };

/** The statistics of one metric as the file must hold them: label → [unit, value in that unit]. */
function expectedRows(m: MetricResultOutput): [string, string, number | null][] {
  const { unit, factor } = UNITS[m.metric] ?? { unit: "years", factor: 1 };
  const scaled = (v: number | null) => (v === null ? null : v * factor);
  const rows: [string, string, number | null][] = [
    ["Iterations with a value", "iterations", m.count],
    ["Iterations without a value", "iterations", m.nonFiniteCount],
    ["Mean", unit, scaled(m.mean)],
    ["Standard deviation", unit, scaled(m.sd)],
    ["Standard error of the mean", unit, scaled(m.standardError)],
    ["Minimum", unit, scaled(m.min)],
    ...m.percentiles.map((p): [string, string, number | null] => [`P${p.percent}`, unit, scaled(p.value)]),
    ["Maximum", unit, scaled(m.max)],
    ["Value at risk", unit, scaled(m.valueAtRisk.value)],
    ["Expected shortfall", unit, scaled(m.expectedShortfall.value)],
  ];
  return m.metric === "npv" ? [...rows, ["Probability of loss", "%", m.probabilityOfLoss === null ? null : m.probabilityOfLoss * 100]] : rows;
}

function expectRun(records: TableRecord[], column: string, run: SimulationDetailOutput): void {
  for (const m of run.results ?? []) {
    for (const [statistic, unit, value] of expectedRows(m)) {
      const row = records.find((r) => r.Metric === { npv: "NPV", irr: "IRR", payback: "Payback", discounted_payback: "Discounted payback" }[m.metric] && r.Statistic === statistic);
      expect(row, `${m.metric} ${statistic}`).toBeDefined();
      expect(row?.Unit).toBe(unit);
      expect(row?.[column]).toBe(value);
    }
  }
}

describe("run comparison export", () => {
  it("the CSV and the workbook hold both runs' statistics side by side, as GET /api/simulations/{runId} answers them", async () => {
    const { csv, xlsx, sheetNames } = await readBothFormats((format) => requestExport(runA.id, runB.id, format));
    expect(sheetNames).toEqual(["Run comparison"]);
    const [columnA = "", columnB = ""] = csv.header.slice(3);
    expect(csv.header.slice(0, 3)).toEqual(["Metric", "Statistic", "Unit"]);
    expect(columnA).toMatch(/^Run A: .*, seed 7$/);
    expect(columnB).toMatch(/^Run B: .*, seed 8$/);
    expect(xlsx.records).toEqual(csv.records);
    for (const records of [csv.records, xlsx.records]) {
      expectRun(records, columnA, runA);
      expectRun(records, columnB, runB);
    }
    // Percentiles of either run are rows; a run that did not compute one has an empty cell there.
    const p95 = csv.records.find((r) => r.Metric === "NPV" && r.Statistic === "P95");
    expect(p95?.[columnB]).toBeNull();
  });

  it("names a CSV after the project", async () => {
    const res = await requestExport(runA.id, runB.id, "csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/filename="Quebrada-Azul-[\w-]+-run-comparison-\d{4}-\d{2}-\d{2}\.csv"$/);
    await res.text();
  });
});

describe("run comparison export: who and when", () => {
  it.each(CALLERS)("as %s", async (caller) => {
    const res = await requestExport(runA.id, runB.id, "csv", caller);
    expect(res.status).toBe(expectedStatuses("analyst", 200)[caller]);
    await res.text();
  });

  it("answers another organisation's run exactly as a run that does not exist (404)", async () => {
    const other = await createSimulationWorld(db);
    const theirs = await finishedRun(other, other.scenarioId, 1, [50]);
    const foreign = await requestExport(runA.id, theirs.id, "xlsx");
    const missing = await requestExport(runA.id, crypto.randomUUID(), "xlsx");
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual(await missing.json());
  });

  it("refuses a run that has not succeeded with 409, and the same run twice or a bad format with 400", async () => {
    const queued = await insertRunLike(db, runA.id, { status: "queued", progress: 0 });
    const res = await requestExport(runA.id, queued.id, "csv");
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("CONFLICT");
    expect((await requestExport(runA.id, runA.id, "csv")).status).toBe(400);
    expect((await requestExport(runA.id, runB.id, "pdf")).status).toBe(400);
  });
});
