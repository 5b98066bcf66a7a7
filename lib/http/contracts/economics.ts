import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import { PERIOD_ZERO_TIMINGS, VALUATION_DATES } from "@/lib/engine/finance";
import { PRODUCT_ROLES, SENSITIVITY_DRIVERS } from "@/lib/engine/model";
import { scenarioIdParamsSchema } from "@/lib/validation/scenario";

// The feasibility-study view of a scenario (issue #14): economic summary, annual cash flow, sensitivities and
// break-evens, and their export. Money in the scenario currency; rates and changes in %; null = none / not reached.

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const nullableNumber = z.number().nullable();
const paybackSchema = z.object({ fromValuationDateYears: nullableNumber, fromProductionStartYears: nullableNumber });

const summarySchema = z
  .object({
    currency: z.string(),
    conventions: z.object({
      valuationDate: z.enum(VALUATION_DATES).meta({ description: "Where NPV is valued: start or end of period 0, or start of production" }),
      valuationYear: z.int().meta({ description: "Calendar year at whose start (or end, for end_of_period_0) NPV is valued" }),
      valuationTimeYears: z.number().meta({ description: "V: years from the start of period 0 to the valuation date" }),
      timing: z.enum(["end", "mid"]).meta({ description: "Flow t placed at t+1 (end) or t+0.5 (mid) years from the start of period 0; factor (1+r)^-(time - V)" }),
      periodZeroTiming: z.enum(PERIOD_ZERO_TIMINGS).meta({ description: "at_valuation_date: period 0's flow is not discounted, whatever the timing" }),
      terms: z.enum(["real", "nominal"]),
      inflationPct: z.number(),
    }),
    discountRatePct: z.number(),
    npvAtRates: z.array(z.object({ ratePct: z.number(), preTaxNpv: z.number(), afterTaxNpv: z.number() })),
    preTaxIrrPct: nullableNumber,
    afterTaxIrrPct: nullableNumber,
    preTaxPayback: paybackSchema,
    afterTaxPayback: paybackSchema,
    products: z
      .array(
        z.object({
          name: z.string(),
          priceUnit: z.string(),
          metalRecoveredUnits: z.number(),
          payableMetalUnits: z.number(),
          grossRevenue: z.number(),
          role: z.enum(PRODUCT_ROLES).optional().meta({ description: "With co- or by-products only (primary first)" }),
          netSmelterReturn: z.number().optional(),
          royalties: z.number().optional(),
        }),
      )
      .meta({ description: "The primary, then its co- and by-products (role, NSR and royalties only when there are some)" }),
    lifeOfMine: z.record(z.string(), nullableNumber).meta({ description: "Life-of-mine totals: tonnes, grade, money" }),
    unitCosts: z.object({
      operatingCostPerTonneMilled: nullableNumber,
      operatingCostPerPayableUnit: nullableNumber,
      aiscPerPayableUnit: nullableNumber.meta({ description: "Per payable unit of the primary, net of by-product NSR credits" }),
      byProductCredits: z.number().optional().meta({ description: "With co- or by-products: the by-products' NSR credited in AISC" }),
      primaryEquivalentUnits: z.number().optional(),
      aiscPerEquivalentUnit: nullableNumber.optional().meta({ description: "All-in sustaining cost (no credit) per primary-equivalent unit" }),
    }),
  })
  .meta({ id: "EconomicSummary" });

const sensitivitiesSchema = z
  .object({
    discountRatePct: z.number(),
    base: z.object({ npv: z.number(), irrPct: nullableNumber }),
    lines: z.array(
      z.object({
        driver: z.enum(SENSITIVITY_DRIVERS),
        points: z.array(z.object({ changePct: z.number(), npv: z.number(), irrPct: nullableNumber, isCapped: z.boolean() })),
      }),
    ),
    breakEvens: z.array(
      z.object({
        driver: z.enum(["price", "operating_cost", "capital_cost"]),
        kind: z.enum(["found", "none"]),
        factor: z.number().optional(),
        changePct: z.number().optional(),
        reason: z.string().optional(),
      }),
    ),
  })
  .meta({ id: "Sensitivities" });

export const economicsExportQuerySchema = z.object({
  format: z.enum(["csv", "xlsx"]).default("xlsx"),
  part: z
    .enum(["summary", "annual", "sensitivity"])
    .default("summary")
    .meta({ description: "CSV only: which table (the workbook holds all of them)" }),
});

export const economicsContracts = {
  get: defineContract({
    method: "GET",
    path: "/api/scenarios/{scenarioId}/economics",
    summary: "Economic summary (disclosure table), annual cash flow, sensitivities and break-evens of the effective scenario",
    description: [
      "NPV before and after tax at the organisation's disclosure rates (default 0, 5, 8, 10 %), project IRR, payback from the",
      "valuation date (end of period 0) and from the start of production, life-of-mine totals, unit costs and AISC;",
      "one-at-a-time NPV and IRR at the organisation's sensitivity steps (default ±10/20/30 %) on price, head grade, recovery",
      "(held at 100 %), operating cost, capital cost and FX; price, operating-cost and capital break-evens (factor with NPV = 0",
      "at the scenario rate). 422 SCENARIO_INPUTS_INVALID when the inputs cannot be modelled.",
    ].join(" "),
    tags: ["Scenarios"],
    access: "viewer",
    params: scenarioIdParamsSchema,
    responses: {
      200: {
        description: "The economics",
        schema: z.object({
          economics: z.object({
            scenarioId: z.uuid(),
            scenarioName: z.string(),
            priceUnit: z.string(),
            gradeUnit: z.string(),
            summary: summarySchema,
            annualCashFlow: z.array(z.record(z.string(), z.union([z.number(), z.string()]))),
            annualProducts: z
              .array(
                z.object({
                  name: z.string(),
                  role: z.enum(PRODUCT_ROLES),
                  priceUnit: z.string(),
                  payableMetalUnits: z.array(z.number()),
                  grossRevenue: z.array(z.number()),
                  netSmelterReturn: z.array(z.number()),
                }),
              )
              .optional()
              .meta({ description: "With co- or by-products only: each product's lines by year, indexed like annualCashFlow (primary first)" }),
            sensitivities: sensitivitiesSchema,
          }),
        }),
      },
    },
    errors: [404, 422],
  }),
  export: defineContract({
    method: "GET",
    path: "/api/scenarios/{scenarioId}/economics/export",
    summary: "Export the economics: a workbook (summary, annual cash flow, sensitivities, break-evens) or one table as CSV",
    description: "Audited as `export`. 422 SCENARIO_INPUTS_INVALID when the inputs cannot be modelled.",
    tags: ["Import and export"],
    access: "viewer",
    params: scenarioIdParamsSchema,
    query: economicsExportQuerySchema,
    responses: { 200: { description: "The file (Content-Disposition: attachment)", schema: z.string(), contentType: XLSX } },
    errors: [404, 422],
  }),
};

export const economicsContractList = Object.values(economicsContracts);
