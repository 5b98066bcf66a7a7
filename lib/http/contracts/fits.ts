import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import { FIT_SOURCES, MAINTENANCE_FIT_METRICS } from "@/lib/domain/fitting";
import { MAINTENANCE_TYPES } from "@/lib/domain/inputs";
import { FIT_FAMILIES } from "@/lib/engine/fitting";
import { distributionShapeSchema } from "@/lib/engine/distributions";
import { scenarioIdParamsSchema } from "@/lib/validation/scenario";

// Distributions fitted to a scenario's logged data (issue #14). Read-only: a fit becomes a Monte Carlo variable
// through POST /api/scenarios/{id}/parameters with the fit's `spec` as the distribution.

export const fitQuerySchema = z.object({
  source: z.enum(FIT_SOURCES).default("maintenance").meta({ description: "Where the values come from: the maintenance logs of the scenario's equipment lines" }),
  metric: z.enum(MAINTENANCE_FIT_METRICS).default("downtime_hours").meta({ description: "downtime_hours (h per event) or cost (per event, in the logs' currency)" }),
  equipmentId: z.uuid().optional().meta({ description: "One equipment line (its row id, as in /api/equipment/{id}/maintenance); omitted: every line" }),
  type: z.enum(MAINTENANCE_TYPES).optional().meta({ description: "Only logs of this maintenance type" }),
});
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
      "maintenance type), best Kolmogorov–Smirnov statistic first; a family that does not apply says why.",
      "422 TOO_FEW_VALUES below 5 values, 422 MIXED_CURRENCIES for costs logged in more than one currency.",
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
            metric: z.enum(MAINTENANCE_FIT_METRICS),
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
