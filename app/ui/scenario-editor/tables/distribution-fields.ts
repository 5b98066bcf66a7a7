import { formatNumber } from "@/app/ui/format";
import { describeSpecialDistribution } from "./special-distributions";

// The distribution families the editor offers, with their parameter fields (the engine's spec shape, see
// lib/engine/distributions/schema.ts). Discrete and percentile-entry specs: special-distributions.ts.

export type DistributionField = { key: string; label: string; isOptional?: boolean };

export const EDITABLE_DISTRIBUTIONS: Record<string, { label: string; fields: DistributionField[] }> = {
  fixed: { label: "Fixed", fields: [{ key: "value", label: "Value" }] },
  uniform: { label: "Uniform", fields: [{ key: "min", label: "Minimum" }, { key: "max", label: "Maximum" }] },
  normal: { label: "Normal", fields: [{ key: "mean", label: "Mean" }, { key: "sd", label: "Standard deviation" }] },
  "truncated-normal": {
    label: "Truncated normal",
    fields: [{ key: "mean", label: "Mean" }, { key: "sd", label: "Standard deviation" }, { key: "min", label: "Minimum", isOptional: true }, { key: "max", label: "Maximum", isOptional: true }],
  },
  lognormal: { label: "Lognormal (μ, σ of the log)", fields: [{ key: "mu", label: "μ (mean of ln x)" }, { key: "sigma", label: "σ (sd of ln x)" }] },
  "lognormal-mean-sd": { label: "Lognormal (mean, sd)", fields: [{ key: "mean", label: "Mean" }, { key: "sd", label: "Standard deviation" }] },
  gamma: { label: "Gamma", fields: [{ key: "shape", label: "Shape k" }, { key: "scale", label: "Scale θ" }] },
  triangular: { label: "Triangular", fields: [{ key: "min", label: "Minimum" }, { key: "mode", label: "Most likely" }, { key: "max", label: "Maximum" }] },
  pert: { label: "PERT", fields: [{ key: "min", label: "Minimum" }, { key: "mode", label: "Most likely" }, { key: "max", label: "Maximum" }, { key: "lambda", label: "λ (shape, default 4)", isOptional: true }] },
  beta: { label: "Beta", fields: [{ key: "alpha", label: "α" }, { key: "beta", label: "β" }, { key: "min", label: "Minimum", isOptional: true }, { key: "max", label: "Maximum", isOptional: true }] },
};

export type DistributionSpecValue = { type: string } & Record<string, unknown>;

export function isDistributionSpec(value: unknown): value is DistributionSpecValue {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** "Triangular: Minimum 3.2, Most likely 4, Maximum 5.1", or "Deterministic". */
export function describeDistribution(value: unknown): string {
  if (!isDistributionSpec(value)) return "Deterministic";
  const family = EDITABLE_DISTRIBUTIONS[value.type];
  if (!family) return describeSpecialDistribution(value) ?? value.type;
  // The field's label without its gloss: "Most likely 1.05", "λ 4" (from "λ (shape, default 4)").
  const parts = family.fields.filter((field) => typeof value[field.key] === "number").map((field) => `${field.label.replace(/\s*\(.*\)$/, "")} ${formatNumber(value[field.key] as number, 4)}`);
  return `${family.label}: ${parts.join(", ")}`;
}
