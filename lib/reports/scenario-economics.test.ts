import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { getScenarioEconomics } from "@/lib/scenarios";
import { useTestDb } from "@/tests/support/db";
import { createSimulationWorld, postRun, type SimulationWorld } from "@/tests/support/simulation-world";
import { insertProject, insertScenario } from "@/tests/support/scenario-api";
import { loadRunResults } from "./runs";
import { loadEconomicsReport } from "./scenario-economics";

// The scenario economics report prints what the scenario's Economics tab shows, for the caller's organisation only;
// the distribution report's run carries its NPV sensitivity (the tornado).

const getDb = useTestDb();
let db: Db;
let world: SimulationWorld;

beforeAll(async () => {
  db = await getDb();
  world = await createSimulationWorld(db);
});

describe("the scenario economics report", () => {
  it("holds the Economics tab's figures for the demo base case, with its scenario and project", async () => {
    const report = await loadEconomicsReport({ organisationId: world.organisationId, scenarioId: world.scenarioId });
    const tab = await getScenarioEconomics({ organisationId: world.organisationId, scenarioId: world.scenarioId });
    if (!report?.economics.ok) throw new Error("the demo base case must be modelled");
    expect(report.scenario).toEqual({ id: world.scenarioId, name: tab.scenarioName });
    expect(report.project.name).toMatch(/^Quebrada Azul/);
    expect(report.economics.economics.summary).toEqual(tab.summary);
    expect(report.economics.economics.annualCashFlow).toHaveLength(17);
    expect(report.economics.economics.sensitivities.breakEvens.map((b) => b.driver)).toEqual(["price", "operating_cost", "capital_cost"]);
    expect(report.plausibility).toEqual([]);
  });

  it("states the demo base case's conventions for the cover and its key assumptions with units", async () => {
    const report = await loadEconomicsReport({ organisationId: world.organisationId, scenarioId: world.scenarioId });
    expect(report?.conventions.map((fact) => fact.label)).toEqual(["Currency", "Discounting", "Discount rate", "Terms"]);
    expect(report?.conventions[0]).toEqual({ label: "Currency", value: "USD" });
    const byLabel = new Map(report?.assumptions.map((assumption) => [assumption.label, assumption]));
    expect(byLabel.get("Mine life")).toMatchObject({ group: "Production", unit: "years" });
    expect(byLabel.get("Discount rate")).toMatchObject({ group: "Valuation", unit: "% a year" });
    expect(byLabel.get("Initial capital (with contingency)")).toMatchObject({ unit: "USD M" });
    expect(byLabel.get("Initial capital (with contingency)")?.value).toBeGreaterThan(0);
    expect(byLabel.get("Mean recovery")?.value).toBeGreaterThan(0);
  });

  it("lists the values a reviewer would question, even when the inputs cannot be modelled yet", async () => {
    const project = await insertProject(db, world.organisationId);
    const scenario = await insertScenario(db, { projectId: project.id, discountRatePct: 25 });
    const report = await loadEconomicsReport({ organisationId: world.organisationId, scenarioId: scenario.id });
    expect(report?.plausibility).toEqual([
      { code: "discount_rate_unusual", field: "settings.discountRatePct", message: "Discount rate 25 % is far above the usual 3–15 %" },
    ]);
  });

  it("is not found for another organisation", async () => {
    expect(await loadEconomicsReport({ organisationId: world.otherOrganisationId, scenarioId: world.scenarioId })).toBeUndefined();
  });

  it("says why when the inputs cannot be modelled yet, instead of failing", async () => {
    const project = await insertProject(db, world.organisationId);
    const scenario = await insertScenario(db, { projectId: project.id });
    const report = await loadEconomicsReport({ organisationId: world.organisationId, scenarioId: scenario.id });
    expect(report?.economics).toMatchObject({ ok: false, message: expect.any(String) });
  });
});

describe("the distribution report's run", () => {
  it("carries the run's NPV sensitivity, one bar per stochastic input", async () => {
    expect((await postRun(world, { scenarioId: world.scenarioId, iterations: 512, seed: 7 })).status).toBe(201);
    const results = await loadRunResults(db, { organisationId: world.organisationId, scenarioId: world.scenarioId });
    expect(results?.sensitivity?.sampleSize).toBe(512);
    expect(results?.sensitivity?.spearman.map((bar) => bar.name).sort()).toEqual(["Capex factor", "Copper price", "Head grade factor", "Opex factor", "Recovery"]);
  });
});
