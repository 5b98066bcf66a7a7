"use client";

import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
import forms from "./forms.module.css";

/** Messages for one field: the API's `fieldErrors[name]` fits as is. */
export type FieldErrorsProp = string | readonly string[] | undefined;

/** Attributes that tie a control to its label, hint and error text; spread them on the control. */
export type FieldControlProps = {
  id: string;
  "aria-describedby": string;
  "aria-invalid": true | undefined;
};

export function toMessages(errors: FieldErrorsProp): readonly string[] {
  if (!errors) return [];
  return typeof errors === "string" ? [errors] : errors;
}

/** "Default discount rate" + "%" → "Default discount rate (%)": units always visible in the label. */
export function labelWithUnit(label: string, unit?: string): string {
  return unit ? `${label} (${unit})` : label;
}

export type FormFieldProps = {
  /** Visible label text (include the unit, or use NumberField's `unit`). */
  label: string;
  /** Control id; generated when omitted. */
  id?: string;
  /** Help shown under the label, read after the label by screen readers. */
  hint?: ReactNode;
  /** Error messages shown under the control; the control gets aria-invalid and points at them. */
  errors?: FieldErrorsProp;
  /** Marks the label with "(required)" for everyone, not only sighted users. */
  isRequired?: boolean;
  className?: string;
  /** Extra class of the hint (e.g. to lay out badges and buttons in it). */
  hintClassName?: string;
  /** Renders the control; spread the given props on it. */
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * A labelled field: label, optional hint, the control, and an aria-live error region the control's
 * aria-describedby names, so the message is announced and read again when the control is focused.
 * @example <FormField label="Name" errors={errors.name}>{(p) => <input {...p} name="name" className={forms.input} />}</FormField>
 */
export function FormField({ label, id, hint, errors, isRequired, className, hintClassName, children }: FormFieldProps) {
  const generatedId = useId();
  const controlId = id ?? `field${generatedId.replaceAll(":", "")}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const messages = toMessages(errors);
  return (
    <div className={className ? `${forms.field} ${className}` : forms.field}>
      <label htmlFor={controlId}>
        {label}
        {isRequired ? <span className={forms.required}> (required)</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className={hintClassName ? `${forms.hint} ${hintClassName}` : forms.hint}>
          {hint}
        </p>
      ) : null}
      {children({
        id: controlId,
        "aria-describedby": hint ? `${hintId} ${errorId}` : errorId,
        "aria-invalid": messages.length > 0 ? true : undefined,
      })}
      <div id={errorId} className={forms.error} aria-live="polite">
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    </div>
  );
}

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "children"> &
  Omit<FormFieldProps, "children" | "isRequired"> & { name: string };

/** A labelled text input (any `type` but number: use NumberField). Other props go to the <input>. */
export function TextField({ label, id, hint, errors, className, required, ...input }: TextFieldProps) {
  return (
    <FormField label={label} id={id} hint={hint} errors={errors} isRequired={required} className={className}>
      {(control) => <input className={forms.input} required={required} {...input} {...control} />}
    </FormField>
  );
}

export type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "children"> &
  Omit<FormFieldProps, "children" | "isRequired"> & { name: string };

/** A labelled multi-line text input. Other props go to the <textarea>. */
export function TextAreaField({ label, id, hint, errors, className, required, rows = 3, ...textarea }: TextAreaFieldProps) {
  return (
    <FormField label={label} id={id} hint={hint} errors={errors} isRequired={required} className={className}>
      {(control) => <textarea className={`${forms.input} ${forms.textarea}`} rows={rows} required={required} {...textarea} {...control} />}
    </FormField>
  );
}
