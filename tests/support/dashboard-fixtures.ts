import { simulationResults, simulationRuns, type MetricStatisticsJson } from "../../db/schema";
import { type SimulationStatus } from "@/lib/domain/simulations";
import type { DbOrTx } from "../../db/client";

// Test and benchmark data for the dashboards: simulation runs as the simulation engine stores them.

/** NPV statistics with the default and the P10/P90 percentiles around a mean (currency units). */
export function npvStatistics(meanNpv: number, spreadNpv = Math.abs(meanNpv) * 0.4 + 1): MetricStatisticsJson {
  const at = (z: number) => meanNpv + z * spreadNpv;
  return {
    count: 10_000,
    nonFiniteCount: 0,
    mean: meanNpv,
    sd: spreadNpv,
    min: at(-3.5),
    max: at(3.5),
    percentiles: { p5: at(-1.645), p10: at(-1.2816), p25: at(-0.6745), p50: at(0), p75: at(0.6745), p90: at(1.2816), p95: at(1.645) },
    probabilityOfLoss: meanNpv > 0 ? 0.1 : 0.6,
  };
}

/** A finished (or otherwise) simulation run of a scenario with its "npv" result. */
export async function insertSimulationRun(
  db: DbOrTx,
  options: { organisationId: string; scenarioId: string; meanNpv: number; status?: SimulationStatus; createdAt?: Date },
): Promise<string> {
  const status = options.status ?? "succeeded";
  const createdAt = options.createdAt ?? new Date();
  const [run] = await db
    .insert(simulationRuns)
    .values({
      scenarioId: options.scenarioId,
      organisationId: options.organisationId,
      iterations: 10_000,
      seed: 42,
      status,
      progress: status === "succeeded" ? 1 : 0,
      engineVersion: "test",
      manifest: {},
      inputHash: "test",
      startedAt: createdAt,
      finishedAt: status === "succeeded" ? createdAt : null,
      createdAt,
    })
    .returning({ id: simulationRuns.id });
  if (!run) throw new Error("run not created");
  if (status === "succeeded") {
    await db.insert(simulationResults).values({ runId: run.id, metric: "npv", statistics: npvStatistics(options.meanNpv) });
  }
  return run.id;
}
