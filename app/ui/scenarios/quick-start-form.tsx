"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { CheckboxField } from "@/app/ui/forms/checkbox-field";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { NumberField } from "@/app/ui/forms/number-field";
import { SelectField } from "@/app/ui/forms/select-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api, type ApiFieldErrors } from "@/lib/client/api-client";
import { QUICK_START_COMMODITIES, QUICK_START_COMMODITY_LABELS, QUICK_START_LIMITS, type QuickStartCommodity, type TonnageBasis } from "@/lib/domain/quick-start";
import { quickStartUnits, readQuickStartForm, tonnageUnit } from "./quick-start-input";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";

export type QuickStartFormProps = {
  projectId: string;
  /** The project's commodity as a quick-start commodity: picks the units first shown. */
  commodity: QuickStartCommodity;
  currency: string;
  defaultDiscountRatePct: number;
  /** The project's first scenario: named "Base case" and ticked as the base case. */
  isBase: boolean;
};

const COMMODITY_OPTIONS = QUICK_START_COMMODITIES.map((value) => ({ value, label: QUICK_START_COMMODITY_LABELS[value] }));
const TONNAGE_OPTIONS = [
  { value: "per_year", label: "Per year (ore processed each year)" },
  { value: "total", label: "Total over the life (spread evenly)" },
];

type FieldsProps = QuickStartFormProps & { errors: ApiFieldErrors };

/** The figures; the units in the labels follow the commodity and the tonnage basis as they are chosen. */
function QuickStartFields({ commodity: initialCommodity, currency, defaultDiscountRatePct, errors }: FieldsProps) {
  const [commodity, setCommodity] = useState<QuickStartCommodity>(initialCommodity);
  const [basis, setBasis] = useState<TonnageBasis>("per_year");
  const units = quickStartUnits(commodity, currency);
  const onCommodity = (value: string) => setCommodity(QUICK_START_COMMODITIES.find((c) => c === value) ?? "other");
  return (
    <div className={forms.grid}>
      <SelectField label="Commodity" name="commodity" required options={COMMODITY_OPTIONS} value={commodity} onChange={(e) => onCommodity(e.target.value)} errors={errors.commodity} hint="Sets the units, payable share and smelter terms" />
      <SelectField label="Ore tonnage given" name="tonnageBasis" required options={TONNAGE_OPTIONS} value={basis} onChange={(e) => setBasis(e.target.value === "total" ? "total" : "per_year")} errors={errors.tonnageBasis} />
      <NumberField label="Ore tonnage" unit={tonnageUnit(basis)} name="oreProcessedT" required min={0} max={basis === "total" ? QUICK_START_LIMITS.oreProcessedTTotalMax : QUICK_START_LIMITS.oreProcessedTPerYearMax} errors={errors.oreProcessedT} />
      <NumberField label="Head grade" unit={units.grade} name="headGrade" required min={0} errors={errors.headGrade} />
      <NumberField label="Recovery" unit="%" name="recoveryPct" required min={0} max={100} errors={errors.recoveryPct} />
      <NumberField label="Mine life" unit="years" name="lifeYears" required min={1} max={QUICK_START_LIMITS.lifeYearsMax} step={1} errors={errors.lifeYears} hint="Production years, after one construction year" />
      <NumberField label="Initial capital cost" unit={units.capex} name="initialCapex" required min={0} errors={errors.initialCapex} hint="Spent in the construction year" />
      <NumberField label="Operating cost" unit={units.opex} name="opexPerTonne" required min={0} errors={errors.opexPerTonne} hint="Mining, processing and G&A together" />
      {/* Keyed by commodity: choosing another one puts its price in the field. */}
      <NumberField key={commodity} label="Metal price" unit={units.price} name="metalPrice" required min={0} defaultValue={units.defaultPrice} errors={errors.metalPrice} />
      <NumberField label="Discount rate" unit="%" name="discountRatePct" required min={0} max={100} defaultValue={defaultDiscountRatePct} errors={errors.discountRatePct} />
    </div>
  );
}

/** A complete scenario from a few figures (POST …/scenarios/quick-start); on success its editor opens. */
export function QuickStartForm(props: QuickStartFormProps) {
  const { projectId, isBase } = props;
  const router = useRouter();
  const submit = useApiSubmit();
  const decimal = useDecimalSeparator();
  const [localErrors, setLocalErrors] = useState<ApiFieldErrors>({});
  const errors = { ...submit.fieldErrors, ...localErrors };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = readQuickStartForm(new FormData(event.currentTarget), decimal);
    setLocalErrors(read.ok ? {} : read.fieldErrors);
    if (!read.ok) {
      submit.reset();
      return;
    }
    const result = await submit.run(() => api.post<{ scenario: { id: string } }>(`/api/projects/${projectId}/scenarios/quick-start`, read.values));
    if (result.ok) router.push(`/projects/${projectId}/scenarios/${result.value.scenario.id}`);
  }

  const message = Object.keys(localErrors).length > 0 ? "Some fields need attention; see the messages beside them." : submit.message;
  return (
    <form className={forms.form} onSubmit={onSubmit} noValidate aria-describedby="quick-start-error">
      <FormError id="quick-start-error" message={message} />
      <fieldset className={`${layout.panel} ${forms.fieldset}`}>
        <legend>Scenario</legend>
        <div className={forms.grid}>
          <TextField label="Name" name="name" required defaultValue={isBase ? "Base case" : "Quick start"} errors={errors.name} maxLength={200} autoComplete="off" />
          <CheckboxField name="isBaseCase" label="This is the project’s base case" defaultChecked={isBase} errors={errors.isBaseCase} hint="Replaces the current base case, if any" />
        </div>
      </fieldset>
      <fieldset className={`${layout.panel} ${forms.fieldset}`}>
        <legend>The mine in a few figures</legend>
        <QuickStartFields {...props} errors={errors} />
      </fieldset>
      <div className={forms.actions}>
        <SubmitButton pending={submit.pending} pendingLabel="Creating…">
          Create and open the scenario
        </SubmitButton>
        <Link href={`/projects/${projectId}`} className={`${buttons.button} ${buttons.secondary}`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
