import type { EffectiveCorrelation } from "@/db/queries/scenario-inheritance";
import { correlationPairSchema } from "@/lib/validation/rows/correlation";
import { column, type KindDefinition, type RowValues } from "../columns";

// Rank correlations between the scenario's parameters, one row per pair, named by the parameters' row_ids (their
// lineage ids, as the parameters sheet carries them). Validated by the schema of PUT …/correlations; whether the
// parameters exist is checked against the parameters the scenario has once the same file's parameters sheet is
// applied (correlations-plan.ts).

const pairSchema = correlationPairSchema.refine((pair) => pair.parameterALineageId !== pair.parameterBLineageId, {
  path: ["parameterBLineageId"],
  message: "A parameter cannot be correlated with itself",
});

/** The effective non-zero pairs (0 = uncorrelated, left out), with the parameters' names for the reader. */
export function correlationRows(correlations: readonly EffectiveCorrelation[], nameOf: ReadonlyMap<string, string>): RowValues[] {
  return correlations
    .filter(({ row }) => row.coefficient !== 0)
    .map(({ row }) => ({
      parameter_a_row_id: row.parameterALineageId,
      parameter_b_row_id: row.parameterBLineageId,
      parameter_a_name: nameOf.get(row.parameterALineageId) ?? null,
      parameter_b_name: nameOf.get(row.parameterBLineageId) ?? null,
      coefficient: row.coefficient,
    }));
}

export const CORRELATIONS_KIND: KindDefinition = {
  kind: "correlations",
  label: "Correlations",
  schema: pairSchema,
  columns: [
    column("parameter_a_row_id", "parameterALineageId", "uuid", {
      isRequired: true,
      description: "row_id of the first parameter (as in the parameters sheet or an export)",
      example: "00000000-0000-4000-8000-00000000000a",
    }),
    column("parameter_b_row_id", "parameterBLineageId", "uuid", {
      isRequired: true,
      description: "row_id of the second parameter; each pair once, in either order",
      example: "00000000-0000-4000-8000-00000000000b",
    }),
    column("parameter_a_name", "", "text", { description: "Name of the first parameter (informative; ignored on import)", example: "Opex factor" }),
    column("parameter_b_name", "", "text", { description: "Name of the second parameter (informative; ignored on import)", example: "Capex factor" }),
    column("coefficient", "coefficient", "number", { isRequired: true, description: "Rank correlation, −1 to 1 (0 = uncorrelated)", example: 0.5 }),
  ],
};
