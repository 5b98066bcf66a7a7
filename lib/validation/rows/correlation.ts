import { z } from "zod";
import { lineageId, scenarioVersion } from "./common";

/** A rank correlation between two parameters, named by their lineage ids (either order). */
export const correlationPairSchema = z.object({
  parameterALineageId: lineageId,
  parameterBLineageId: lineageId,
  coefficient: z.number().min(-1, "Must be between -1 and 1").max(1, "Must be between -1 and 1"),
});

/** The scenario's whole correlation matrix as pairs; pairs left out are 0 (uncorrelated). */
export const replaceCorrelationsSchema = z
  .object({ version: scenarioVersion, pairs: z.array(correlationPairSchema).max(5000) })
  .superRefine(({ pairs }, ctx) => {
    const seen = new Set<string>();
    pairs.forEach((pair, index) => {
      if (pair.parameterALineageId === pair.parameterBLineageId) {
        ctx.addIssue({
          code: "custom",
          path: ["pairs", index, "parameterBLineageId"],
          message: "A parameter cannot be correlated with itself",
        });
      }
      const key = [pair.parameterALineageId, pair.parameterBLineageId].sort().join(":");
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: ["pairs", index], message: "This pair appears twice" });
      seen.add(key);
    });
  });

export type CorrelationPairInput = z.infer<typeof correlationPairSchema>;
export type ReplaceCorrelationsInput = z.infer<typeof replaceCorrelationsSchema>;
