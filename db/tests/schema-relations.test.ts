import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { count, eq, inArray } from "drizzle-orm";
import {
  capexItems,
  maintenanceLogs,
  organisations,
  priceDeckPrices,
  priceDecks,
  processParameters,
  productionOutputs,
  projects,
  scenarioRowRemovals,
  scenarios,
  simulationResults,
  simulationRuns,
  users,
} from "@/db/schema";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import {
  expectViolation,
  insertEquipment,
  insertPriceDeck,
  insertProject,
  insertScenario,
  insertSimulationRun,
} from "./fixtures";
import { insert, type Ctx } from "./valid-rows";

const getDb = useTestDb();

/** A fresh organisation → project → root scenario → equipment → run, with its creating user. */
async function createTree(): Promise<Ctx> {
  const db = await getDb();
  const org = await createTestOrganisation(db);
  const user = await createTestUser(db, { organisationId: org.id, role: "project_manager" });
  const project = await insertProject(db, org.id);
  const root = await insertScenario(db, { projectId: project.id });
  const machine = await insertEquipment(db, root.id);
  const run = await insertSimulationRun(db, { scenarioId: root.id, organisationId: org.id });
  const deck = await insertPriceDeck(db, org.id);
  return {
    db,
    organisationId: org.id,
    userId: user.id,
    projectId: project.id,
    rootScenarioId: root.id,
    equipmentId: machine.id,
    runId: run.id,
    deckId: deck.id,
  };
}

let c: Ctx;
beforeAll(async () => {
  c = await createTree();
});

type Rule = [constraint: string, write: (c: Ctx) => Promise<unknown>];
const lineageId = randomUUID();

// Each rule: the first write is valid, the second repeats the key and must be refused.
const UNIQUE_RULES: Rule[] = [
  [
    "projects_organisation_id_name_unique",
    async (c) => {
      await insert.project(c, { name: "Twin" });
      return insert.project(c, { name: "Twin" });
    },
  ],
  [
    "scenarios_project_id_name_unique",
    async (c) => {
      await insert.rootScenario(c, { name: "Twin" });
      return insert.childScenario(c, { name: "Twin" });
    },
  ],
  [
    "scenarios_one_base_case_per_project",
    async (c) => {
      await insert.rootScenario(c, { isBaseCase: true });
      return insert.childScenario(c, { isBaseCase: true });
    },
  ],
  [
    "process_parameters_scenario_id_name_unique",
    async (c) => {
      await insert.parameter(c, { name: "Twin" });
      return insert.parameter(c, { name: "Twin" });
    },
  ],
  [
    "process_parameters_scenario_id_lineage_id_unique",
    async (c) => {
      await insert.parameter(c, { lineageId });
      return insert.parameter(c, { lineageId });
    },
  ],
  [
    "production_outputs_scenario_id_period_unique",
    async (c) => {
      await insert.production(c, { period: 500 });
      return insert.production(c, { period: 500 });
    },
  ],
  [
    "production_outputs_scenario_id_lineage_id_unique",
    async (c) => {
      await insert.production(c, { lineageId });
      return insert.production(c, { lineageId });
    },
  ],
  [
    "capex_items_scenario_id_lineage_id_unique",
    async (c) => {
      await insert.capex(c, { lineageId });
      return insert.capex(c, { lineageId });
    },
  ],
  [
    "opex_items_scenario_id_lineage_id_unique",
    async (c) => {
      await insert.opex(c, { lineageId });
      return insert.opex(c, { lineageId });
    },
  ],
  [
    "consumption_items_scenario_id_lineage_id_unique",
    async (c) => {
      await insert.consumption(c, { lineageId });
      return insert.consumption(c, { lineageId });
    },
  ],
  [
    "scenario_products_scenario_id_lineage_id_unique",
    async (c) => {
      await insert.product(c, { lineageId });
      return insert.product(c, { lineageId });
    },
  ],
  [
    "equipment_scenario_id_lineage_id_unique",
    async (c) => {
      await insert.equipment(c, { lineageId });
      return insert.equipment(c, { lineageId });
    },
  ],
  [
    "scenario_row_removals_scenario_id_entity_lineage_id_unique",
    async (c) => {
      await insert.removal(c, { lineageId });
      return insert.removal(c, { lineageId });
    },
  ],
  [
    "parameter_correlations_pair_unique",
    async (c) => {
      const pair = {
        parameterALineageId: "00000000-0000-4000-8000-000000000001",
        parameterBLineageId: "00000000-0000-4000-8000-000000000002",
      };
      await insert.correlation(c, pair);
      return insert.correlation(c, { ...pair, coefficient: -0.2 });
    },
  ],
  [
    "price_decks_organisation_id_name_unique",
    async (c) => {
      await insert.priceDeck(c, { name: "Twin" });
      return insert.priceDeck(c, { name: "Twin" });
    },
  ],
  [
    "price_deck_prices_pkey",
    async (c) => {
      await insert.priceDeckPrice(c, { year: 2150 });
      return insert.priceDeckPrice(c, { year: 2150 });
    },
  ],
  [
    "simulation_results_run_id_metric_unique",
    async (c) => {
      await insert.result(c, { metric: "irr" });
      return insert.result(c, { metric: "irr" });
    },
  ],
];

const missing = randomUUID();
const FOREIGN_KEY_RULES: Rule[] = [
  [
    "projects_organisation_id_organisations_id_fk",
    async (c) => insert.project(c, { organisationId: missing }),
  ],
  ["scenarios_project_id_projects_id_fk", async (c) => insert.rootScenario(c, { projectId: missing })],
  ["scenarios_parent_same_project_fk", async (c) => insert.childScenario(c, { parentScenarioId: missing })],
  [
    "process_parameters_scenario_id_scenarios_id_fk",
    async (c) => insert.parameter(c, { scenarioId: missing }),
  ],
  [
    "production_outputs_scenario_id_scenarios_id_fk",
    async (c) => insert.production(c, { scenarioId: missing }),
  ],
  ["capex_items_scenario_id_scenarios_id_fk", async (c) => insert.capex(c, { scenarioId: missing })],
  [
    "maintenance_logs_equipment_id_equipment_id_fk",
    async (c) => insert.maintenance(c, { equipmentId: missing }),
  ],
  [
    "consumption_actuals_consumption_item_id_consumption_items_id_fk",
    async (c) => insert.consumptionActual(c, { consumptionItemId: missing }),
  ],
  [
    "simulation_runs_organisation_id_organisations_id_fk",
    async (c) => insert.run(c, { organisationId: missing }),
  ],
  ["simulation_results_run_id_simulation_runs_id_fk", async (c) => insert.result(c, { runId: missing })],
  ["price_decks_organisation_id_organisations_id_fk", async (c) => insert.priceDeck(c, { organisationId: missing })],
  ["price_deck_prices_deck_id_price_decks_id_fk", async (c) => insert.priceDeckPrice(c, { deckId: missing })],
  ["scenarios_price_deck_id_price_decks_id_fk", async (c) => insert.childScenario(c, { priceDeckId: missing })],
];

describe("unique and foreign-key rules", () => {
  it.each(UNIQUE_RULES)("refuses a duplicate: %s", async (constraint, write) => {
    await expectViolation(write(c), constraint);
  });

  it.each(FOREIGN_KEY_RULES)("refuses a dangling reference: %s", async (constraint, write) => {
    await expectViolation(write(c), constraint);
  });

  it("refuses a parent scenario from another project", async () => {
    const other = await insertProject(c.db, c.organisationId);
    await expectViolation(
      insert.childScenario({ ...c, projectId: other.id }),
      "scenarios_parent_same_project_fk",
    );
  });

  it("allows one base case in each of two projects", async () => {
    const other = await createTree();
    await insert.rootScenario(other, { isBaseCase: true });
    await expect(
      insert.rootScenario(
        { ...other, projectId: (await insertProject(other.db, other.organisationId)).id },
        { isBaseCase: true },
      ),
    ).resolves.toBeDefined();
  });
});

describe("deleting", () => {
  it("refuses to delete a parent scenario that has children (ON DELETE RESTRICT)", async () => {
    const t = await createTree();
    await insert.childScenario(t);
    await expectViolation(
      t.db.delete(scenarios).where(eq(scenarios.id, t.rootScenarioId)),
      "scenarios_parent_same_project_fk",
    );
  });

  it("removes a project's scenarios (parents and children) and all their rows with the project", async () => {
    const t = await createTree();
    const [child] = await insert.childScenario(t).returning({ id: scenarios.id });
    await Promise.all([
      insert.parameter(t),
      insert.production(t),
      insert.capex(t),
      insert.maintenance(t),
      insert.result(t),
    ]);
    await insert.removal({ ...t, rootScenarioId: child?.id ?? "" });
    await t.db.delete(projects).where(eq(projects.id, t.projectId));
    const ids = [t.rootScenarioId, child?.id ?? ""];
    const left = await Promise.all([
      t.db.select({ n: count() }).from(scenarios).where(eq(scenarios.projectId, t.projectId)),
      t.db.select({ n: count() }).from(processParameters).where(inArray(processParameters.scenarioId, ids)),
      t.db.select({ n: count() }).from(productionOutputs).where(inArray(productionOutputs.scenarioId, ids)),
      t.db.select({ n: count() }).from(capexItems).where(inArray(capexItems.scenarioId, ids)),
      t.db
        .select({ n: count() })
        .from(scenarioRowRemovals)
        .where(inArray(scenarioRowRemovals.scenarioId, ids)),
      t.db.select({ n: count() }).from(maintenanceLogs).where(eq(maintenanceLogs.equipmentId, t.equipmentId)),
      t.db.select({ n: count() }).from(simulationRuns).where(eq(simulationRuns.id, t.runId)),
      t.db.select({ n: count() }).from(simulationResults).where(eq(simulationResults.runId, t.runId)),
    ]);
    expect(left.map(([row]) => row?.n)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("removes everything of an organisation with it, price decks its scenarios use included", async () => {
    const t = await createTree();
    await insert.childScenario(t, { priceSource: "deck", priceDeckId: t.deckId });
    await t.db.delete(organisations).where(eq(organisations.id, t.organisationId));
    const [row] = await t.db
      .select({ n: count() })
      .from(projects)
      .where(eq(projects.organisationId, t.organisationId));
    expect(row?.n).toBe(0);
    const [decks] = await t.db.select({ n: count() }).from(priceDecks).where(eq(priceDecks.organisationId, t.organisationId));
    const [prices] = await t.db.select({ n: count() }).from(priceDeckPrices).where(eq(priceDeckPrices.deckId, t.deckId));
    expect([decks?.n, prices?.n]).toEqual([0, 0]);
  });

  it("refuses to delete a price deck a scenario uses, and deletes an unused one with its prices", async () => {
    const t = await createTree();
    await insert.childScenario(t, { priceDeckId: t.deckId });
    await expectViolation(t.db.delete(priceDecks).where(eq(priceDecks.id, t.deckId)), "scenarios_price_deck_id_price_decks_id_fk");
    const [unused] = await insert.priceDeck(t).returning({ id: priceDecks.id });
    await insert.priceDeckPrice({ ...t, deckId: unused?.id ?? "" });
    await t.db.delete(priceDecks).where(eq(priceDecks.id, unused?.id ?? ""));
    const [prices] = await t.db.select({ n: count() }).from(priceDeckPrices).where(eq(priceDeckPrices.deckId, unused?.id ?? ""));
    expect(prices?.n).toBe(0);
  });

  it("keeps the maintenance logs a user wrote, with created_by cleared, when the user is deleted", async () => {
    const t = await createTree();
    const [log] = await insert.maintenance(t).returning({ id: maintenanceLogs.id });
    await t.db.delete(users).where(eq(users.id, t.userId));
    const rows = await t.db
      .select({ createdBy: maintenanceLogs.createdBy })
      .from(maintenanceLogs)
      .where(eq(maintenanceLogs.id, log?.id ?? ""));
    expect(rows).toEqual([{ createdBy: null }]);
  });
});

describe("numeric columns", () => {
  it("return money and rates exactly as entered", async () => {
    const values = { amount: 1_234_567_890.1234, contingencyPct: 12.5 };
    const [row] = await insert
      .capex(c, values)
      .returning({ amount: capexItems.amount, contingencyPct: capexItems.contingencyPct });
    expect(row).toEqual(values);
    const [param] = await insert
      .parameter(c, { baseValue: 0.1 })
      .returning({ baseValue: processParameters.baseValue });
    expect(param?.baseValue).toBe(0.1);
  });
});
