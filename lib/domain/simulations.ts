// Simulation run vocabulary.
// lib/domain imports nothing: the schema, the contracts, the engine mapping and the browser share it.

export const SAMPLERS = ["monte_carlo", "latin_hypercube"] as const;

export type Sampler = (typeof SAMPLERS)[number];

export const SIMULATION_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;

export type SimulationStatus = (typeof SIMULATION_STATUSES)[number];

/** Where a run was evaluated: in its request (small runs), this process's background pool, or pg-boss workers. */
export const SIMULATION_EXECUTIONS = ["inline", "local", "queue"] as const;

export type SimulationExecution = (typeof SIMULATION_EXECUTIONS)[number];

/**
 * What one run may ask for: the API's contract, the run form, the service and the engine mapping all read these.
 * Seeds are integers in [0, 2^53 − 1] (exact JSON numbers); percentiles are in percent.
 */
export const SIMULATION_LIMITS = {
  maxIterations: 1_000_000,
  maxSeed: Number.MAX_SAFE_INTEGER,
  maxPercentiles: 20,
} as const;
