import { z } from "zod";
import { calendarDateSchema } from "@/lib/validation/dates";
import { defineContract } from "@/lib/http/contracts/define";

// Contracts of the aggregated dashboards. The response types are inferred from these schemas and shared by the
// data layer (db/queries/dashboards) and the pages (app/ui/dashboards), so the three cannot drift apart.
// Every dashboard is read through the cache (lib/cache/dashboard-keys.ts): figures are at most one write old.

const isoDate = calendarDateSchema().meta({ description: "Calendar date, YYYY-MM-DD (1900-01-01 to 2199-12-31)" });
const money = z.number().meta({ description: "In `currency`" });

const npvSummarySchema = z.object({
  runId: z.uuid(),
  finishedAt: z.iso.datetime().nullable(),
  iterations: z.int(),
  mean: money,
  sd: z.number(),
  min: money,
  max: money,
  /** Keyed "p5", "p10", "p50", … as the run stored them. */
  percentiles: z.record(z.string(), z.number()).meta({ description: 'NPV by percentile, keyed "p5", "p10", "p50", …' }),
  probabilityOfLoss: z.number().nullable().meta({ description: "P(NPV < 0), 0..1" }),
});

const activitySchema = z.object({
  at: z.iso.datetime(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.uuid().nullable(),
  entityName: z.string().nullable(),
  userName: z.string().nullable(),
});

export const overviewSchema = z.object({
  organisationId: z.uuid(),
  counts: z.object({
    projects: z.int(),
    scenarios: z.int(),
    activeScenarios: z.int(),
    runsQueued: z.int(),
    runsRunning: z.int(),
    runsSucceeded: z.int(),
    runsFailed: z.int(),
    runsCancelled: z.int(),
  }),
  lastChange: activitySchema.nullable(),
  recentActivity: z.array(activitySchema),
  projects: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      currency: z.string(),
      baseCase: z.object({ scenarioId: z.uuid(), name: z.string() }).nullable(),
      npv: npvSummarySchema.nullable().meta({ description: "From the base case's latest succeeded simulation run" }),
    }),
  ),
  generatedAt: z.iso.datetime(),
});

const cashFlowPeriodSchema = z.object({
  period: z.int(),
  year: z.int(),
  netSmelterReturn: money,
  royalties: money,
  operatingCost: money,
  capex: money.meta({ description: "Initial + sustaining + replacement + closure − salvage" }),
  incomeTax: money,
  afterTaxCashFlow: money,
  cumulativeCashFlow: money,
});

const opexPeriodSchema = z.object({
  period: z.int(),
  year: z.int(),
  byCategory: z.record(z.string(), money).meta({ description: "Opex items by category" }),
  consumption: money,
  equipment: money,
  total: money,
});

export const projectDashboardSchema = z.object({
  project: z.object({ id: z.uuid(), name: z.string(), currency: z.string(), primaryCommodity: z.string() }),
  scenarios: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      status: z.enum(["draft", "active", "archived"]),
      isBaseCase: z.boolean(),
      currency: z.string(),
      npv: npvSummarySchema.nullable(),
    }),
  ),
  baseCase: z
    .object({
      scenarioId: z.uuid(),
      name: z.string(),
      currency: z.string(),
      /** Why the figures below are missing (inputs that cannot be modelled yet); null when they are present. */
      issue: z.string().nullable(),
      metrics: z.object({ npv: money, irrPct: z.number().nullable(), paybackYears: z.number().nullable() }).nullable(),
      capexByCategory: z.array(z.object({ category: z.string(), total: money, sharePct: z.number() })),
      opexByPeriod: z.array(opexPeriodSchema),
      cashFlow: z.array(cashFlowPeriodSchema),
    })
    .nullable(),
  generatedAt: z.iso.datetime(),
});

const maintenanceMonthSchema = z.object({
  month: z.string().meta({ description: "YYYY-MM" }),
  equipmentId: z.uuid(),
  currency: z.string(),
  cost: money,
  downtimeHours: z.number(),
  events: z.int(),
  scheduledHours: z.number().meta({ description: "hoursPerYear × quantity × days in month / days in year" }),
  availabilityPct: z.number().meta({ description: "100 × (1 − downtime / scheduled hours), floored at 0" }),
});

export const operationsDashboardSchema = z.object({
  scope: z.object({
    organisationId: z.uuid(),
    projectId: z.uuid().nullable(),
    scenarioId: z.uuid().nullable(),
    from: isoDate.nullable(),
    to: isoDate.nullable(),
  }),
  filters: z.object({
    projects: z.array(z.object({ id: z.uuid(), name: z.string() })),
    scenarios: z.array(z.object({ id: z.uuid(), name: z.string(), isBaseCase: z.boolean() })),
  }),
  currency: z.string().nullable(),
  gradeUnit: z.string().nullable(),
  startYear: z.int().nullable(),
  consumption: z.array(
    z.object({ resourceType: z.string(), unit: z.string(), period: z.int(), year: z.int(), quantity: z.number(), cost: money }),
  ),
  production: z.array(
    z.object({
      period: z.int(),
      year: z.int(),
      oreMinedT: z.number(),
      wasteMinedT: z.number(),
      oreProcessedT: z.number(),
      headGrade: z.number(),
      recoveryPct: z.number(),
    }),
  ),
  equipment: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      equipmentType: z.string(),
      quantity: z.int(),
      hoursPerYear: z.number(),
      cost: money,
      downtimeHours: z.number(),
      events: z.int(),
      availabilityPct: z.number().nullable().meta({ description: "Over the months with logs in the range" }),
    }),
  ),
  maintenanceByMonth: z.array(maintenanceMonthSchema),
  fleetByMonth: z.array(
    z.object({ month: z.string(), cost: money, downtimeHours: z.number(), scheduledHours: z.number(), availabilityPct: z.number() }),
  ),
  generatedAt: z.iso.datetime(),
});

export type NpvSummary = z.infer<typeof npvSummarySchema>;
export type ActivityEntry = z.infer<typeof activitySchema>;
export type OrganisationOverview = z.infer<typeof overviewSchema>;
export type ProjectDashboard = z.infer<typeof projectDashboardSchema>;
export type OperationsDashboard = z.infer<typeof operationsDashboardSchema>;
export type MaintenanceMonth = z.infer<typeof maintenanceMonthSchema>;

export const operationsQuerySchema = z
  .object({
    projectId: z.uuid().optional(),
    scenarioId: z.uuid().optional().meta({ description: "Default: the project's base case" }),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["to"] });
export type OperationsQuery = z.infer<typeof operationsQuerySchema>;

const tags = ["Dashboards"];

export const dashboardContracts = {
  overview: defineContract({
    method: "GET", path: "/api/dashboards/overview", tags, access: "viewer",
    summary: "The active organisation's overview",
    description: "Counts of projects, scenarios and simulation runs, the last change and recent activity from the audit log, and each project's base-case NPV percentiles from its latest succeeded run.",
    responses: { 200: { description: "The overview", schema: overviewSchema } },
  }),
  project: defineContract({
    method: "GET", path: "/api/dashboards/projects/{projectId}", tags, access: "viewer",
    params: z.object({ projectId: z.uuid() }),
    summary: "A project's dashboard",
    description: "NPV distribution of each scenario (latest succeeded run), and the base case's capex by category, opex per period and cash flow.",
    responses: { 200: { description: "The project dashboard", schema: projectDashboardSchema } },
    errors: [404],
  }),
  operations: defineContract({
    method: "GET", path: "/api/dashboards/operations", tags, access: "viewer",
    query: operationsQuerySchema,
    summary: "The operations dashboard of a project scenario",
    description: "Consumption by resource and production per period (calendar year = start year + period) of the scenario's effective inputs, and maintenance cost, downtime and availability per equipment item and month from the maintenance logs of its effective equipment. from/to filter logs by date and periods by calendar year. Without projectId: the active organisation's first project by name.",
    responses: { 200: { description: "The operations dashboard", schema: operationsDashboardSchema } },
    errors: [404],
  }),
};

export const dashboardContractList = Object.values(dashboardContracts);
