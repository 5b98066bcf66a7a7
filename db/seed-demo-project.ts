import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "./client";
import {
  capexItems,
  consumptionActuals,
  consumptionItems,
  equipment,
  maintenanceLogs,
  opexItems,
  parameterCorrelations,
  priceDeckPrices,
  priceDecks,
  scenarioProducts,
  processParameters,
  productionOutputs,
  projects,
  scenarioRowRemovals,
  scenarios,
} from "./schema";
import { ACTUALS_PROFILES, consumptionActualsHistory } from "./seed-data/consumption-actuals";
import { maintenanceHistory, MAINTENANCE_PROFILES } from "./seed-data/maintenance-history";
import {
  BASE_SCENARIO,
  CAMP_EXPANSION,
  capexItems as capexRows,
  CHILD_PRODUCTION_OVERRIDES,
  CHILD_SCENARIO,
  productionSchedule,
  PROJECT,
} from "./seed-data/quebrada-azul";
import {
  CONSUMPTION_ITEMS,
  CORRELATIONS,
  FLEET,
  OPEX_ITEMS,
  PARAMETERS,
} from "./seed-data/quebrada-azul-operations";
import { BY_PRODUCT_SCENARIO, CONSENSUS_DECK, CONSENSUS_PRICES, DECK_SCENARIO, GOLD_BY_PRODUCT } from "./seed-data/quebrada-azul-prices";

export type DemoProjectIds = {
  projectId: string;
  baseScenarioId: string;
  childScenarioId: string;
  /** "Consensus price deck": the base case on the organisation's consensus price deck. */
  deckScenarioId: string;
  priceDeckId: string;
  /** "Copper–gold (gold by-product)": the base case with a gold by-product. */
  byProductScenarioId: string;
};

function required<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw new Error(`demo ${what} was not created`);
  return row;
}

/**
 * Seeds the demo open-pit copper project (Quebrada Azul Copper) for an organisation: a complete base case, a
 * child scenario that stores only its differences, and a branch on the organisation's consensus price deck. One bulk insert per table; run it inside the seeding
 * transaction (db/seed.ts seeds once, which makes it idempotent).
 */
export async function seedDemoProject(db: DbOrTx, organisationId: string): Promise<DemoProjectIds> {
  const project = required(
    (
      await db
        .insert(projects)
        .values({ ...PROJECT, organisationId })
        .returning({ id: projects.id })
    )[0],
    "project",
  );
  const base = required(
    (
      await db
        .insert(scenarios)
        .values({ ...BASE_SCENARIO, projectId: project.id })
        .returning({ id: scenarios.id })
    )[0],
    "base scenario",
  );
  const scenarioId = base.id;
  const [production, capex, parameters, fleet, , consumption] = await Promise.all([
    db
      .insert(productionOutputs)
      .values(productionSchedule().map((row) => ({ ...row, scenarioId })))
      .returning(),
    db
      .insert(capexItems)
      .values(capexRows().map((row) => ({ ...row, scenarioId, currency: "USD" })))
      .returning({ name: capexItems.name, lineageId: capexItems.lineageId }),
    db
      .insert(processParameters)
      .values(PARAMETERS.map((row) => ({ ...row, scenarioId })))
      .returning({ name: processParameters.name, lineageId: processParameters.lineageId }),
    db
      .insert(equipment)
      .values(FLEET.map((row) => ({ ...row, scenarioId })))
      .returning({ id: equipment.id, equipmentType: equipment.equipmentType }),
    db.insert(opexItems).values(OPEX_ITEMS.map((row) => ({ ...row, scenarioId }))),
    db
      .insert(consumptionItems)
      .values(CONSUMPTION_ITEMS.map((row) => ({ ...row, scenarioId })))
      .returning({ id: consumptionItems.id, name: consumptionItems.name }),
  ]);
  const lineageOf = new Map(parameters.map((p) => [p.name, p.lineageId]));
  await Promise.all([
    db.insert(parameterCorrelations).values(
      CORRELATIONS.map(({ a, b, coefficient }) => {
        const [first, second] = [required(lineageOf.get(a), a), required(lineageOf.get(b), b)].sort();
        return {
          scenarioId,
          parameterALineageId: first ?? "",
          parameterBLineageId: second ?? "",
          coefficient,
        };
      }),
    ),
    db
      .insert(maintenanceLogs)
      .values(
        fleet.flatMap((line, index) =>
          maintenanceHistory(
            line.id,
            1000 + index,
            required(MAINTENANCE_PROFILES[line.equipmentType], line.equipmentType),
          ),
        ),
      ),
    db.insert(consumptionActuals).values(
      consumption.flatMap((item, index) => {
        const profile = ACTUALS_PROFILES[item.name];
        return profile ? consumptionActualsHistory(item.id, 2000 + index, profile) : [];
      }),
    ),
  ]);
  const childScenarioId = await seedChildScenario(db, {
    projectId: project.id,
    parentScenarioId: scenarioId,
    production,
    capex,
  });
  const priceDeckId = await findOrSeedConsensusDeck(db, organisationId);
  const deckScenario = required(
    (
      await db
        .insert(scenarios)
        .values({ ...DECK_SCENARIO, projectId: project.id, parentScenarioId: scenarioId, priceDeckId })
        .returning({ id: scenarios.id })
    )[0],
    "price deck scenario",
  );
  const byProductScenarioId = await seedByProductScenario(db, { projectId: project.id, parentScenarioId: scenarioId });
  return { projectId: project.id, baseScenarioId: scenarioId, childScenarioId, deckScenarioId: deckScenario.id, priceDeckId, byProductScenarioId };
}

/** The "Copper–gold" branch: nothing of its own but the gold by-product row. */
async function seedByProductScenario(db: DbOrTx, { projectId, parentScenarioId }: { projectId: string; parentScenarioId: string }): Promise<string> {
  const [scenario] = await db.insert(scenarios).values({ ...BY_PRODUCT_SCENARIO, projectId, parentScenarioId }).returning({ id: scenarios.id });
  const scenarioId = required(scenario, "by-product scenario").id;
  await db.insert(scenarioProducts).values({ ...GOLD_BY_PRODUCT, scenarioId });
  return scenarioId;
}

/** The organisation's consensus deck: seeded once per organisation (a deck's name is unique in it), then reused. */
async function findOrSeedConsensusDeck(db: DbOrTx, organisationId: string): Promise<string> {
  const [existing] = await db
    .select({ id: priceDecks.id })
    .from(priceDecks)
    .where(and(eq(priceDecks.organisationId, organisationId), eq(priceDecks.name, CONSENSUS_DECK.name)));
  if (existing) return existing.id;
  const deck = required(
    (await db.insert(priceDecks).values({ ...CONSENSUS_DECK, organisationId }).returning({ id: priceDecks.id }))[0],
    "price deck",
  );
  await db.insert(priceDeckPrices).values(CONSENSUS_PRICES.map((p) => ({ ...p, deckId: deck.id })));
  return deck.id;
}

type ParentRows = {
  projectId: string;
  parentScenarioId: string;
  production: (typeof productionOutputs.$inferSelect)[];
  capex: { name: string; lineageId: string }[];
};

/** "Higher price, faster ramp-up": overrides the price and two production periods, removes the camp expansion. */
async function seedChildScenario(db: DbOrTx, parent: ParentRows): Promise<string> {
  const child = required(
    (
      await db
        .insert(scenarios)
        .values({ ...CHILD_SCENARIO, projectId: parent.projectId, parentScenarioId: parent.parentScenarioId })
        .returning({ id: scenarios.id })
    )[0],
    "child scenario",
  );
  const overrides = CHILD_PRODUCTION_OVERRIDES.map((override) => {
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...inherited
    } = required(
      parent.production.find((row) => row.period === override.period),
      `period ${override.period}`,
    );
    // Same lineage_id as the parent's row: the override replaces it in the child's effective schedule.
    return { ...inherited, ...override, scenarioId: child.id };
  });
  const camp = required(
    parent.capex.find((item) => item.name === CAMP_EXPANSION),
    CAMP_EXPANSION,
  );
  await Promise.all([
    db.insert(productionOutputs).values(overrides),
    db
      .insert(scenarioRowRemovals)
      .values({ scenarioId: child.id, entity: "capex", lineageId: camp.lineageId }),
  ]);
  return child.id;
}
