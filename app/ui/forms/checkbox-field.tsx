"use client";

import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { toMessages, type FieldErrorsProp } from "./field";
import forms from "./forms.module.css";

export type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "children"> & {
  name: string;
  /** Text after the box; clicking it toggles the box. */
  label: string;
  id?: string;
  hint?: ReactNode;
  errors?: FieldErrorsProp;
};

/** A checkbox with its label on the right, a hint and an error region (aria-describedby names both). */
export function CheckboxField({ name, label, id, hint, errors, className, ...input }: CheckboxFieldProps) {
  const generatedId = useId();
  const controlId = id ?? `check${generatedId.replaceAll(":", "")}`;
  const messages = toMessages(errors);
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  return (
    <div className={`${forms.field} ${forms.checkbox}${className ? ` ${className}` : ""}`}>
      <div className={forms.choice}>
        <input
          type="checkbox"
          id={controlId}
          name={name}
          aria-describedby={hint ? `${hintId} ${errorId}` : errorId}
          aria-invalid={messages.length > 0 ? true : undefined}
          {...input}
        />
        <label htmlFor={controlId}>{label}</label>
      </div>
      {hint ? (
        <p id={hintId} className={forms.hint}>
          {hint}
        </p>
      ) : null}
      <div id={errorId} className={forms.error} aria-live="polite">
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    </div>
  );
}
