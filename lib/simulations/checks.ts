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

/**
 * Validates the run with the engine before anything is stored (model inputs, parameter targets, distributions,
 * correlations), so a queued run never fails for its definition.
 * @throws AppError SIMULATION_INPUTS_INVALID (422) with the engine's message
 */
export function checkSpec(manifest: SimulationManifest): void {
  try {
    prepareRun(manifest.spec);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError("SIMULATION_INPUTS_INVALID", `The scenario cannot be simulated: ${message}`, { status: 422 });
  }
}
