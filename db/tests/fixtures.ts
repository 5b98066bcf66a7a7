import { expect } from "vitest";
import type { DbOrTx } from "@/db";
import { equipment, projects, scenarios, simulationRuns, type NewScenario } from "@/db/schema";

/** Complete settings of a root scenario (every column scenarios_root_settings_complete requires). */
export const ROOT_SETTINGS = {
  startYear: 2027,
  lifeYears: 10,
  constructionPeriods: 2,
  currency: "USD",
  discountRatePct: 8,
  discounting: "end_of_period",
  incomeTaxRatePct: 30,
  royaltyType: "nsr",
  royaltyRatePct: 3,
  depreciationMethod: "straight_line",
  depreciationLifeYears: 8,
  taxLossCarryForward: true,
  receivableDays: 30,
  payableDays: 45,
  closureCost: 1_000_000,
  salvageValue: 0,
  inflationPct: 0,
  terms: "real",
  metalPrice: 4,
  metalPriceUnit: "lb",
  fxRate: 1,
  gradeUnit: "pct",
  payablePct: 96.5,
} as const satisfies Partial<NewScenario>;

let counter = 0;
/** A name unique within the test run (tests of one file share a database). */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix} ${counter}-${Math.random().toString(36).slice(2, 7)}`;
}

export async function insertProject(db: DbOrTx, organisationId: string, name = uniqueName("Project")) {
  const [project] = await db
    .insert(projects)
    .values({
      organisationId,
      name,
      operationType: "open_pit",
      primaryCommodity: "copper",
      currency: "USD",
      defaultDiscountRatePct: 8,
    })
    .returning();
  if (!project) throw new Error("project not created");
  return project;
}

export async function insertScenario(db: DbOrTx, values: Omit<NewScenario, "name"> & { name?: string }) {
  const isRoot = values.parentScenarioId == null;
  const [scenario] = await db
    .insert(scenarios)
    .values({ name: uniqueName("Scenario"), ...(isRoot ? ROOT_SETTINGS : {}), ...values })
    .returning();
  if (!scenario) throw new Error("scenario not created");
  return scenario;
}

export { insertPriceDeck } from "@/tests/support/price-decks";

export async function insertEquipment(db: DbOrTx, scenarioId: string) {
  const [row] = await db
    .insert(equipment)
    .values({
      scenarioId,
      name: uniqueName("Truck"),
      equipmentType: "haul_truck",
      quantity: 2,
      purchaseCost: 5_000_000,
      operatingCostPerHour: 250,
      hoursPerYear: 6000,
      lifeYears: 7,
      availabilityPct: 88,
    })
    .returning();
  if (!row) throw new Error("equipment not created");
  return row;
}

export async function insertSimulationRun(
  db: DbOrTx,
  values: { scenarioId: string; organisationId: string },
) {
  const [run] = await db
    .insert(simulationRuns)
    .values({ ...values, iterations: 1000, seed: 42, engineVersion: "0.1.0", manifest: {}, inputHash: "abc" })
    .returning();
  if (!run) throw new Error("run not created");
  return run;
}

/** The messages of an error and its causes (drizzle wraps the driver's error in DrizzleQueryError). */
function errorMessages(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    messages.push(current.message);
    current = current.cause;
  }
  return messages.join(" | ");
}

/** Asserts the database refused the write and names the constraint (or column) that refused it. */
export async function expectViolation(write: PromiseLike<unknown>, constraint: string): Promise<void> {
  let caught: unknown;
  try {
    await write;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected the write to violate ${constraint}`).toBeInstanceOf(Error);
  expect(errorMessages(caught)).toContain(`"${constraint}"`);
}
