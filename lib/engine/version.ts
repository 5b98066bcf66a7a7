/**
 * Version of the engine's numerical definition: model evaluation, random streams, samplers, correlation
 * and statistics. Stored with every simulation run (and hashed into its manifest). Bump it whenever the
 * same spec could give different bits, so a rerun can tell that its engine is not the one that ran it.
 *
 * 1.1.0: the project IRR is the largest rate where NPV falls through zero (issue #16; 1.0.0 scanned a grid from a
 *        search floor and found none for most iterations with closure costs), and a histogram of equal values has
 *        one bin with rising edges. Runs stored by 1.0.0 are refused a rerun with ENGINE_VERSION_CHANGED.
 * 1.0.0: the first stored runs.
 */
export const ENGINE_VERSION = "1.1.0";
