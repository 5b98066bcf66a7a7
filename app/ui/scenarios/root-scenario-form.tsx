"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { CheckboxField } from "@/app/ui/forms/checkbox-field";
import { TextAreaField, TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { NumberField, readText } from "@/app/ui/forms/number-field";
import { SelectField } from "@/app/ui/forms/select-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api, type ApiFieldErrors } from "@/lib/client/api-client";
import { readRootSettings, ROOT_SETTING_GROUPS, type SettingsContext, type SettingSpec } from "./root-settings";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";

export type RootScenarioFormProps = {
  projectId: string;
  context: SettingsContext;
  /** Pre-fills "Base case" and ticks the base-case box (the project's first scenario). */
  isBase: boolean;
};

function SettingField({ spec, context, errors }: { spec: SettingSpec; context: SettingsContext; errors: ApiFieldErrors }) {
  const common = { label: spec.label, name: spec.key, hint: spec.hint, errors: errors[spec.key] };
  switch (spec.kind) {
    case "number":
      return (
        <NumberField
          {...common}
          unit={typeof spec.unit === "function" ? spec.unit(context) : spec.unit}
          required={!spec.isOptional}
          min={spec.min}
          max={spec.max}
          step={spec.step}
          defaultValue={spec.initial(context) ?? undefined}
        />
      );
    case "select":
      return (
        <SelectField
          {...common}
          required={!spec.isOptional}
          options={typeof spec.options === "function" ? spec.options(context) : spec.options}
          placeholder={spec.isOptional ? "None" : undefined}
          defaultValue={typeof spec.initial === "function" ? spec.initial(context) : spec.initial}
        />
      );
    case "text":
      return <TextField {...common} required maxLength={spec.maxLength} defaultValue={spec.initial(context)} />;
    case "boolean":
      return <CheckboxField name={spec.key} label={spec.label} hint={spec.hint} errors={errors[spec.key]} defaultChecked={spec.initial} />;
  }
}

/** A root scenario with every required setting (defaults given); on success its editor opens to refine it and add the inputs. */
export function RootScenarioForm({ projectId, context, isBase }: RootScenarioFormProps) {
  const router = useRouter();
  const submit = useApiSubmit();
  const decimal = useDecimalSeparator();
  const [localErrors, setLocalErrors] = useState<ApiFieldErrors>({});
  const errors = { ...submit.fieldErrors, ...localErrors };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = readText(form, "name");
    const { values, fieldErrors } = readRootSettings(form, decimal);
    if (!name) fieldErrors.name = ["Enter the scenario’s name"];
    setLocalErrors(fieldErrors);
    if (!name || Object.keys(fieldErrors).length > 0) {
      submit.reset();
      return;
    }
    const body = { name, description: readText(form, "description"), isBaseCase: form.get("isBaseCase") === "on", ...values };
    const result = await submit.run(() => api.post<{ scenario: { id: string } }>(`/api/projects/${projectId}/scenarios`, body));
    if (!result.ok) return;
    // The new scenario has no production or costs yet: its editor is where the work continues.
    router.push(`/projects/${projectId}/scenarios/${result.value.scenario.id}`);
  }

  const hasLocalErrors = Object.keys(localErrors).length > 0;
  return (
    <form className={forms.form} onSubmit={onSubmit} noValidate aria-describedby="scenario-form-error">
      <FormError id="scenario-form-error" message={hasLocalErrors ? "Some fields need attention; see the messages beside them." : submit.message} />
      <fieldset className={`${layout.panel} ${forms.fieldset}`}>
        <legend>Scenario</legend>
        <div className={forms.grid}>
          <TextField label="Name" name="name" required defaultValue={isBase ? "Base case" : ""} errors={errors.name} maxLength={200} autoComplete="off" />
          <CheckboxField name="isBaseCase" label="This is the project’s base case" defaultChecked={isBase} errors={errors.isBaseCase} hint="Replaces the current base case, if any" />
          <TextAreaField label="Description" name="description" className={forms.wide} rows={2} errors={errors.description} />
        </div>
      </fieldset>
      {ROOT_SETTING_GROUPS.map((group) => (
        <fieldset key={group.legend} className={`${layout.panel} ${forms.fieldset}`}>
          <legend>{group.legend}</legend>
          <div className={forms.grid}>
            {group.fields.map((spec) => (
              <SettingField key={spec.key} spec={spec} context={context} errors={errors} />
            ))}
          </div>
        </fieldset>
      ))}
      <div className={forms.actions}>
        <SubmitButton pending={submit.pending} pendingLabel="Creating…">
          Create scenario
        </SubmitButton>
        <Link href={`/projects/${projectId}`} className={`${buttons.button} ${buttons.secondary}`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
