import { decimalOf, numberToText, parseNumberText, type DecimalSeparator } from "@/app/ui/format/parse-number";
import { formatNumber } from "@/app/ui/format";
import type { ConvergenceRequest } from "@/lib/http/contracts/simulations";

// The run form's "Stop early when converged" fields → the API's `convergence`, with the contract's limits (repeated
// here: the contract module stays on the server; simulations-ui.test.ts keeps the two equal).

/** Tolerance in percent of the statistic's absolute value; iterations. */
export const CONVERGENCE_FORM_LIMITS = { maxTolerancePct: 10, minIterations: 1000, defaultMinIterations: 10_000 } as const;

export const STATISTIC_OPTIONS = [
  { value: "mean", label: "Mean of NPV" },
  { value: "p50", label: "P50 of NPV" },
] as const;

export type ConvergenceFormValues = { isOn: boolean; statistic: string; tolerancePct: string; minIterations: string };

/** Field names as the API's field errors name them, so the API's messages land beside the same fields. */
export type ConvergenceField = "convergence.statistic" | "convergence.relativeTolerancePct" | "convergence.minIterations";
export type ConvergenceErrors = Partial<Record<ConvergenceField, string>>;

export const INITIAL_CONVERGENCE: ConvergenceFormValues = { isOn: false, statistic: "mean", tolerancePct: "0.5", minIterations: String(CONVERGENCE_FORM_LIMITS.defaultMinIterations) };

function isStatistic(value: string): value is ConvergenceRequest["statistic"] {
  return value === "mean" || value === "p50";
}

/** The tolerance field's text in another number format (the browser's, known after hydration); other text as typed. */
export function reformatTolerance(text: string, from: DecimalSeparator, to: DecimalSeparator): string {
  const parsed = parseNumberText(text, from);
  return parsed.kind === "number" ? numberToText(parsed.value, to) : text;
}

function parseTolerance(text: string, decimal: DecimalSeparator): number | string {
  const parsed = parseNumberText(text, decimal);
  const { maxTolerancePct } = CONVERGENCE_FORM_LIMITS;
  if (parsed.kind === "invalid") return parsed.message;
  if (parsed.kind === "empty") return `Enter the tolerance in % of the value, e.g. ${numberToText(0.5, decimal)}.`;
  const { value } = parsed;
  if (value <= 0 || value > maxTolerancePct) return `Above 0 % and at most ${maxTolerancePct} % of the value.`;
  return value;
}

/** @param iterations - the run's iterations when they parse (the minimum may not exceed them) */
function parseMinIterations(text: string, iterations: number | undefined, decimal: DecimalSeparator): number | string {
  const value = decimalOf(text, decimal);
  const { minIterations } = CONVERGENCE_FORM_LIMITS;
  if (text.trim() === "" || !Number.isInteger(value)) return "Enter a whole number of iterations.";
  if (value < minIterations) return `At least ${formatNumber(minIterations, 0)} iterations.`;
  if (iterations !== undefined && value > iterations) return `At most the run's ${formatNumber(iterations, 0)} iterations: lower it or run more iterations.`;
  return value;
}

/**
 * The form's auto-stop fields → the API's object; undefined when the box is unticked (the run evaluates every iteration).
 * @example parseConvergence({ isOn: true, statistic: "mean", tolerancePct: "0.5", minIterations: "10000" }, 100_000)
 *   // { ok: true, value: { statistic: "mean", relativeTolerancePct: 0.5, minIterations: 10000 } }
 */
export function parseConvergence(
  values: ConvergenceFormValues,
  iterations: number | undefined,
  decimal: DecimalSeparator = ".",
): { ok: true; value: ConvergenceRequest | undefined } | { ok: false; errors: ConvergenceErrors } {
  if (!values.isOn) return { ok: true, value: undefined };
  const tolerance = parseTolerance(values.tolerancePct, decimal);
  const minIterations = parseMinIterations(values.minIterations, iterations, decimal);
  const errors: ConvergenceErrors = {};
  if (!isStatistic(values.statistic)) errors["convergence.statistic"] = "Choose the mean or the P50 of NPV.";
  if (typeof tolerance === "string") errors["convergence.relativeTolerancePct"] = tolerance;
  if (typeof minIterations === "string") errors["convergence.minIterations"] = minIterations;
  if (!isStatistic(values.statistic) || typeof tolerance === "string" || typeof minIterations === "string") return { ok: false, errors };
  return { ok: true, value: { statistic: values.statistic, relativeTolerancePct: tolerance, minIterations } };
}
