import { formatNumber } from "@/app/ui/format";
import { numberToText, parseNumberText, type DecimalSeparator } from "@/app/ui/format/parse-number";

// Discrete outcomes and percentile-entry distributions in the parameters editor (the engine's spec shapes:
// lib/engine/distributions/schema.ts). Outcomes are typed one per line, "value probability", in the person's number
// format (issue #15). With a decimal point a comma is read only as a separator when a space follows it ("8,5" is
// refused, never read as 85); with a decimal comma only spaces and semicolons separate ("8,5 0,3").

export type DiscreteOutcome = { value: number; probability: number };
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const PERCENTILE_FAMILIES = [
  { value: "normal", label: "Normal" },
  { value: "lognormal", label: "Lognormal" },
  { value: "triangular", label: "Triangular" },
  { value: "pert", label: "PERT" },
] as const;
export type PercentileFamilyName = (typeof PERCENTILE_FAMILIES)[number]["value"];

/** Probabilities must sum to 1 within this (the engine's own tolerance is 1e-9; typed percentages round). */
const SUM_TOLERANCE = 1e-6;
const SEPARATORS: Record<DecimalSeparator, RegExp> = { ".": /[\s;]+|,(?=\s)/, ",": /[\s;]+/ };

/** A number as typed in the person's format, an optional "%" (then divided by 100 when `isProbability`). */
function parseToken(token: string, isProbability: boolean, decimal: DecimalSeparator): number | string {
  const text = token.trim();
  if (decimal === "." && text.includes(",")) return `"${text}" has a comma: use a point for decimals (8.5), and a space between the value and its probability`;
  const isPercent = text.endsWith("%");
  const parsed = parseNumberText(isPercent ? text.slice(0, -1) : text, decimal);
  if (parsed.kind === "invalid" && decimal === ",") return parsed.message;
  if (parsed.kind !== "number") return `"${text}" is not a number`;
  const number = parsed.value;
  if (isPercent && !isProbability) return `"${text}": a value takes no %`;
  return isPercent ? number / 100 : number;
}

/**
 * Outcomes from lines of "value probability" (probability as 0.25 or 25 %).
 * @example parseDiscreteOutcomes("3.5 0.25\n4 50%\n4.5 0.25") // { ok: true, value: [{ value: 3.5, probability: 0.25 }, …] }
 */
export function parseDiscreteOutcomes(text: string, decimal: DecimalSeparator = "."): ParseResult<DiscreteOutcome[]> {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  if (lines.length === 0) return { ok: false, message: "Enter at least one outcome: a value and its probability per line" };
  const outcomes: DiscreteOutcome[] = [];
  for (const [index, line] of lines.entries()) {
    const tokens = line.split(SEPARATORS[decimal]).filter((token) => token !== "");
    if (tokens.length !== 2) return { ok: false, message: `Line ${index + 1}: enter a value and its probability, e.g. "${numberToText(4.25, decimal)} ${numberToText(0.3, decimal)}"` };
    const value = parseToken(tokens[0] ?? "", false, decimal);
    const probability = parseToken(tokens[1] ?? "", true, decimal);
    if (typeof value === "string") return { ok: false, message: `Line ${index + 1}: ${value}` };
    if (typeof probability === "string") return { ok: false, message: `Line ${index + 1}: ${probability}` };
    if (probability < 0 || probability > 1) return { ok: false, message: `Line ${index + 1}: a probability lies between 0 and 1 (0 % and 100 %)` };
    outcomes.push({ value, probability });
  }
  const total = outcomes.reduce((sum, outcome) => sum + outcome.probability, 0);
  if (Math.abs(total - 1) > SUM_TOLERANCE) return { ok: false, message: `The probabilities add up to ${formatNumber(total, 6)}; they must add up to 1 (100 %)` };
  return { ok: true, value: outcomes };
}

/** The outcomes as the editor shows them again: one "value probability" line each. */
export function formatDiscreteOutcomes(outcomes: readonly DiscreteOutcome[], decimal: DecimalSeparator = "."): string {
  return outcomes.map((outcome) => `${numberToText(outcome.value, decimal)} ${numberToText(outcome.probability, decimal)}`).join("\n");
}

/** A percentile as typed, in % (10 → 0.1); must lie strictly between 0 and 100. */
export function parsePercentile(text: string, label: string, decimal: DecimalSeparator = "."): ParseResult<number> {
  const number = parseToken(text.replace(/%$/, ""), false, decimal);
  if (typeof number === "string") return { ok: false, message: `${label}: ${number}` };
  if (!(number > 0 && number < 100)) return { ok: false, message: `${label}: a percentile lies between 0 and 100 (e.g. 10 for P10)` };
  return { ok: true, value: number / 100 };
}

type PercentileSpec = { family: string; low: { p: number; value: number }; high: { p: number; value: number }; mode?: number };

/** "Discrete: 3 outcomes, 3.5 to 4.5" or "Normal by percentiles: P10 3.2, P90 5.1"; undefined for other specs. */
export function describeSpecialDistribution(spec: { type: string } & Record<string, unknown>): string | undefined {
  if (spec.type === "discrete" && Array.isArray(spec.outcomes)) {
    const values = (spec.outcomes as DiscreteOutcome[]).map((outcome) => outcome.value);
    const range = values.length > 1 ? `, ${formatNumber(Math.min(...values), 4)} to ${formatNumber(Math.max(...values), 4)}` : "";
    return `Discrete: ${values.length} outcome${values.length === 1 ? "" : "s"}${range}`;
  }
  if (spec.type !== "percentiles") return undefined;
  const { family, low, high, mode } = spec as unknown as PercentileSpec;
  const name = PERCENTILE_FAMILIES.find((f) => f.value === family)?.label ?? family;
  const point = ({ p, value }: { p: number; value: number }) => `P${formatNumber(p * 100, 4)} ${formatNumber(value, 4)}`;
  return `${name} by percentiles: ${point(low)}, ${point(high)}${mode === undefined ? "" : `, most likely ${formatNumber(mode, 4)}`}`;
}
