/**
 * Micro-benchmark of the batch samplers: ns per sample (best and median of interleaved rounds,
 * because this host is noisy). Run with `npx tsx lib/engine/random/bench-samplers.ts`. Not a test.
 */
import { createDistribution, normalQuantile, type Distribution } from "../distributions";
import { createStream, type RandomStream } from "./stream";
import { fillUniform } from "./uniform";
import { fillNormal } from "./ziggurat";

const N = 1 << 16;
const ROUNDS = 15;
const out = new Float64Array(N);

type Case = { name: string; samples: number; run: (s: RandomStream) => void };

function normalByInverseCdf(s: RandomStream): void {
  fillUniform(s, out, 0, N);
  for (let i = 0; i < N; i++) out[i] = normalQuantile(out[i] ?? 0.5);
}

function viaFill(d: Distribution, samples = N): (s: RandomStream) => void {
  return (s) => d.fill(s, out, 0, samples);
}

function viaInverse(d: Distribution, samples: number): (s: RandomStream) => void {
  return (s) => {
    fillUniform(s, out, 0, samples);
    d.transformUniforms(out, out, 0, samples);
  };
}

const pert = createDistribution({ type: "pert", min: 2, mode: 3, max: 7 });
const CASES: Case[] = [
  { name: "uniform (fillUniform)", samples: N, run: (s) => fillUniform(s, out, 0, N) },
  { name: "normal ziggurat (fillNormal)", samples: N, run: (s) => fillNormal(s, out, 0, N) },
  { name: "normal inverse CDF (AS 241)", samples: N, run: normalByInverseCdf },
  { name: "lognormal (ziggurat + exp)", samples: N, run: viaFill(createDistribution({ type: "lognormal", mu: 0, sigma: 0.4 })) },
  { name: "triangular (closed-form inverse)", samples: N, run: viaFill(createDistribution({ type: "triangular", min: 1, mode: 2, max: 4 })) },
  { name: "PERT (gamma ratio, Monte Carlo)", samples: N, run: viaFill(pert) },
  { name: "PERT (inverse CDF, LHS path)", samples: N >> 4, run: viaInverse(pert, N >> 4) },
];

function main(): void {
  const times = CASES.map(() => [] as number[]);
  const stream = createStream({ seed: 1, stream: 0 });
  for (let round = 0; round < ROUNDS; round++) {
    CASES.forEach((c, i) => {
      const t0 = process.hrtime.bigint();
      c.run(stream);
      times[i]?.push(Number(process.hrtime.bigint() - t0) / c.samples);
    });
  }
  console.log(`ns/sample over ${ROUNDS} interleaved rounds (batch ${N})`);
  CASES.forEach((c, i) => {
    const t = (times[i] ?? []).slice(2).sort((a, b) => a - b);
    const best = t[0] ?? NaN;
    const median = t[Math.floor(t.length / 2)] ?? NaN;
    console.log(`${c.name.padEnd(36)} best ${best.toFixed(1).padStart(7)}  median ${median.toFixed(1).padStart(7)}`);
  });
}

main();
