"use client";

import type { InputHTMLAttributes } from "react";
import { FormField, labelWithUnit, type FormFieldProps } from "./field";
import forms from "./forms.module.css";

export type NumberFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "children"> &
  Omit<FormFieldProps, "children" | "isRequired"> & {
    name: string;
    /** Unit shown in the label, e.g. "%" → "Default discount rate (%)", "USD/t", "years". */
    unit?: string;
  };

/**
 * A labelled number input with its unit in the label. `inputMode="decimal"` brings up a numeric keypad;
 * `step` defaults to "any" so decimals are accepted (pass `step={1}` for whole numbers).
 * Read the value with `readNumber(formData, name)`.
 */
export function NumberField({ label, unit, id, hint, errors, className, required, step = "any", ...input }: NumberFieldProps) {
  return (
    <FormField label={labelWithUnit(label, unit)} id={id} hint={hint} errors={errors} isRequired={required} className={className}>
      {(control) => (
        <input type="number" inputMode="decimal" className={`${forms.input} ${forms.number}`} step={step} required={required} {...input} {...control} />
      )}
    </FormField>
  );
}

/** A number from a form field: undefined when blank, NaN when not a number (let the API's schema say why). */
export function readNumber(formData: FormData, name: string): number | undefined {
  const raw = formData.get(name);
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  return Number(raw);
}

/** A trimmed string from a form field; null when blank (the API's way to say "not set"). */
export function readText(formData: FormData, name: string): string | null {
  const raw = formData.get(name);
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  return text === "" ? null : text;
}
