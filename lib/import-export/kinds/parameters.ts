import { PARAMETER_APPLICATIONS, SAMPLING_MODES } from "@/lib/domain/inputs";
import { MODEL_TARGETS } from "@/lib/engine/model";
import { column, ROW_ID_COLUMN, rowKindSheet, type RowValues } from "../columns";

// Parameters and their distributions. A distribution is spread over dist_* columns, one per parameter of the
// family (dist_type names the family); discrete and by-percentile distributions, whose parameters are lists,
// go whole into dist_json. The engine's own zod schema validates the assembled spec.

const DISTRIBUTION_TYPES = [
  "fixed",
  "uniform",
  "normal",
  "truncated-normal",
  "lognormal",
  "lognormal-mean-sd",
  "triangular",
  "pert",
  "beta",
] as const;
const DIST_PARAMETERS = ["value", "min", "mode", "max", "mean", "sd", "mu", "sigma", "alpha", "beta", "lambda"] as const;
// Gamma's shape and scale have no dist_* columns (adding them would change every template): whole, as JSON.
const JSON_ONLY_TYPES = new Set(["discrete", "percentiles", "gamma"]);

const distColumns = DIST_PARAMETERS.map((name) =>
  column(`dist_${name}`, "", "number", {
    description: `Distribution parameter "${name}" (when dist_type uses it)`,
    example: ({ min: 3.2, mode: 4, max: 4.6 } as Record<string, number>)[name] ?? null,
  }),
);

function toDistribution(values: RowValues): unknown {
  const json = values.dist_json;
  if (typeof json === "string" && json !== "") {
    try {
      return JSON.parse(json) as unknown;
    } catch {
      return { type: "invalid-json" };
    }
  }
  const type = values.dist_type;
  if (type === null || type === undefined || type === "") return null;
  const spec: Record<string, unknown> = { type };
  for (const name of DIST_PARAMETERS) {
    const value = values[`dist_${name}`];
    if (value !== null && value !== undefined) spec[name] = value;
  }
  return spec;
}

function toCells(row: Record<string, unknown>): RowValues {
  const spec = (row.distribution ?? null) as Record<string, unknown> | null;
  const cells: RowValues = {
    row_id: row.lineageId as string,
    name: row.name as string,
    target: row.target as string,
    target_ref: (row.targetRef as string | null) ?? null,
    application: row.application as string,
    base_value: row.baseValue as number,
    unit: row.unit as string,
    sampling: row.sampling as string,
    description: (row.description as string | null) ?? null,
    dist_type: null,
    dist_json: null,
  };
  for (const name of DIST_PARAMETERS) cells[`dist_${name}`] = null;
  if (!spec) return cells;
  if (JSON_ONLY_TYPES.has(String(spec.type))) return { ...cells, dist_json: JSON.stringify(spec) };
  cells.dist_type = String(spec.type);
  for (const name of DIST_PARAMETERS) {
    if (typeof spec[name] === "number") cells[`dist_${name}`] = spec[name] as number;
  }
  return cells;
}

/** distribution.sd -> dist_sd; a list-valued or unknown part -> dist_json or dist_type. */
function columnOf(path: readonly PropertyKey[]): string | undefined {
  const [field, part] = path;
  if (field !== "distribution") return undefined;
  if (typeof part === "string" && (DIST_PARAMETERS as readonly string[]).includes(part)) return `dist_${part}`;
  if (part === "outcomes" || part === "low" || part === "high" || part === "family") return "dist_json";
  return "dist_type";
}

export const PARAMETERS_KIND = rowKindSheet("parameter", {
  label: "Parameters and distributions",
  columns: [
    ROW_ID_COLUMN,
    column("name", "name", "text", { isRequired: true, description: "Unique name in the scenario", example: "Copper price" }),
    column("target", "target", "enum", { isRequired: true, values: MODEL_TARGETS, description: "Model input it drives", example: "price" }),
    column("target_ref", "targetRef", "text", { description: "For item or category targets: the opex/capex row_id, category or resource type", example: null }),
    column("application", "application", "enum", { values: PARAMETER_APPLICATIONS, description: "absolute value or factor (empty: absolute)", example: "absolute" }),
    column("base_value", "baseValue", "number", { isRequired: true, description: "Deterministic value, in `unit`", example: 4.1 }),
    column("unit", "unit", "text", { isRequired: true, description: "Unit of the value, e.g. USD/lb, %, factor", example: "USD/lb" }),
    column("sampling", "sampling", "enum", { values: SAMPLING_MODES, description: "per_iteration or per_period (empty: per_iteration)", example: "per_iteration" }),
    column("dist_type", "", "enum", { values: DISTRIBUTION_TYPES, description: "Distribution family; empty = deterministic", example: "pert" }),
    ...distColumns,
    column("dist_json", "", "text", { description: "Whole distribution as JSON (discrete, percentiles, gamma); overrides dist_*", example: null }),
    column("description", "description", "text", { description: "Free text", example: "LME consensus range" }),
  ],
  toFields: (values) => ({
    name: values.name ?? undefined,
    target: values.target ?? undefined,
    targetRef: values.target_ref,
    application: values.application ?? undefined,
    baseValue: values.base_value ?? undefined,
    unit: values.unit ?? undefined,
    sampling: values.sampling ?? undefined,
    distribution: toDistribution(values),
    description: values.description,
  }),
  columnOf,
  toCells,
});
