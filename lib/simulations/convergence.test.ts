import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as rerunRoute from "@/app/api/simulations/[runId]/rerun/route";
import { getRunForWorker } from "@/db/queries/simulations";
import type { SimulationDetailOutput } from "@/lib/http/contracts/simulations";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { createSimulationWorld, postRun, resultsJson, waitForRunEnd, type RunBody, type SimulationWorld } from "@/tests/support/simulation-world";
import { canonicalJson } from "./canonical-json";
import { setSimulationConfigOverrides } from "./config";
import { convergenceFieldErrors, stopCheckpoints, toConvergenceSettings, toEngineConvergence } from "./convergence";
import { whenLocalQueueIdle } from "./local-queue";
import type { SimulationManifest } from "./manifest";

// The convergence auto-stop through the API: its manifest and hash, and a stopped run's results, identical at once
// and on the in-process queue whatever its chunk size and threads. (pg-boss: convergence-chunks.test.ts for the
// chunk merge, convergence-queue.test.ts for worker processes.)

/** The demo base case's mean NPV has a standard error of ~2.7 % of its value at 10,000 iterations and ~1.9 % at 20,000. */
const STOPPING: RunBody & { convergence: { statistic: "mean"; relativeTolerancePct: number; minIterations: number } } = {
  scenarioId: "",
  iterations: 50_000,
  seed: 7,
  convergence: { statistic: "mean", relativeTolerancePct: 2.5, minIterations: 10_000 },
};
const STOP_AT = 20_000;

const getDb = useTestDb();
let db: Db;
let world: SimulationWorld;

beforeAll(async () => {
  db = await getDb();
  world = await createSimulationWorld(db);
});

afterEach(async () => {
  await whenLocalQueueIdle();
  setSimulationConfigOverrides({});
});

const runOf = (res: { body: unknown }) => (res.body as { run: SimulationDetailOutput }).run;
const manifestOf = async (runId: string) => (await getRunForWorker(db, runId))?.manifest as SimulationManifest;

describe("between the API's words and the engine's", () => {
  it("turns a tolerance in percent into the engine's fraction of the NPV's statistic, and reads it back", () => {
    const engine = toEngineConvergence({ statistic: "p50", relativeTolerancePct: 0.5, minIterations: 10_000 });
    expect(engine).toEqual({ relativeTolerance: 0.005, statistic: "p50", metric: "npv", minIterations: 10_000 });
    expect(toConvergenceSettings({ convergence: engine })).toEqual({ statistic: "p50", relativeTolerancePct: 0.5, minIterations: 10_000 });
    expect(toConvergenceSettings({ convergence: { relativeTolerance: 0.003 } })).toEqual({ statistic: "mean", relativeTolerancePct: 0.3, minIterations: 10_000 });
    expect(toConvergenceSettings({})).toBeNull();
  });

  it("stops only at the engine's checkpoints from the minimum, below the run's iterations", () => {
    expect(stopCheckpoints({ iterations: 100_000, convergence: { relativeTolerance: 0.01, minIterations: 15_000 } })).toEqual([20_000, 50_000]);
    expect(stopCheckpoints({ iterations: 100_000 })).toEqual([]);
  });

  it("refuses, by field, what a script could ask beyond the contract", () => {
    const errors = convergenceFieldErrors({ statistic: "mean", relativeTolerancePct: 0, minIterations: 60_000 }, { iterations: 50_000, metrics: ["irr"] });
    expect(Object.keys(errors).sort()).toEqual(["convergence.minIterations", "convergence.relativeTolerancePct", "metrics"]);
    expect(errors["convergence.minIterations"]?.[0]).toBe("Minimum iterations (convergence.minIterations) must be at most the run's 50000 iterations; got 60000");
  });
});

describe("the manifest and its hash", () => {
  it("stay exactly as before without an auto-stop, and change (reproducibly) with one", async () => {
    const plain = runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 4096, seed: 5 }));
    const manifest = await manifestOf(plain.id);
    expect(Object.keys(manifest.spec)).not.toContain("convergence");
    expect(canonicalJson(manifest)).not.toContain("convergence");
    expect(plain).toMatchObject({ convergence: null, stoppedEarly: false, iterationsRun: 4096 });

    const body = { ...STOPPING, scenarioId: world.scenarioId, iterations: 12_288, convergence: { ...STOPPING.convergence, relativeTolerancePct: 0.5 } };
    const converging = runOf(await postRun(world, body));
    expect((await manifestOf(converging.id)).spec.convergence).toEqual({ relativeTolerance: 0.005, statistic: "mean", metric: "npv", minIterations: 10_000 });
    expect(converging.inputHash).not.toBe(runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 12_288, seed: 7 })).inputHash);
    // The only checkpoint in [10,000, 12,288) is 10,000, where the NPV is far from 0.5 %: every iteration runs.
    expect(converging).toMatchObject({ status: "succeeded", stoppedEarly: false, iterationsRun: 12_288, convergence: { statistic: "mean", relativeTolerancePct: 0.5, minIterations: 10_000 } });
  });
});

describe("a run that stops early", () => {
  it("gives the same results at once, on the in-process queue with 8,192-iteration chunks on one thread and 4,096 on two, and rerun", async () => {
    setSimulationConfigOverrides({ syncMaxIterations: 1_000_000 });
    const reference = runOf(await postRun(world, { ...STOPPING, scenarioId: world.scenarioId }));
    expect(reference).toMatchObject({ status: "succeeded", execution: "inline", stoppedEarly: true, iterationsRun: STOP_AT, iterations: 50_000 });
    expect(reference.results?.find((r) => r.metric === "npv")?.convergence.at(-1)?.iterations).toBe(STOP_AT);

    // The engine's default chunk for 50,000 iterations: 8,192 on one thread, 4,096 on two (about eight per thread).
    for (const threads of [1, 2]) {
      setSimulationConfigOverrides({ queue: "local", syncMaxIterations: 4096, threads });
      const accepted = await postRun(world, { ...STOPPING, scenarioId: world.scenarioId });
      expect(accepted.status).toBe(202);
      const done = await waitForRunEnd(world, runOf(accepted).id);
      expect(done).toMatchObject({ status: "succeeded", execution: "local", stoppedEarly: true, iterationsRun: STOP_AT, inputHash: reference.inputHash });
      expect(resultsJson(done)).toBe(resultsJson(reference));
    }

    setSimulationConfigOverrides({ syncMaxIterations: 1_000_000 });
    const rerun = await callRoute(rerunRoute.POST, "POST", "/x", { cookie: world.cookies.analyst, params: { runId: reference.id } });
    expect(runOf(rerun)).toMatchObject({ stoppedEarly: true, inputHash: reference.inputHash, convergence: reference.convergence });
    expect(resultsJson(runOf(rerun))).toBe(resultsJson(reference));
  }, 120_000);
});
