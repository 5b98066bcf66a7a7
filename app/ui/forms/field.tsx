"use client";

import { useId, useState, type ChangeEvent, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
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

/**
 * A length limit told in words instead of the browser's `maxlength`, which silently cuts pasted text: the field
 * takes any length and says "At most N characters (this has M)" as soon as the text is too long; the server's
 * schema refuses it with the same limit.
 */
function useLengthLimit<E extends HTMLInputElement | HTMLTextAreaElement>(maxLength: number | undefined, onChange: ((event: ChangeEvent<E>) => void) | undefined) {
  const [message, setMessage] = useState<string>();
  const handleChange = (event: ChangeEvent<E>) => {
    const length = event.currentTarget.value.length;
    setMessage(maxLength !== undefined && length > maxLength ? `At most ${maxLength.toLocaleString("en")} characters (this has ${length.toLocaleString("en")})` : undefined);
    onChange?.(event);
  };
  return { message, handleChange };
}

function withMessage(errors: FieldErrorsProp, message: string | undefined): FieldErrorsProp {
  return message ? [message, ...toMessages(errors).filter((text) => text !== message)] : errors;
}

/** A labelled text input (any `type` but number: use NumberField). Other props go to the <input>. */
export function TextField({ label, id, hint, errors, className, required, maxLength, onChange, ...input }: TextFieldProps) {
  const limit = useLengthLimit(maxLength, onChange);
  return (
    <FormField label={label} id={id} hint={hint} errors={withMessage(errors, limit.message)} isRequired={required} className={className}>
      {(control) => <input className={forms.input} required={required} onChange={limit.handleChange} {...input} {...control} />}
    </FormField>
  );
}

export type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "children"> &
  Omit<FormFieldProps, "children" | "isRequired"> & { name: string };

/** A labelled multi-line text input, with the same length limit in words. Other props go to the <textarea>. */
export function TextAreaField({ label, id, hint, errors, className, required, rows = 3, maxLength, onChange, ...textarea }: TextAreaFieldProps) {
  const limit = useLengthLimit(maxLength, onChange);
  return (
    <FormField label={label} id={id} hint={hint} errors={withMessage(errors, limit.message)} isRequired={required} className={className}>
      {(control) => <textarea className={`${forms.input} ${forms.textarea}`} rows={rows} required={required} onChange={limit.handleChange} {...textarea} {...control} />}
    </FormField>
  );
}
