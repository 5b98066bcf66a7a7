import { prepareRun } from "@/lib/engine/monte-carlo";
import { AppError } from "@/lib/errors";
import type { SimulationManifest } from "./manifest";

/**
 * Refuses (422) a run whose raw samples would exceed the limit: iterations × metrics values of 8 bytes each.
 * @throws AppError SAMPLES_TOO_LARGE
 */
export function checkSamplesFit(manifest: SimulationManifest, maxRawSamples: number): void {
  const { spec } = manifest;
  if (!spec.keepSamples) return;
  const values = spec.iterations * (spec.metrics?.length ?? 4);
  if (values <= maxRawSamples) return;
  throw new AppError(
    "SAMPLES_TOO_LARGE",
    `Keeping samples of ${spec.iterations} iterations × ${spec.metrics?.length ?? 4} metrics is ${values} values; this server keeps at most ${maxRawSamples}. Run fewer iterations or metrics, or without keepSamples.`,
    { status: 422, fieldErrors: { keepSamples: [`at most ${maxRawSamples} values (iterations × metrics)`] } },
  );
}

/** The engine's refusal of a run's definition (model inputs, parameter targets, distributions, correlations). */
export function invalidSpecError(error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  return new AppError("SIMULATION_INPUTS_INVALID", `The scenario cannot be simulated: ${message}`, { status: 422 });
}

/**
 * Validates a run that will be queued with the engine before anything is stored, so a queued run never fails for
 * its definition. (A run evaluated in its request is validated by the evaluation itself: see execute.ts.)
 * @throws AppError SIMULATION_INPUTS_INVALID (422) with the engine's message
 */
export function checkSpec(manifest: SimulationManifest): void {
  try {
    prepareRun(manifest.spec);
  } catch (error) {
    throw invalidSpecError(error);
  }
}
