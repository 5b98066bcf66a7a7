import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import { DEFAULT_FIT_METRIC, FIT_METRICS, FIT_METRICS_OF_SOURCE, FIT_SOURCES } from "@/lib/domain/fitting";
import { MAINTENANCE_TYPES } from "@/lib/domain/inputs";
import { FIT_FAMILIES } from "@/lib/engine/fitting";
import { distributionShapeSchema } from "@/lib/engine/distributions";
import { scenarioIdParamsSchema } from "@/lib/validation/scenario";

// Distributions fitted to a scenario's logged data (issue #14). Read-only: a fit becomes a Monte Carlo variable
// through POST /api/scenarios/{id}/parameters with the fit's `spec` as the distribution.

export const fitQuerySchema = z
  .object({
    source: z.enum(FIT_SOURCES).default("maintenance").meta({ description: "Where the values come from: maintenance (the logs of the scenario's equipment lines) or consumption (the actuals of its consumption items)" }),
    metric: z.enum(FIT_METRICS).optional().meta({
      description: "maintenance: downtime_hours (h per event, the default) or cost (per event, in the logs' currency); consumption: quantity (per period, in the item's unit, the default) or unit_cost (currency per unit)",
    }),
    equipmentId: z.uuid().optional().meta({ description: "maintenance: one equipment line (its row id, as in /api/equipment/{id}/maintenance); omitted: every line" }),
    type: z.enum(MAINTENANCE_TYPES).optional().meta({ description: "maintenance: only logs of this maintenance type" }),
    consumptionItemId: z.uuid().optional().meta({ description: "consumption: one item (its lineage id, as in /api/scenarios/{id}/consumption/{itemId}); omitted: every item" }),
  })
  .superRefine((query, ctx) => {
    if (query.metric && !FIT_METRICS_OF_SOURCE[query.source].includes(query.metric)) {
      ctx.addIssue({ code: "custom", path: ["metric"], message: `Choose one of ${FIT_METRICS_OF_SOURCE[query.source].join(", ")} for source ${query.source}` });
    }
    const foreign = query.source === "consumption" ? (["equipmentId", "type"] as const) : (["consumptionItemId"] as const);
    for (const key of foreign) {
      if (query[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: `Does not apply to source ${query.source}` });
    }
  })
  .transform((query) => ({ ...query, metric: query.metric ?? DEFAULT_FIT_METRIC[query.source] }));
export type FitQuery = z.infer<typeof fitQuerySchema>;

const familyFitSchema = z.union([
  z.object({
    family: z.enum(FIT_FAMILIES),
    ok: z.literal(true),
    rank: z.int().meta({ description: "1 = smallest KS statistic" }),
    parameters: z.record(z.string(), z.number()).meta({ description: "normal: mean, sd; lognormal: mu, sigma of ln x; gamma: shape, scale; triangular/PERT: min, mode, max" }),
    spec: distributionShapeSchema.meta({ description: "The engine distribution, ready for a parameter's `distribution`" }),
    ksStatistic: z.number().meta({ description: "Kolmogorov–Smirnov D = sup |F_n − F|" }),
    ksPValue: z.number().meta({ description: "Stephens' approximation; conservative, since the parameters come from the same values" }),
    ppPoints: z.array(z.object({ empirical: z.number(), fitted: z.number() })).meta({ description: "P–P plot: (i − 0.5)/n against F(x_(i)); at most 200 points, evenly spaced by rank" }),
  }),
  z.object({ family: z.enum(FIT_FAMILIES), ok: z.literal(false), reason: z.string() }),
]);

export const fitContracts = {
  get: defineContract({
    method: "GET",
    path: "/api/scenarios/{scenarioId}/fits",
    summary: "Normal, lognormal, gamma, triangular and PERT fitted to the scenario's logged data, ranked by goodness of fit",
    description: [
      "Fits every family to the maintenance logs of the scenario's effective equipment lines (optionally one line and one",
      "maintenance type) or to the consumption actuals of its effective consumption items (optionally one item), best",
      "Kolmogorov–Smirnov statistic first; a family that does not apply says why. 422 TOO_FEW_VALUES below 5 values,",
      "422 MIXED_CURRENCIES for costs logged in more than one currency, 422 MIXED_UNITS for items in different units.",
    ].join(" "),
    tags: ["Scenarios"],
    access: "viewer",
    params: scenarioIdParamsSchema,
    query: fitQuerySchema,
    responses: {
      200: {
        description: "The fits",
        schema: z.object({
          fits: z.object({
            source: z.enum(FIT_SOURCES),
            metric: z.enum(FIT_METRICS),
            unit: z.string(),
            count: z.int(),
            summary: z.object({ mean: z.number(), sd: z.number().meta({ description: "Sample sd (divisor n − 1)" }), min: z.number(), max: z.number() }),
            fits: z.array(familyFitSchema),
          }),
        }),
      },
    },
    errors: [404, 422],
  }),
};

export const fitContractList = Object.values(fitContracts);
