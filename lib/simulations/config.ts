import { availableParallelism } from "node:os";
import { env } from "@/lib/env.mjs";
import { processSingleton } from "@/lib/process/singleton";

export type QueueKind = "local" | "pgboss";

export type SimulationConfig = {
  syncMaxIterations: number;
  /** Worker threads of an in-process background run. */
  threads: number;
  maxRawSamples: number;
  queue: QueueKind;
  chunkIterations: number;
  staleMinutes: number;
  workerConcurrency: number;
  databaseUrl: string | undefined;
  /** Per organisation: background runs queued or running at once, and iterations per rolling hour. */
  quota: { activeRuns: number; iterationsPerHour: number };
};

const overridesHolder = processSingleton("simulations.config-overrides", () => ({ current: {} as Partial<SimulationConfig> }));

/** Replaces some settings in this process (tests and benchmarks); `{}` restores the environment's. */
export function setSimulationConfigOverrides(overrides: Partial<SimulationConfig>): void {
  overridesHolder.current = overrides;
}

/** The simulation settings (lib/env.mjs validated them). Background runs use pg-boss only on a real PostgreSQL. */
export function getSimulationConfig(): SimulationConfig {
  return { ...readEnvConfig(), ...overridesHolder.current };
}

function readEnvConfig(): SimulationConfig {
  const queue: QueueKind =
    env.SIMULATION_QUEUE === "auto" ? (env.DATABASE_URL ? "pgboss" : "local") : env.SIMULATION_QUEUE;
  if (queue === "pgboss" && !env.DATABASE_URL) throw new Error("SIMULATION_QUEUE=pgboss needs DATABASE_URL (a real PostgreSQL)");
  return {
    syncMaxIterations: env.SIMULATION_SYNC_MAX_ITERATIONS,
    threads: env.SIMULATION_WORKERS ?? availableParallelism(),
    maxRawSamples: env.SIMULATION_MAX_RAW_SAMPLES,
    queue,
    chunkIterations: env.SIMULATION_CHUNK_ITERATIONS,
    quota: { activeRuns: env.SIMULATION_QUOTA_ACTIVE_RUNS, iterationsPerHour: env.SIMULATION_QUOTA_ITERATIONS_PER_HOUR },
    staleMinutes: env.SIMULATION_STALE_MINUTES,
    workerConcurrency: env.SIMULATION_WORKER_CONCURRENCY,
    databaseUrl: env.DATABASE_URL,
  };
}
