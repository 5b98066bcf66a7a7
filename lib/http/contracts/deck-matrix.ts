import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import { PERIOD_ZERO_TIMINGS, VALUATION_DATES } from "@/lib/engine/finance";
import { DISCOUNTING_CONVENTIONS, METAL_PRICE_UNITS, SCENARIO_STATUSES } from "@/lib/domain/scenarios";
import { projectIdParamsSchema } from "@/lib/validation/project";

// GET /api/projects/{projectId}/deck-matrix: each scenario of the project valued on its own flat price and on each of
// the organisation's price decks (issue #14). Money in each scenario's currency; rates in %.

export const deckMatrixQuerySchema = z.object({
  includeArchived: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true")
    .meta({ description: "Also value archived scenarios (default: draft and active only)" }),
});

const columnSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("flat"), id: z.literal("flat"), name: z.string() }),
  z.object({
    kind: z.literal("deck"),
    id: z.uuid(),
    name: z.string(),
    commodity: z.string(),
    priceUnit: z.enum(METAL_PRICE_UNITS),
    currency: z.string(),
    longTermPrice: z.number(),
  }),
]);

const cellSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("valued"),
    npv: z.number().meta({ description: "Deterministic after-tax NPV at the scenario's discount rate and convention, scenario currency" }),
    irrPct: z.number().nullable(),
    irrNote: z.enum(["none", "multiple"]).nullable().meta({ description: "Why irrPct is null: the flows have no IRR, or several" }),
  }),
  z.object({ kind: z.literal("refused"), message: z.string().meta({ description: "Why this deck cannot price the scenario, or why its inputs cannot be modelled" }) }),
]);

const matrixSchema = z
  .object({
    columns: z.array(columnSchema).meta({ description: "The scenario's own flat price first, then each deck by name" }),
    rows: z.array(
      z.object({
        scenario: z.object({ id: z.uuid(), name: z.string(), status: z.enum(SCENARIO_STATUSES), isBaseCase: z.boolean(), parentScenarioId: z.uuid().nullable() }),
        currency: z.string(),
        discountRatePct: z.number().nullable(),
        valuation: z
          .object({
            discounting: z.enum(DISCOUNTING_CONVENTIONS).nullable(),
            valuationDate: z.enum(VALUATION_DATES).nullable(),
            periodZeroTiming: z.enum(PERIOD_ZERO_TIMINGS).nullable(),
            constructionPeriods: z.int().nullable(),
          })
          .meta({ description: "How the scenario values NPV (null = the engine default: end of period 0, with the timing)" }),
        ownColumnId: z.string().meta({ description: "The column of the scenario's own effective price source" }),
        cells: z.array(cellSchema).meta({ description: "One per column, in the columns' order" }),
      }),
    ),
    omittedScenarioCount: z.int().meta({ description: "Scenarios beyond the first 30 (oldest first) that were not valued" }),
  })
  .meta({ id: "DeckMatrix" });

export const deckMatrixContract = defineContract({
  method: "GET",
  path: "/api/projects/{projectId}/deck-matrix",
  summary: "NPV and IRR of each scenario of the project on its own flat price and on each of the organisation's price decks",
  description: [
    "Everything but the price stays as the scenario has it. A deck of another commodity, price unit or currency than the",
    "scenario's, or a scenario whose inputs are incomplete, gives a refused cell with the reason (not an error).",
  ].join(" "),
  tags: ["Price decks"],
  access: "viewer",
  params: projectIdParamsSchema,
  query: deckMatrixQuerySchema,
  responses: { 200: { description: "The matrix", schema: z.object({ matrix: matrixSchema }) } },
  errors: [404],
});
