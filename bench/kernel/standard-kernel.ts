/**
 * A hand-written, single-thread JavaScript kernel of the benchmark's standard model: the practical limit of plain
 * JavaScript for this model, against which the engine's general evaluator is measured (bench/run.ts).
 *
 * It draws the same samples as the engine (the engine's own sampling plan, timed as its own stage), then evaluates
 * each iteration with everything that does not depend on the draws hoisted out of the loop: the model's constant
 * arrays, the varied cost and capital lines as (multiplier, unit table) pairs, the depreciation schedule as the few
 * periods that carry capital, the discount factors. NPV, the project IRR (the engine's rule, lib/engine/finance/
 * project-irr.ts) and payback per iteration, then the same summaries (sorted percentiles, mean, sd).
 */
import { createSamplingPlan } from "../../lib/engine/sampling";
import { computePaybackYears, projectIrr } from "../../lib/engine/finance";
import type { PreparedRun } from "../../lib/engine/monte-carlo/prepare-run";
import { compileKernelModel, type ExportedModel, type KernelLine, type KernelModel } from "./kernel-model";

const CHUNK = 4096;

export type KernelResult = { seconds: number; stages: Record<string, number>; npv: Float64Array; irr: Float64Array; payback: Float64Array };

/** The flows of one iteration into `flows` (scratch arrays in `k`). Returns NPV at the model's rate. */
function evaluateIteration(k: KernelModel, x: Float64Array, flows: Float64Array): number {
  const { periods, first } = k;
  const ore = k.oreIndex < 0 ? 1 : (x[k.oreIndex] ?? 0);
  const grade = k.gradeIndex < 0 ? 1 : (x[k.gradeIndex] ?? 0);
  const recovery = k.recoveryIndex < 0 ? 1 : (x[k.recoveryIndex] ?? 0);
  const payable = k.payable(x) / 100;
  const fx = k.fx(x);
  const price = (x[k.priceIndex] ?? 0); // absolute per-iteration price in the standard model
  const unitValue = price + k.premium - k.refining(x);
  const dmtCharge = k.treatment(x) + k.penalty;
  const nsrRate = k.nsrRate(x) / 100;
  const taxRate = k.taxRate / 100;
  const multipliers = k.multipliers;
  for (let l = 0; l < k.lines.length; l++) multipliers[l] = (k.lines[l] as KernelLine).multiplier(x);
  let losses = 0, previousBalance = 0, npv = 0;
  const dep = k.depreciation;
  dep.fill(0);
  for (let t = 0; t < periods; t++) {
    const oreT = (k.ore[t] ?? 0) * ore;
    const recovered = oreT * (k.grade[t] ?? 0) * grade * k.metalPerTonneGrade * (k.recoveryPct[t] ?? 0) * recovery / 100;
    const payableUnits = recovered * payable;
    const money = (k.inflation[t] ?? 0) * fx;
    let nsr = 0, royalty = 0;
    if (t >= first) {
      nsr = (payableUnits * unitValue - recovered * k.dmtPerUnit * dmtCharge) * money;
      royalty = Math.max(nsrRate * Math.max(nsr, 0) + k.grossPct * payableUnits * price * money + k.perUnit * recovered * (k.inflation[t] ?? 0), k.minimumRoyalty * (k.inflation[t] ?? 0));
    }
    let opex = (k.restFixed[t] ?? 0) + (k.restPerTonne[t] ?? 0) * oreT;
    let depreciable = (k.restDepreciable[t] ?? 0);
    let closure = (k.restClosure[t] ?? 0);
    for (let l = 0; l < k.lines.length; l++) {
      const line = k.lines[l] as KernelLine;
      const m = multipliers[l] ?? 0;
      if (line.kind === "opex") opex += m * ((line.fixed[t] ?? 0) + (line.perTonne[t] ?? 0) * oreT);
      else if (line.kind === "closure") closure += m * (line.fixed[t] ?? 0);
      else depreciable += m * (line.fixed[t] ?? 0);
    }
    if (depreciable !== 0) k.spreadDepreciation(t, depreciable, dep);
    const income = nsr - royalty - opex - (dep[t] ?? 0) - closure + (k.salvage[t] ?? 0);
    let taxable = Math.max(income, 0);
    losses += Math.max(-income, 0);
    const used = Math.min(losses, taxable);
    losses -= used;
    taxable -= used;
    const balance = t === periods - 1 ? 0 : nsr * k.receivableShare - opex * k.payableShare;
    const flow = nsr - royalty - opex - depreciable - closure + (k.salvage[t] ?? 0) - (balance - previousBalance) - taxable * taxRate;
    previousBalance = balance;
    flows[t] = flow;
    npv += flow * (k.discount[t] ?? 0);
  }
  return npv;
}

/** Runs the standard model: sampling (the engine's plan), evaluation and metrics, summaries; timed per stage. */
export function runKernel(run: PreparedRun, exported: ExportedModel): KernelResult {
  const k = compileKernelModel(exported);
  const n = run.spec.iterations;
  let sampleMs = 0, evaluateMs = 0;
  const t0 = performance.now();
  const plan = createSamplingPlan({
    seed: run.spec.seed, iterations: n, method: run.spec.sampler,
    variables: run.columns.map((c) => ({ distribution: distributionOf(run, c.variable), stream: c.stream })),
    correlation: run.correlation, strict: run.spec.strictCorrelation,
  });
  const columns = run.columns.map(() => new Float64Array(CHUNK));
  const x = new Float64Array(columns.length);
  const flows = new Float64Array(k.periods);
  const npv = new Float64Array(n), irr = new Float64Array(n), payback = new Float64Array(n);
  let lap = performance.now();
  for (let start = 0; start < n; start += CHUNK) {
    const count = Math.min(CHUNK, n - start);
    plan.fillChunk(start, count, columns);
    const sampled = performance.now();
    sampleMs += sampled - lap;
    for (let i = 0; i < count; i++) {
      for (let j = 0; j < columns.length; j++) x[j] = (columns[j] as Float64Array)[i] ?? 0;
      npv[start + i] = evaluateIteration(k, x, flows);
      irr[start + i] = projectIrr(flows, k.periods);
      payback[start + i] = computePaybackYears(flows, k.periods);
    }
    lap = performance.now();
    evaluateMs += lap - sampled;
  }
  for (const values of [npv, irr, payback]) summarise(values);
  const summariesMs = performance.now() - lap;
  const stages = { sample: sampleMs / 1000, "cash flow + metrics": evaluateMs / 1000, summaries: summariesMs / 1000 };
  return { seconds: (performance.now() - t0) / 1000, stages, npv, irr, payback };
}

function distributionOf(run: PreparedRun, variable: number): PreparedRun["distributions"][number] {
  const distribution = run.distributions[variable];
  if (!distribution) throw new RangeError(`no distribution for ${variable}`);
  return distribution;
}

/** Mean, sd and the P5..P95 of the finite values (a sorted copy): what the engine's exact summaries compute. */
function summarise(values: Float64Array): { mean: number; sd: number; percentiles: number[] } {
  const finite = values.filter(Number.isFinite).sort();
  let sum = 0, squares = 0;
  for (const v of finite) sum += v;
  const mean = sum / finite.length;
  for (const v of finite) squares += (v - mean) * (v - mean);
  const at = (p: number) => finite[Math.min(finite.length - 1, Math.floor(p * finite.length))] ?? NaN;
  return { mean, sd: Math.sqrt(squares / (finite.length - 1)), percentiles: [0.05, 0.1, 0.5, 0.9, 0.95].map(at) };
}
