import { count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import {
  auditLog,
  capexItems,
  consumptionItems,
  scenarioProducts,
  equipment,
  maintenanceLogs,
  opexItems,
  parameterCorrelations,
  processParameters,
  productionOutputs,
  projects,
  scenarioRowRemovals,
  scenarios,
} from "@/db/schema";
import { seedDemoProject, type DemoProjectIds } from "@/db/seed-demo-project";
import type { Role } from "@/lib/domain/roles";
import { sessionCookieFor } from "@/tests/support/api";
import { createTestOrganisation, createTestUser } from "@/tests/support/db";
import { rowTableOf } from "@/db/queries/rows/tables";
import type { NewCapexItem } from "@/db/schema";
import { ENTITY_OF_SEGMENT, type RowSegment } from "@/lib/domain/row-kinds";
import { ROW_SCHEMAS, type RowSchemas } from "@/lib/validation/rows";

// Fixtures of the row-route tests: an organisation with the demo project and a user per role, a member of
// another organisation, valid request bodies per row kind, and table counts to prove nothing was written.

export const ROLES_UNDER_TEST = [
  "viewer",
  "analyst",
  "project_manager",
  "admin",
] as const satisfies readonly Role[];
export type Caller = "anonymous" | Role | "other_org";
export const CALLERS: readonly Caller[] = ["anonymous", ...ROLES_UNDER_TEST, "other_org"];

export type World = {
  db: Db;
  organisationId: string;
  ids: DemoProjectIds;
  other: { organisationId: string; ids: DemoProjectIds; cookie: string };
  cookies: Record<Caller, string | undefined>;
};

/** An organisation with the demo project and one user per role; another organisation with its own project. */
export async function createWorld(db: Db): Promise<World> {
  const org = await createTestOrganisation(db);
  const ids = await seedDemoProject(db, org.id);
  const cookies: Record<Caller, string | undefined> = { anonymous: undefined } as Record<
    Caller,
    string | undefined
  >;
  for (const role of ROLES_UNDER_TEST) {
    const user = await createTestUser(db, { organisationId: org.id, role });
    cookies[role] = await sessionCookieFor(user.id);
  }
  const otherOrg = await createTestOrganisation(db, "Other Org");
  const otherIds = await seedDemoProject(db, otherOrg.id);
  const otherAdmin = await createTestUser(db, { organisationId: otherOrg.id, role: "admin" });
  cookies.other_org = await sessionCookieFor(otherAdmin.id);
  return {
    db,
    organisationId: org.id,
    ids,
    other: { organisationId: otherOrg.id, ids: otherIds, cookie: cookies.other_org },
    cookies,
  };
}

let sequence = 0;
/** A value no other test row has (names, production periods). */
export function nextNumber(): number {
  sequence += 1;
  return sequence;
}

/** A valid create body for each row kind, unique where the kind needs it. */
export function validBody(segment: RowSegment): Record<string, unknown> {
  const n = nextNumber();
  switch (segment) {
    case "parameters":
      return { name: `Parameter ${n}`, target: "price", baseValue: 4, unit: "USD/lb" };
    case "production":
      return {
        period: 100 + n,
        oreMinedT: 1000,
        wasteMinedT: 2000,
        oreProcessedT: 900,
        headGrade: 0.5,
        recoveryPct: 90,
      };
    case "capex":
      return {
        name: `Capex ${n}`,
        category: "equipment",
        kind: "initial",
        amount: 1000,
        currency: "USD",
        spendPeriod: 1,
      };
    case "opex":
      return { name: `Opex ${n}`, category: "mining", basis: "per_tonne_mined", unitCost: 2, startPeriod: 1 };
    case "consumption":
      return {
        resourceType: "fuel",
        name: `Diesel ${n}`,
        unit: "L",
        quantityPerPeriod: 100,
        unitPrice: 1,
        startPeriod: 1,
      };
    case "equipment":
      return {
        name: `Truck ${n}`,
        equipmentType: "haul_truck",
        purchaseCost: 1,
        operatingCostPerHour: 1,
        hoursPerYear: 6000,
        lifeYears: 7,
        availabilityPct: 85,
      };
    case "products":
      return {
        name: `Product ${n}`,
        role: "by_product",
        gradeUnit: "g_per_t",
        priceUnit: "oz",
        price: 2000,
        headGrade: 0.5,
        recoveryPct: 70,
        payablePct: 90,
      };
  }
}

/** A valid patch (without version) for each kind. */
export function validPatch(segment: RowSegment): Record<string, unknown> {
  const n = nextNumber();
  const patches: Record<RowSegment, Record<string, unknown>> = {
    parameters: { baseValue: 4 + n / 1000 },
    production: { oreMinedT: 1000 + n },
    capex: { amount: 1000 + n },
    opex: { unitCost: 2 + n / 100 },
    consumption: { unitPrice: 1 + n / 100 },
    equipment: { quantity: 1 + (n % 50) },
    products: { price: 2000 + n },
  };
  return patches[segment];
}

export async function scenarioVersionOf(db: Db, scenarioId: string): Promise<number> {
  const [row] = await db
    .select({ version: scenarios.version })
    .from(scenarios)
    .where(eq(scenarios.id, scenarioId));
  return row?.version ?? 0;
}

const SCENARIO_TABLES = {
  parameters: processParameters,
  production: productionOutputs,
  capex: capexItems,
  opex: opexItems,
  consumption: consumptionItems,
  equipment,
  products: scenarioProducts,
  correlations: parameterCorrelations,
  removals: scenarioRowRemovals,
} as const;

/**
 * Row counts of every table a row route writes, for one organisation's scenarios (test files share a real
 * PostgreSQL database and run in parallel), to compare before and after a refused request.
 */
export async function countRows(db: Db, organisationId: string): Promise<Record<string, number>> {
  const scenarioIds = db
    .select({ id: scenarios.id })
    .from(scenarios)
    .innerJoin(projects, eq(projects.id, scenarios.projectId))
    .where(eq(projects.organisationId, organisationId));
  const equipmentIds = db
    .select({ id: equipment.id })
    .from(equipment)
    .where(inArray(equipment.scenarioId, scenarioIds));
  const entries = await Promise.all([
    ...Object.entries(SCENARIO_TABLES).map(async ([name, table]) => {
      const [row] = await db
        .select({ total: count() })
        .from(table)
        .where(inArray(table.scenarioId, scenarioIds));
      return [name, row?.total ?? 0] as const;
    }),
    db
      .select({ total: count() })
      .from(maintenanceLogs)
      .where(inArray(maintenanceLogs.equipmentId, equipmentIds))
      .then(([row]) => ["maintenance", row?.total ?? 0] as const),
    db
      .select({ total: count() })
      .from(auditLog)
      .where(eq(auditLog.organisationId, organisationId))
      .then(([row]) => ["audit", row?.total ?? 0] as const),
  ]);
  return Object.fromEntries(entries);
}

/** Inserts a valid row of the kind straight into a scenario (no route, no audit); returns its ids. */
export async function insertRow(
  db: Db,
  segment: RowSegment,
  scenarioId: string,
): Promise<{ id: string; lineageId: string }> {
  const entity = ENTITY_OF_SEGMENT[segment];
  const schemas: RowSchemas = ROW_SCHEMAS[entity];
  const fields = schemas.create.parse(validBody(segment));
  const [row] = await db
    .insert(rowTableOf(entity))
    .values({ ...fields, scenarioId } as NewCapexItem)
    .returning({ id: capexItems.id, lineageId: capexItems.lineageId });
  if (!row) throw new Error("row not inserted");
  return row;
}

/** Inserts a maintenance log on an equipment row; returns its id. */
export async function insertMaintenanceLog(db: Db, equipmentId: string): Promise<string> {
  const [log] = await db
    .insert(maintenanceLogs)
    .values({
      equipmentId,
      performedOn: "2025-03-01",
      type: "inspection",
      currency: "USD",
      cost: 10,
      downtimeHours: 1,
    })
    .returning({ id: maintenanceLogs.id });
  if (!log) throw new Error("log not inserted");
  return log.id;
}
