/**
 * Sensitivity of NPV to every variable. Rank correlations (Spearman) and standardised regression
 * coefficients are computed on a deterministic subsample — the first S iterations of the run (S =
 * sensitivitySampleSize, default 20 000), positioned by iteration index, so chunking never changes
 * them. Per_period variables enter as their per-iteration mean over the periods. One-at-a-time
 * swings come from the deterministic model with one variable at its P10 and then its P90.
 */
import { bindOverrides, createScratch, evaluateModel } from "../model";
import { rankCorrelations, standardizedRegression } from "../stats";
import type { PreparedRun } from "./prepare-run";
import type { SensitivityBar, SensitivityResult, SwingResult } from "./types";

export type SensitivitySample = { inputs: Float64Array[]; npv: Float64Array };

function finiteRows(sample: SensitivitySample): SensitivitySample {
  const keep: number[] = [];
  for (let i = 0; i < sample.npv.length; i++) if (Number.isFinite(sample.npv[i])) keep.push(i);
  if (keep.length === sample.npv.length) return sample;
  const pick = (a: Float64Array): Float64Array => Float64Array.from(keep, (i) => a[i] ?? Number.NaN);
  return { inputs: sample.inputs.map(pick), npv: pick(sample.npv) };
}

function isConstant(a: Float64Array): boolean {
  for (let i = 1; i < a.length; i++) if (a[i] !== a[0]) return false;
  return true;
}

function npvAt(run: PreparedRun, k: number, value: number): number {
  const variable = run.spec.variables[k];
  if (!variable) return Number.NaN;
  const binding = bindOverrides(run.model, [variable.override]);
  const values = new Float64Array(binding.valueCount).fill(value);
  return evaluateModel(run.model, binding, values, createScratch(run.model)).npv;
}

/** NPV at each variable's P10 and P90, the others at their base inputs; sorted by |swing|. */
export function computeSwings(run: PreparedRun): { baseNpv: number; bars: SwingResult[] } {
  const baseNpv = evaluateModel(run.model, bindOverrides(run.model, []), new Float64Array(0), createScratch(run.model)).npv;
  const bars = run.spec.variables.map((v, k): SwingResult => {
    const d = run.distributions[k];
    const low = d ? d.inverseCdf(0.1) : Number.NaN;
    const high = d ? d.inverseCdf(0.9) : Number.NaN;
    const npvAtLow = npvAt(run, k, low);
    const npvAtHigh = npvAt(run, k, high);
    return { id: v.id, name: v.name, low, high, npvAtLow, npvAtHigh, swing: npvAtHigh - npvAtLow };
  });
  bars.sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing) || a.id.localeCompare(b.id));
  return { baseNpv, bars };
}

/**
 * Tornado data from the subsample and the swings.
 * @example computeSensitivity(run, { inputs, npv })
 */
export function computeSensitivity(run: PreparedRun, raw: SensitivitySample): SensitivityResult {
  const sample = finiteRows(raw);
  const vars = run.spec.variables;
  const named = (bars: { name: string; value: number }[]): SensitivityBar[] =>
    bars.map((b) => ({ id: b.name, name: vars.find((v) => v.id === b.name)?.name ?? b.name, value: b.value }));
  const all = vars.map((v, k) => ({ name: v.id, values: sample.inputs[k] ?? new Float64Array(0), column: k }));
  const varying = all.filter((input) => !isConstant(input.values));
  const excluded = all.filter((input) => isConstant(input.values)).map((input) => input.name);
  let regression: SensitivityResult["regression"] = null;
  if (varying.length > 0 && sample.npv.length > varying.length + 1 && !isConstant(sample.npv)) {
    try {
      const r = standardizedRegression(varying, sample.npv);
      regression = { coefficients: named(r.coefficients), rSquared: r.rSquared };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      excluded.push(...varying.map((input) => input.name));
    }
  }
  const spearman = isConstant(sample.npv) ? [] : named(rankCorrelations(varying, sample.npv));
  return { sampleSize: sample.npv.length, spearman, regression, excluded, swings: computeSwings(run) };
}
