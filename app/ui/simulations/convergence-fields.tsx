"use client";

import { CheckboxField } from "@/app/ui/forms/checkbox-field";
import { TextField, type FieldErrorsProp } from "@/app/ui/forms/field";
import { NumberField } from "@/app/ui/forms/number-field";
import { SelectField } from "@/app/ui/forms/select-field";
import { formatNumber } from "@/app/ui/format";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";
import { numberToText } from "@/app/ui/format/parse-number";
import { CONVERGENCE_FORM_LIMITS, STATISTIC_OPTIONS, type ConvergenceField, type ConvergenceFormValues } from "./convergence-input";
import forms from "@/app/ui/forms/forms.module.css";
import styles from "./simulations.module.css";

type ConvergenceFieldsProps = {
  values: ConvergenceFormValues;
  onChange: (values: ConvergenceFormValues) => void;
  /** The form's and the API's messages for a field. */
  errorsOf: (field: ConvergenceField) => FieldErrorsProp;
};

const FIELDSET_ID = "run-form-convergence";
const { maxTolerancePct, minIterations, defaultMinIterations } = CONVERGENCE_FORM_LIMITS;

/**
 * "Stop early when converged" (off by default) and, once ticked, the statistic, tolerance and minimum iterations.
 * The engine checks only at fixed checkpoints, so the hint names them: a run cannot stop between two.
 */
export function ConvergenceFields({ values, onChange, errorsOf }: ConvergenceFieldsProps) {
  const set = <K extends keyof ConvergenceFormValues>(key: K, value: ConvergenceFormValues[K]) => onChange({ ...values, [key]: value });
  const decimal = useDecimalSeparator();
  return (
    <div className={styles.convergence}>
      <CheckboxField
        label="Stop early when converged"
        name="convergenceOn"
        checked={values.isOn}
        aria-controls={values.isOn ? FIELDSET_ID : undefined}
        onChange={(event) => set("isOn", event.target.checked)}
        hint="Checks the NPV at 10,000, 20,000, 50,000, 100,000 … iterations and stops at the first check where its standard error is within your tolerance. The results stay reproducible."
      />
      {values.isOn ? (
        <fieldset id={FIELDSET_ID} className={`${forms.fieldset} ${styles.convergenceFields}`}>
          <legend>When is the run converged?</legend>
          <div className={styles.formGrid}>
            <SelectField label="Statistic" name="convergenceStatistic" options={STATISTIC_OPTIONS} value={values.statistic} onChange={(event) => set("statistic", event.target.value)} errors={errorsOf("convergence.statistic")} hint="The estimate whose standard error must shrink: the mean, or the P50 (median), of NPV." />
            {/* Text, not type=number: it is read in the person's number format ("0,5" under a decimal comma). */}
            <TextField
              label="Tolerance (% of the value)"
              name="convergenceTolerancePct"
              inputMode="decimal"
              value={values.tolerancePct}
              onChange={(event) => set("tolerancePct", event.target.value)}
              errors={errorsOf("convergence.relativeTolerancePct")}
              hint={`Stop when the standard error is at most this share of the statistic's absolute value, e.g. ${numberToText(0.5, decimal)}. Above 0, at most ${maxTolerancePct}.`}
            />
            <NumberField
              label="Minimum iterations"
              name="convergenceMinIterations"
              step={1}
              min={minIterations}
              value={values.minIterations}
              onChange={(event) => set("minIterations", event.target.value)}
              errors={errorsOf("convergence.minIterations")}
              hint={`No stop before this many: ${formatNumber(minIterations, 0)} up to the run's iterations (${formatNumber(defaultMinIterations, 0)} by default).`}
            />
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
