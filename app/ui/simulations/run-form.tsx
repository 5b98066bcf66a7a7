"use client";

import { useState, type FormEvent } from "react";
import { CheckboxField } from "@/app/ui/forms/checkbox-field";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { NumberField } from "@/app/ui/forms/number-field";
import { SelectField } from "@/app/ui/forms/select-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { formatNumber } from "@/app/ui/format";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";
import type { ApiSubmit } from "@/app/ui/forms/use-api-submit";
import { ConvergenceFields } from "./convergence-fields";
import { INITIAL_CONVERGENCE } from "./convergence-input";
import { DEFAULT_PERCENTILES_TEXT, ITERATION_PRESETS, MAX_ITERATIONS, parseRunForm, reformatRunValues, type RunFormErrors, type RunFormValues } from "./run-form-input";
import type { RunSimulationBody } from "@/lib/http/contracts/simulations";
import buttons from "@/app/ui/common/button.module.css";
import styles from "./simulations.module.css";

const SAMPLER_OPTIONS = [
  { value: "latin_hypercube", label: "Latin hypercube" },
  { value: "monte_carlo", label: "Monte Carlo" },
];

const INITIAL: RunFormValues = { iterations: "10000", sampler: "latin_hypercube", seed: "", percentiles: DEFAULT_PERCENTILES_TEXT, keepSamples: false, convergence: INITIAL_CONVERGENCE };

type RunFormProps = {
  submit: ApiSubmit;
  onRun: (body: Omit<RunSimulationBody, "scenarioId">) => void;
};

/** Iterations (with presets), sampler, seed, percentiles, keep-samples and the auto-stop; errors beside their fields. */
export function RunForm({ submit, onRun }: RunFormProps) {
  const decimal = useDecimalSeparator();
  const [values, setValues] = useState<RunFormValues>(() => reformatRunValues(INITIAL, ".", decimal));
  const [errors, setErrors] = useState<RunFormErrors>({});
  // The server resolves the separator, so this fires only when the person changes it while the form is open.
  const [shownIn, setShownIn] = useState(decimal);
  if (shownIn !== decimal) {
    setShownIn(decimal);
    setValues((current) => reformatRunValues(current, shownIn, decimal));
  }
  const set = <K extends keyof RunFormValues>(key: K, value: RunFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const fieldErrors = (name: keyof RunFormErrors) => errors[name] ?? submit.fieldErrors[name];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseRunForm(values, decimal);
    setErrors(parsed.ok ? {} : parsed.errors);
    if (parsed.ok) onRun(parsed.body);
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-describedby="run-form-error" aria-label="Run a simulation">
      <div className={styles.formGrid}>
        <div>
          <NumberField label="Iterations" name="iterations" step={1} min={1} max={MAX_ITERATIONS} value={values.iterations} onChange={(event) => set("iterations", event.target.value)} errors={fieldErrors("iterations")} hint={`1 to ${formatNumber(MAX_ITERATIONS, 0)}; more iterations, steadier percentiles.`} />
          <div className={styles.presets} role="group" aria-label="Iteration presets">
            {ITERATION_PRESETS.map((preset) => (
              <button key={preset} type="button" className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} aria-pressed={Number(values.iterations) === preset} onClick={() => set("iterations", String(preset))}>
                {formatNumber(preset, 0)}
              </button>
            ))}
          </div>
        </div>
        <SelectField label="Sampler" name="sampler" options={SAMPLER_OPTIONS} hint="Latin hypercube stratifies each input and converges faster; Monte Carlo samples plainly at random." value={values.sampler} onChange={(event) => set("sampler", event.target.value)} errors={fieldErrors("sampler")} />
        <NumberField label="Seed" name="seed" step={1} min={0} value={values.seed} onChange={(event) => set("seed", event.target.value)} errors={fieldErrors("seed")} hint="Optional. Leave blank and one is chosen, stored and shown with the results; the same seed gives the same results." />
        <TextField label="Percentiles (%)" name="percentiles" value={values.percentiles} onChange={(event) => set("percentiles", event.target.value)} errors={fieldErrors("percentiles")} hint={`${decimal === "," ? "Separated by semicolons" : "Comma-separated"}, above 0 and below 100. P5, P10, P50, P90 and P95 are always shown.`} />
      </div>
      <CheckboxField label="Keep every iteration's values (for export; uses more storage)" name="keepSamples" checked={values.keepSamples} onChange={(event) => set("keepSamples", event.target.checked)} errors={submit.fieldErrors.keepSamples} />
      <ConvergenceFields values={values.convergence} onChange={(convergence) => set("convergence", convergence)} errorsOf={fieldErrors} />
      <FormError id="run-form-error" message={submit.message} />
      <div className={styles.formActions}>
        <SubmitButton pending={submit.pending} pendingLabel="Running…">
          Run simulation
        </SubmitButton>
      </div>
    </form>
  );
}
