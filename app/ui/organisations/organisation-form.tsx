"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { NumberField } from "@/app/ui/forms/number-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { switchOrganisationAction } from "@/lib/auth/actions";
import { api, type ApiFieldErrors } from "@/lib/client/api-client";
import {
  DISCLOSURE_RATES_MAX_COUNT,
  SENSITIVITY_STEP_MAX_PCT,
  SENSITIVITY_STEP_MIN_PCT,
  SENSITIVITY_STEPS_MAX_COUNT,
} from "@/lib/domain/valuation";
import {
  ORGANISATION_NAME_MAX_CHARS,
  type EditableOrganisationSettingsInput,
  type OrganisationSettingsInput,
} from "@/lib/validation/organisation";
import { formatPctList, readOrganisationForm, type OrganisationFormValues } from "./read-organisation-form";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";

type OrganisationResponse = { data: OrganisationFormValues & { id: string } };

export type OrganisationFormProps =
  /** Create one: on success it becomes the active organisation and its dashboard opens. */
  | { mode: "create"; settings: OrganisationSettingsInput; cancelHref: string }
  /** Change the settings of an existing organisation (admins). */
  | { mode: "settings"; organisationId: string; settings: EditableOrganisationSettingsInput };

/** Makes the new organisation the active one, as the switcher does (the server action re-checks the membership). */
async function switchTo(organisationId: string): Promise<void> {
  const formData = new FormData();
  formData.set("organisationId", organisationId);
  await switchOrganisationAction(formData);
}

function savedNotice(saved: OrganisationFormValues): string {
  const defaults = `Saved. New projects of ${saved.name} start in ${saved.defaultCurrency} at ${saved.defaultDiscountRatePct} %.`;
  if (!saved.disclosureRatesPct || !saved.sensitivityStepsPct) return defaults;
  return `${defaults} Disclosure rates: ${formatPctList(saved.disclosureRatesPct)} %; sensitivity steps: ${formatPctList(saved.sensitivityStepsPct)} %.`;
}

/**
 * The valuation preferences of the organisation's scenarios: two lists of percentages, one text input each, typed
 * as "0, 5, 8, 10" or "0 5 8 10" (a number input takes one number only).
 */
function ValuationFields({
  settings,
  errors,
}: {
  settings: EditableOrganisationSettingsInput;
  errors: ApiFieldErrors;
}) {
  const decimal = useDecimalSeparator();
  const separated = decimal === "," ? "separated by semicolons or spaces" : "separated by commas or spaces";
  const list = (values: readonly number[]) => formatPctList(values, decimal);
  return (
    <>
      <TextField
        label="Disclosure discount rates (%)"
        name="disclosureRatesPct"
        required
        defaultValue={list(settings.disclosureRatesPct)}
        errors={errors.disclosureRatesPct}
        autoComplete="off"
        spellCheck={false}
        hint={`Pre- and after-tax NPV of every scenario's economic summary at each rate: up to ${DISCLOSURE_RATES_MAX_COUNT} rates from 0 to 100 %, ${separated}, e.g. ${list([0, 5, 8, 10])}`}
      />
      <TextField
        label="Sensitivity steps (% change from the base)"
        name="sensitivityStepsPct"
        required
        defaultValue={list(settings.sensitivityStepsPct)}
        errors={errors.sensitivityStepsPct}
        autoComplete="off"
        spellCheck={false}
        hint={`Each driver is changed by each step in turn: up to ${SENSITIVITY_STEPS_MAX_COUNT} steps above ${SENSITIVITY_STEP_MIN_PCT} % and at most ${SENSITIVITY_STEP_MAX_PCT} %, e.g. ${list([-30, -20, -10, 10, 20, 30])} (the base case, 0 %, is always shown)`}
      />
    </>
  );
}

/**
 * An organisation's name, the defaults its new projects start with and (settings only) its valuation preferences,
 * through the JSON API. Errors appear beside their fields (announced, aria-live) and in the form's alert; a saved
 * change is announced in a status region.
 */
export function OrganisationForm(props: OrganisationFormProps) {
  const router = useRouter();
  const submit = useApiSubmit();
  const decimal = useDecimalSeparator();
  const [localErrors, setLocalErrors] = useState<ApiFieldErrors>({});
  const [notice, setNotice] = useState("");
  const errors = { ...submit.fieldErrors, ...localErrors };
  const isCreate = props.mode === "create";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice("");
    const read = readOrganisationForm(new FormData(event.currentTarget), { hasValuation: !isCreate, decimal });
    if (!read.ok) {
      submit.reset();
      setLocalErrors(read.fieldErrors);
      return;
    }
    setLocalErrors({});
    const result = await submit.run(() =>
      props.mode === "create"
        ? api.post<OrganisationResponse>("/api/organisations", read.values)
        : api.patch<OrganisationResponse>(`/api/organisations/${props.organisationId}`, read.values),
    );
    if (!result.ok) return;
    if (props.mode === "create") {
      await switchTo(result.value.data.id);
      router.push("/dashboard");
    } else {
      setNotice(savedNotice(result.value.data));
    }
    router.refresh();
  }

  const hasLocalErrors = Object.keys(localErrors).length > 0;
  const message = hasLocalErrors
    ? "Some fields need attention; see the messages beside them."
    : submit.message;
  const { settings } = props;
  return (
    <form className={layout.panel} onSubmit={onSubmit} noValidate aria-describedby="organisation-form-error">
      <FormError id="organisation-form-error" message={message} />
      <div className={forms.grid}>
        <TextField
          label="Organisation name"
          name="name"
          required
          defaultValue={settings.name}
          errors={errors.name}
          autoComplete="organization"
          maxLength={ORGANISATION_NAME_MAX_CHARS}
        />
        <TextField
          label="Default currency (ISO-4217)"
          name="defaultCurrency"
          required
          defaultValue={settings.defaultCurrency}
          errors={errors.defaultCurrency}
          maxLength={3}
          autoCapitalize="characters"
          hint="New projects start in this currency, e.g. USD"
        />
        <NumberField
          label="Default discount rate"
          unit="%"
          name="defaultDiscountRatePct"
          required
          min={0}
          max={100}
          defaultValue={settings.defaultDiscountRatePct}
          errors={errors.defaultDiscountRatePct}
          hint="New projects start with this rate; existing ones keep theirs"
        />
        {props.mode === "settings" ? <ValuationFields settings={props.settings} errors={errors} /> : null}
      </div>
      <p role="status" className={forms.hint}>
        {notice}
      </p>
      <div className={forms.actions}>
        <SubmitButton pending={submit.pending} pendingLabel={isCreate ? "Creating…" : "Saving…"}>
          {isCreate ? "Create organisation" : "Save settings"}
        </SubmitButton>
        {props.mode === "create" ? (
          <Link href={props.cancelHref} className={`${buttons.button} ${buttons.secondary}`}>
            Cancel
          </Link>
        ) : null}
      </div>
    </form>
  );
}
