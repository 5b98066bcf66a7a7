"use client";

import type { SelectHTMLAttributes } from "react";
import { FormField, type FormFieldProps } from "./field";
import forms from "./forms.module.css";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "children"> &
  Omit<FormFieldProps, "children" | "isRequired"> & {
    name: string;
    options: readonly SelectOption[];
    /** A first, empty choice (value "") such as "Choose…"; leave out when a value is always chosen. */
    placeholder?: string;
  };

/** A labelled native <select>; other props go to the <select>. */
export function SelectField({ label, id, hint, errors, className, required, options, placeholder, ...select }: SelectFieldProps) {
  return (
    <FormField label={label} id={id} hint={hint} errors={errors} isRequired={required} className={className}>
      {(control) => (
        <select className={forms.select} required={required} {...select} {...control}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
