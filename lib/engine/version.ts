/**
 * Version of the engine's numerical definition: model evaluation, random streams, samplers, correlation
 * and statistics. Stored with every simulation run (and hashed into its manifest). Bump it whenever the
 * same spec could give different bits, so a rerun can tell that its engine is not the one that ran it.
 */
export const ENGINE_VERSION = "1.0.0";
