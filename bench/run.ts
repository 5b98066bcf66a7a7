/**
 * `npm run bench` (tsx bench/run.ts): the standard model (3 + 20 years, 30 variables, NPV + IRR +
 * payback, 100 000 iterations) on one thread and on all cores, against the vectorised NumPy
 * reference and a hand-written JS kernel of the model (bench/kernel), interleaved and repeated (the
 * host is noisy: best and median are printed), plus the
 * peak memory of a 1 000 000-iteration run without raw samples. Not part of the tests.
 *   npx tsx bench/run.ts [--iterations N] [--repetitions R]
 */
import { availableParallelism } from "node:os";
import { createWorkerPool, runMonteCarlo } from "../lib/engine/monte-carlo";
import { bundleWorker, measureMemory, timeJs, timeKernel, timeNumpy, writeModelFile, type Timing } from "./monte-carlo";
import { buildStandardSpec } from "./standard-model";

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

type Row = { label: string; runs: Timing[] };

function bestAndMedian(runs: readonly Timing[]): { best: number; median: number } {
  const rates = runs.map((r) => r.iterationsPerSecond).sort((a, b) => b - a);
  return { best: rates[0] ?? NaN, median: rates[Math.floor(rates.length / 2)] ?? NaN };
}

const fmt = (x: number): string => Math.round(x).toLocaleString("en-US").padStart(9);

/** Where an implementation that times its stages spends its time: the median over repetitions of each stage. */
function printStages(label: string, runs: readonly Timing[]): void {
  const names = Object.keys(runs[0]?.stages ?? {});
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const parts = names.map((name) => `${name} ${median(runs.map((run) => run.stages?.[name] ?? NaN)).toFixed(3)} s`);
  console.log(`${label} stages (median): ${parts.join(", ")}`);
}

async function measureMemoryChild(iterations: number, workerUrl: string): Promise<void> {
  const t0 = performance.now();
  await runMonteCarlo(buildStandardSpec(iterations), { workerUrl });
  const usage = process.resourceUsage();
  const heap = process.memoryUsage();
  console.log(JSON.stringify({ rssMb: usage.maxRSS / 1024, heapMb: heap.heapUsed / 2 ** 20, seconds: (performance.now() - t0) / 1000 }));
}

async function main(): Promise<void> {
  const iterations = arg("--iterations", 100_000);
  const repetitions = arg("--repetitions", 5);
  const cores = availableParallelism();
  const spec = buildStandardSpec(iterations);
  const workerUrl = await bundleWorker();
  const modelPath = writeModelFile(spec);
  console.log(`CalMiner Monte Carlo benchmark: standard model (3 + 20 periods, ${spec.variables.length} variables, 4 correlations, NPV + IRR + payback), ${iterations.toLocaleString("en-US")} iterations, ${repetitions} interleaved repetitions, Node ${process.version}, ${cores} cores`);
  const rows: Row[] = [
    { label: "JS, 1 thread (in-process)", runs: [] },
    { label: `JS, ${cores} warm worker threads`, runs: [] },
    { label: "NumPy (vectorised, 1 thread)", runs: [] },
    { label: `JS, ${cores} threads started per run`, runs: [] },
    { label: "hand-written JS kernel, 1 thread", runs: [] },
  ];
  // The app server keeps a warm pool; a run that starts its own threads also pays their start-up (shown last).
  const pool = createWorkerPool(cores, { workerUrl });
  await timeJs(buildStandardSpec(8192), { workers: 0 }); // warm-up
  await timeJs(buildStandardSpec(8192), { pool });
  for (let r = 0; r < repetitions; r++) {
    rows[0]?.runs.push(await timeJs(spec, { workers: 0 }));
    rows[1]?.runs.push(await timeJs(spec, { pool }));
    rows[2]?.runs.push(timeNumpy(modelPath, iterations));
    rows[3]?.runs.push(await timeJs(spec, { workers: cores, workerUrl }));
    rows[4]?.runs.push(timeKernel(spec));
  }
  await pool.close();
  console.log(`\n${"".padEnd(32)}   best it/s  median it/s`);
  const stats = rows.map((row) => ({ row, ...bestAndMedian(row.runs) }));
  for (const s of stats) console.log(`${s.row.label.padEnd(32)} ${fmt(s.best)}    ${fmt(s.median)}`);
  const [one, all, numpy, , kernel] = stats;
  if (!one || !all || !numpy || !kernel) return;
  console.log(`(the ${cores}-core ratio below is for the warm pool, as the app server runs)`);
  console.log(`\nratio JS/NumPy, 1 thread:  best ${(one.best / numpy.best).toFixed(2)}  median ${(one.median / numpy.median).toFixed(2)}   (target ≥ 1.0)`);
  console.log(`ratio JS/NumPy, ${cores} cores:   best ${(all.best / numpy.best).toFixed(2)}  median ${(all.median / numpy.median).toFixed(2)}   (target ≥ 1.8)`);
  console.log(`ratio engine/hand kernel, 1 thread: best ${(one.best / kernel.best).toFixed(2)}  median ${(one.median / kernel.median).toFixed(2)}   (the practical JS limit is 1.0)`);
  console.log(`ratio hand kernel/NumPy, 1 thread: best ${(kernel.best / numpy.best).toFixed(2)}  median ${(kernel.median / numpy.median).toFixed(2)}`);
  printStages("NumPy", numpy.row.runs);
  printStages("hand kernel", kernel.row.runs);
  const js = one.row.runs[0];
  const py = numpy.row.runs[0];
  if (js && py) {
    const z = (js.meanNpv - py.meanNpv) / Math.hypot(js.npvStandardError, py.npvStandardError);
    console.log(`\nmean NPV check: JS ${js.meanNpv.toExponential(6)} ± ${js.npvStandardError.toExponential(2)}, NumPy ${py.meanNpv.toExponential(6)} ± ${py.npvStandardError.toExponential(2)}: z = ${z.toFixed(2)} ${Math.abs(z) < 4 ? "(agree within sampling error)" : "(DISAGREE)"}`);
  }
  const usage = process.resourceUsage();
  console.log(`\npeak memory of this process (100k runs, exact percentiles): RSS ${(usage.maxRSS / 1024).toFixed(0)} MB, heap now ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
  const big = measureMemory(1_000_000, workerUrl);
  console.log(`1,000,000 iterations, ${cores} workers, no raw samples: peak RSS ${big.rssMb.toFixed(0)} MB (target < 512), heap after ${big.heapMb.toFixed(0)} MB, ${big.seconds.toFixed(1)} s`);
}

if (process.argv.includes("--memory")) await measureMemoryChild(arg("--memory", 1_000_000), process.argv.at(-1) ?? "");
else await main();
