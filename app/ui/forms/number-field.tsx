"use client";

import { useState, type ChangeEvent, type FocusEvent, type InputHTMLAttributes, type KeyboardEvent } from "react";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";
import { numberToText, parseFieldNumber, parseNumberText, type DecimalSeparator } from "@/app/ui/format/parse-number";
import { FormField, labelWithUnit, toMessages, type FormFieldProps } from "./field";
import forms from "./forms.module.css";

// Numbers are typed in the person's number format (issue #15): "8,5" is 8.5 under a decimal comma. A type=number
// input cannot take that (Chromium empties it, and its value is always written with a point), so this is a text
// input with a decimal keypad, read with the shared parser; text that is no number in the format is refused at the
// field, in words that name the field and its unit.

type NumberValue = number | string | readonly string[] | undefined;

export type NumberFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "children" | "value" | "defaultValue" | "step"> &
  Omit<FormFieldProps, "children" | "isRequired"> & {
    name: string;
    /** Unit shown in the label, e.g. "%" → "Default discount rate (%)", "USD/t", "years". */
    unit?: string;
    /** A number is shown with the person's decimal separator; text is shown as it is. */
    value?: NumberValue;
    defaultValue?: NumberValue;
    /** Kept for the callers' documentation of whole numbers; the form's rules say so in words. */
    step?: number | "any";
  };

function shown(value: NumberValue, decimal: DecimalSeparator): string | readonly string[] | undefined {
  return typeof value === "number" ? numberToText(value, decimal) : value;
}

/**
 * A labelled number input with its unit in the label, read in the person's number format.
 * Read the value with `readNumber(formData, name, decimal)` (decimal from `useDecimalSeparator()`).
 */
export function NumberField({ label, unit, id, hint, errors, className, required, value, defaultValue, step: _step, min: _min, max: _max, onChange, onBlur, onKeyDown, ...input }: NumberFieldProps) {
  const decimal = useDecimalSeparator();
  const fullLabel = labelWithUnit(label, unit);
  // The text last checked (on blur or Enter, then on every change); a controlled field checks its current value, so
  // a value set from outside (a preset button) never keeps a stale message.
  const [checkedText, setCheckedText] = useState<string>();
  const check = (text: string) => setCheckedText(text);
  const current = checkedText === undefined ? undefined : typeof value === "string" ? value : checkedText;
  const parsed = current === undefined ? undefined : parseFieldNumber(current, fullLabel, decimal);
  const problem = parsed?.kind === "invalid" ? parsed.message : undefined;
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (checkedText !== undefined) check(event.currentTarget.value);
    onChange?.(event);
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    check(event.currentTarget.value);
    onBlur?.(event);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") check(event.currentTarget.value);
    onKeyDown?.(event);
  };
  // A number the field cannot read makes the form's own messages (about a missing or NaN value) beside the point.
  const messages = problem ? [problem] : toMessages(errors);
  const valueProps = value !== undefined ? { value: shown(value, decimal) } : { defaultValue: shown(defaultValue, decimal) };
  return (
    <FormField label={fullLabel} id={id} hint={hint} errors={messages} isRequired={required} className={className}>
      {(control) => (
        <input type="text" inputMode="decimal" autoComplete="off" className={`${forms.input} ${forms.number}`} required={required} {...valueProps} {...input} onChange={handleChange} onBlur={handleBlur} onKeyDown={handleKeyDown} {...control} />
      )}
    </FormField>
  );
}

/** A number from a form field in the person's format: undefined when blank, NaN when not a number there. */
export function readNumber(formData: FormData, name: string, decimal: DecimalSeparator = "."): number | undefined {
  const raw = formData.get(name);
  if (typeof raw !== "string") return undefined;
  const parsed = parseNumberText(raw, decimal);
  if (parsed.kind === "empty") return undefined;
  return parsed.kind === "number" ? parsed.value : Number.NaN;
}

/** A trimmed string from a form field; null when blank (the API's way to say "not set"). */
export function readText(formData: FormData, name: string): string | null {
  const raw = formData.get(name);
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  return text === "" ? null : text;
}
