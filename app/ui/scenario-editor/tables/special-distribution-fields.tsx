"use client";

import { TextAreaField, TextField } from "@/app/ui/forms/field";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";
import { numberToText, parseFieldNumber, type DecimalSeparator } from "@/app/ui/format/parse-number";
import forms from "@/app/ui/forms/forms.module.css";
import type { DistributionSpecValue } from "./distribution-fields";
import { formatDiscreteOutcomes, parseDiscreteOutcomes, parsePercentile, PERCENTILE_FAMILIES, type DiscreteOutcome, type ParseResult } from "./special-distributions";

// The fields of the two distributions that are not a family's parameters: discrete outcomes (a list) and a family
// fitted to two percentiles (how experts state a range: "P10 3.20, P90 5.10"). Read back from the form's FormData.

export const SPECIAL_DISTRIBUTIONS = { discrete: "Discrete outcomes", percentiles: "By percentiles (P10 / P90 …)" } as const;
export type SpecialType = keyof typeof SPECIAL_DISTRIBUTIONS;

export function isSpecialType(type: string): type is SpecialType {
  return type in SPECIAL_DISTRIBUTIONS;
}


/** A stored percentile point, or undefined when the spec has none of that name. */
function pointOf(spec: DistributionSpecValue | undefined, key: "low" | "high"): { p?: unknown; value?: unknown } {
  const point = spec?.[key];
  return typeof point === "object" && point !== null ? (point as { p?: unknown; value?: unknown }) : {};
}

/** The inputs for `type`, pre-filled from `spec` when it is of that type. */
export function SpecialDistributionFields({ type, spec }: { type: SpecialType; spec: DistributionSpecValue | undefined }) {
  const same = spec?.type === type ? spec : undefined;
  const decimal = useDecimalSeparator();
  const numberText = (value: unknown): string => (typeof value === "number" ? numberToText(value, decimal) : "");
  if (type === "discrete") {
    const outcomes = Array.isArray(same?.outcomes) ? formatDiscreteOutcomes(same.outcomes as DiscreteOutcome[], decimal) : "";
    const example = decimal === "," ? '"4,25 0,3" or "4,25 30%". Decimal comma' : '"4.25 0.3" or "4.25 30%". Decimal point';
    return <TextAreaField name="outcomes" label="Outcomes (parameter unit), one per line: value and probability" hint={`For example ${example}; the probabilities add up to 1.`} rows={6} defaultValue={outcomes} required />;
  }
  const [low, high] = [pointOf(same, "low"), pointOf(same, "high")];
  const percentText = (p: unknown, fallback: string) => (typeof p === "number" ? numberToText(p * 100, decimal) : fallback);
  return (
    <>
      <div className={forms.field}>
        <label htmlFor="distribution-family">Family</label>
        <select id="distribution-family" name="family" className={forms.select} defaultValue={typeof same?.family === "string" ? same.family : "normal"}>
          {PERCENTILE_FAMILIES.map((family) => (
            <option key={family.value} value={family.value}>
              {family.label}
            </option>
          ))}
        </select>
      </div>
      <TextField name="lowP" label="Low percentile (%)" inputMode="decimal" defaultValue={percentText(low.p, "10")} required />
      <TextField name="lowValue" label="Value at the low percentile (parameter unit)" inputMode="decimal" defaultValue={numberText(low.value)} required />
      <TextField name="highP" label="High percentile (%)" inputMode="decimal" defaultValue={percentText(high.p, "90")} required />
      <TextField name="highValue" label="Value at the high percentile (parameter unit)" inputMode="decimal" defaultValue={numberText(high.value)} required />
      <TextField name="mode" label="Most likely (parameter unit) — triangular and PERT" inputMode="decimal" defaultValue={numberText(same?.mode)} />
    </>
  );
}

function readNumber(form: FormData, key: string, label: string, decimal: DecimalSeparator): ParseResult<number | undefined> {
  const parsed = parseFieldNumber(String(form.get(key) ?? ""), label, decimal);
  if (parsed.kind === "invalid") return { ok: false, message: parsed.message };
  return { ok: true, value: parsed.kind === "number" ? parsed.value : undefined };
}

/** The spec the fields describe, or the first problem in plain words (the API checks the remaining rules on save). */
export function readSpecialDistribution(type: SpecialType, form: FormData, decimal: DecimalSeparator = "."): ParseResult<DistributionSpecValue> {
  if (type === "discrete") {
    const outcomes = parseDiscreteOutcomes(String(form.get("outcomes") ?? ""), decimal);
    return outcomes.ok ? { ok: true, value: { type, outcomes: outcomes.value } } : outcomes;
  }
  const lowP = parsePercentile(String(form.get("lowP") ?? ""), "Low percentile", decimal);
  const highP = parsePercentile(String(form.get("highP") ?? ""), "High percentile", decimal);
  const lowValue = readNumber(form, "lowValue", "Value at the low percentile (parameter unit)", decimal);
  const highValue = readNumber(form, "highValue", "Value at the high percentile (parameter unit)", decimal);
  const mode = readNumber(form, "mode", "Most likely (parameter unit)", decimal);
  for (const result of [lowP, highP, lowValue, highValue, mode]) if (!result.ok) return result;
  if (!lowP.ok || !highP.ok || !lowValue.ok || !highValue.ok || !mode.ok) return { ok: false, message: "Check the fields" };
  if (lowValue.value === undefined || highValue.value === undefined) return { ok: false, message: "Enter the value at each percentile" };
  const family = String(form.get("family") ?? "normal");
  const spec: DistributionSpecValue = { type, family, low: { p: lowP.value, value: lowValue.value }, high: { p: highP.value, value: highValue.value } };
  if (mode.value !== undefined) spec.mode = mode.value;
  return { ok: true, value: spec };
}
