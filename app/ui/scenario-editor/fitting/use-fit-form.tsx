"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { readText } from "@/app/ui/forms/number-field";
import { SelectField } from "@/app/ui/forms/select-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { formatEnumLabel } from "@/app/ui/format";
import { api } from "@/lib/client/api-client";
import { MODEL_TARGETS } from "@/lib/engine/model/targets";
import type { SeriesFits } from "@/lib/scenarios/fits";
import { targetRefKindOf, type TargetRefChoices } from "@/lib/validation/rows/target-refs";
import { TARGET_REF_NOUNS, toTargetRefOptions } from "../tables/target-ref-options";
import styles from "../scenario-editor.module.css";
import { defaultVariableName, familyLabel, variableBody, type OkFit } from "./fit-variable";

const TARGET_OPTIONS = MODEL_TARGETS.map((target) => ({ value: target, label: formatEnumLabel(target) }));
const APPLICATION_OPTIONS = [
  { value: "factor", label: "Factor (the fit divided by its mean)" },
  { value: "absolute", label: "Absolute value (in the logs' unit)" },
];

type UseFitFormProps = { scenarioId: string; series: SeriesFits; fit: OkFit; targetRefChoices: TargetRefChoices };

/**
 * "Use as variable": one POST to the ordinary parameter route with the chosen fit as its distribution. Maintenance
 * cost and downtime drive operating cost, so the default is a factor on the total operating cost.
 */
export function UseFitForm({ scenarioId, series, fit, targetRefChoices }: UseFitFormProps) {
  const router = useRouter();
  const [target, setTarget] = useState("opex_total");
  const refKind = targetRefKindOf(target);
  const submit = useApiSubmit();
  const [status, setStatus] = useState("");
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = readText(form, "name") ?? "";
    const application = readText(form, "application") === "absolute" ? "absolute" : "factor";
    const choice = { name, target: readText(form, "target") ?? "", targetRef: readText(form, "targetRef"), application } as const;
    const result = await submit.run(() => api.post(`/api/scenarios/${scenarioId}/parameters`, variableBody(series, fit, choice)));
    if (!result.ok) return;
    setStatus(`Variable “${name}” added to the parameters.`);
    router.refresh();
  };
  return (
    <form className={styles.maintenanceForm} onSubmit={onSubmit} aria-labelledby="use-fit-title" aria-describedby="use-fit-error" noValidate>
      <h3 id="use-fit-title">Use the {familyLabel(fit.family).toLowerCase()} fit as a variable</h3>
      <FormError id="use-fit-error" message={submit.message ? `${submit.message} Nothing was saved.` : undefined} />
      <p role="status">{status}</p>
      <div className={styles.settingsGrid}>
        <TextField label="Parameter name" name="name" defaultValue={defaultVariableName(series, fit)} required errors={submit.fieldErrors.name} />
        <SelectField label="Target in the model" name="target" options={TARGET_OPTIONS} value={target} onChange={(event) => setTarget(event.target.value)} errors={submit.fieldErrors.target} />
        {refKind ? (
          <SelectField
            key={refKind}
            label={`Target ${TARGET_REF_NOUNS[refKind]}`}
            name="targetRef"
            required
            placeholder={`Choose the ${TARGET_REF_NOUNS[refKind]}`}
            options={toTargetRefOptions(refKind, targetRefChoices)}
            errors={submit.fieldErrors.targetRef}
          />
        ) : null}
        <SelectField label="Applied as" name="application" options={APPLICATION_OPTIONS} defaultValue="factor" errors={submit.fieldErrors.application ?? submit.fieldErrors.distribution} />
      </div>
      <div className={styles.footer}>
        <SubmitButton pending={submit.pending} pendingLabel="Adding…">
          Use as variable
        </SubmitButton>
      </div>
    </form>
  );
}
