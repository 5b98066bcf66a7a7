import { decimalOf, numberToText, parseNumberText, type DecimalSeparator } from "@/app/ui/format/parse-number";
import { formatNumber } from "@/app/ui/format";
import { SIMULATION_LIMITS } from "@/lib/domain/simulations";
import type { RunSimulationBody } from "@/lib/http/contracts/simulations";
import { parseConvergence, reformatTolerance, type ConvergenceField, type ConvergenceFormValues } from "./convergence-input";
import type { Sampler } from "./types";

// The run form's values → the API body, with the same limits as the API's schema so most mistakes are caught
// beside their field before anything is sent (the API checks again and its field errors land in the same place).
// Numbers are read in the person's number format; under a decimal comma a list of percentiles is separated by
// semicolons or spaces, so "2,5; 50" is 2.5 and 50.

export const MAX_ITERATIONS = SIMULATION_LIMITS.maxIterations;
export const MAX_PERCENTILES = SIMULATION_LIMITS.maxPercentiles;
export const ITERATION_PRESETS = [1_000, 10_000, 100_000] as const;
export const DEFAULT_PERCENTILES_TEXT = "5, 10, 50, 90, 95";

export type RunFormValues = { iterations: string; sampler: string; seed: string; percentiles: string; keepSamples: boolean; convergence: ConvergenceFormValues };
export type RunFormErrors = Partial<Record<"iterations" | "sampler" | "seed" | "percentiles" | ConvergenceField, string>>;
export type ParsedRunForm = { ok: true; body: Omit<RunSimulationBody, "scenarioId"> } | { ok: false; errors: RunFormErrors };

function parseIterations(text: string, decimal: DecimalSeparator): number | string {
  const value = decimalOf(text, decimal);
  if (text.trim() === "" || !Number.isInteger(value)) return "Enter a whole number of iterations.";
  if (value < 1 || value > MAX_ITERATIONS) return `Between 1 and ${formatNumber(MAX_ITERATIONS, 0)} iterations.`;
  return value;
}

function parseSeed(text: string, decimal: DecimalSeparator): number | undefined | string {
  if (text.trim() === "") return undefined;
  const value = decimalOf(text, decimal);
  if (!Number.isSafeInteger(value) || value < 0) return `A whole number from 0 to ${formatNumber(Number.MAX_SAFE_INTEGER, 0)}, or blank.`;
  return value;
}

/** The percentiles as the field shows them: "5, 50, 95", or "2,5; 50; 95" under a decimal comma. */
export function formatPercentiles(values: readonly number[], decimal: DecimalSeparator): string {
  return values.map((value) => numberToText(value, decimal)).join(decimal === "," ? "; " : ", ");
}

function percentileOf(part: string, decimal: DecimalSeparator): number {
  const parsed = parseNumberText(part.replace(/^p/i, ""), decimal);
  return parsed.kind === "number" ? parsed.value : Number.NaN;
}

/** "5, 50, 95" → [5, 50, 95] (percent); a message when any is not in (0, 100), repeated, or too many. */
export function parsePercentiles(text: string, decimal: DecimalSeparator = "."): number[] | undefined | string {
  const parts = text.split(decimal === "," ? /[;\s]+/ : /[,;\s]+/).filter((part) => part !== "");
  if (parts.length === 0) return undefined;
  const values = parts.map((part) => percentileOf(part, decimal));
  const bad = parts.find((_, index) => {
    const value = values[index] ?? Number.NaN;
    return !Number.isFinite(value) || value <= 0 || value >= 100;
  });
  if (bad !== undefined) return `“${bad}” is not a percentile: use numbers above 0 and below 100, e.g. ${formatPercentiles([5, 50, 95], decimal)}.`;
  if (new Set(values).size !== values.length) return "Give each percentile once.";
  if (values.length > MAX_PERCENTILES) return `At most ${MAX_PERCENTILES} percentiles.`;
  return [...values].sort((a, b) => a - b);
}

export function isSampler(value: string): value is Sampler {
  return value === "monte_carlo" || value === "latin_hypercube";
}

/** The form's decimal texts (percentiles, tolerance) rewritten for another number format; text that does not parse stays. */
export function reformatRunValues(values: RunFormValues, from: DecimalSeparator, to: DecimalSeparator): RunFormValues {
  const percentiles = parsePercentiles(values.percentiles, from);
  return {
    ...values,
    percentiles: Array.isArray(percentiles) ? formatPercentiles(percentiles, to) : values.percentiles,
    convergence: { ...values.convergence, tolerancePct: reformatTolerance(values.convergence.tolerancePct, from, to) },
  };
}

export function parseRunForm(values: RunFormValues, decimal: DecimalSeparator = "."): ParsedRunForm {
  const iterations = parseIterations(values.iterations, decimal);
  const seed = parseSeed(values.seed, decimal);
  const percentiles = parsePercentiles(values.percentiles, decimal);
  const convergence = parseConvergence(values.convergence, typeof iterations === "number" ? iterations : undefined, decimal);
  const errors: RunFormErrors = convergence.ok ? {} : { ...convergence.errors };
  if (typeof iterations === "string") errors.iterations = iterations;
  if (typeof seed === "string") errors.seed = seed;
  if (typeof percentiles === "string") errors.percentiles = percentiles;
  if (!isSampler(values.sampler)) errors.sampler = "Choose a sampler.";
  if (typeof iterations === "string" || typeof seed === "string" || typeof percentiles === "string" || !isSampler(values.sampler) || !convergence.ok) return { ok: false, errors };
  const body = { iterations, sampler: values.sampler, seed, percentiles, keepSamples: values.keepSamples };
  return { ok: true, body: convergence.value ? { ...body, convergence: convergence.value } : body };
}
