import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { simulationRuns } from "@/db/schema";
import { buildOpenApiDocument } from "@/lib/http/openapi";
import { simulationContractList, simulationDetailSchema } from "@/lib/http/contracts/simulations";
import { useTestDb } from "@/tests/support/db";
import { createSimulationWorld, postRun, type RunBody, type SimulationWorld } from "@/tests/support/simulation-world";

// POST /api/simulations/run with `convergence`: refused by field (400) before anything is stored, and, when
// accepted, the settings come back on the run's detail (from its manifest) with the API's defaults filled in.

const getDb = useTestDb();
let db: Db;
let world: SimulationWorld;

beforeAll(async () => {
  db = await getDb();
  world = await createSimulationWorld(db);
});

type ConvergingBody = RunBody & { convergence?: Record<string, unknown> };

const countRuns = async () => (await db.select({ id: simulationRuns.id }).from(simulationRuns)).length;
const fieldErrorsOf = (res: { body: unknown }) => (res.body as { error: { code: string; fieldErrors?: Record<string, string[]> } }).error;

describe("POST /api/simulations/run with a convergence auto-stop", () => {
  it.each([
    { case: "a minimum above the run's iterations", changes: { iterations: 5000, convergence: { relativeTolerancePct: 0.5 } }, field: "convergence.minIterations", message: "Minimum iterations (convergence.minIterations) must be at most the run's 5000 iterations; got 10000" },
    { case: "a minimum below 1,000", changes: { convergence: { relativeTolerancePct: 0.5, minIterations: 999 } }, field: "convergence.minIterations", message: "Minimum iterations (convergence.minIterations) must be at least 1000 iterations" },
    { case: "a tolerance of 0 %", changes: { convergence: { relativeTolerancePct: 0 } }, field: "convergence.relativeTolerancePct", message: "Tolerance (convergence.relativeTolerancePct) must be above 0 % of the value" },
    { case: "a tolerance above 10 %", changes: { convergence: { relativeTolerancePct: 10.5 } }, field: "convergence.relativeTolerancePct", message: "Tolerance (convergence.relativeTolerancePct) must be at most 10 % of the value" },
    { case: "no tolerance", changes: { convergence: { statistic: "p50" } }, field: "convergence.relativeTolerancePct", message: expect.any(String) },
    { case: "an unknown statistic", changes: { convergence: { statistic: "max", relativeTolerancePct: 1 } }, field: "convergence.statistic", message: expect.any(String) },
    { case: "metrics without the NPV", changes: { metrics: ["irr"], convergence: { relativeTolerancePct: 1 } }, field: "metrics", message: "Metrics must include npv when the run stops early on convergence: the NPV is what converges" },
  ])("refuses $case (400, field error on $field) and stores nothing", async ({ changes, field, message }) => {
    const before = await countRuns();
    const body: ConvergingBody = { scenarioId: world.scenarioId, iterations: 20_000, seed: 1, ...changes };
    const res = await postRun(world, body);
    expect(res.status).toBe(400);
    const error = fieldErrorsOf(res);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.fieldErrors?.[field]).toEqual([message]);
    expect(await countRuns()).toBe(before);
  });

  it("fills in the defaults and shows the settings on the run's detail", async () => {
    const body: ConvergingBody = { scenarioId: world.scenarioId, iterations: 10_000, seed: 3, metrics: ["npv"], convergence: { relativeTolerancePct: 1 } };
    const res = await postRun(world, body);
    expect(res.status).toBe(201);
    const run = simulationDetailSchema.parse((res.body as { run: unknown }).run);
    // 10,000 is the minimum and the last iteration: no checkpoint lies before it, so the run evaluates all of them.
    expect(run).toMatchObject({ convergence: { statistic: "mean", relativeTolerancePct: 1, minIterations: 10_000 }, stoppedEarly: false, iterationsRun: 10_000 });
  });

  it("is described in the OpenAPI document", () => {
    const document = JSON.stringify(buildOpenApiDocument(simulationContractList, { version: "test" }));
    expect(document).toContain("0.5 stops the run once the standard error of the NPV's mean (or P50) is at most 0.5 % of its absolute value");
    expect(document).toContain("Stopped at a convergence checkpoint before all its iterations");
  });
});
