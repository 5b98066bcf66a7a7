// Simulation run vocabulary.
// lib/domain imports nothing: the schema, the contracts, the engine mapping and the browser share it.

export const SAMPLERS = ["monte_carlo", "latin_hypercube"] as const;

export type Sampler = (typeof SAMPLERS)[number];

export const SIMULATION_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;

export type SimulationStatus = (typeof SIMULATION_STATUSES)[number];
