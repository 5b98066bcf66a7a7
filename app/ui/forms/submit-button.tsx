"use client";

import type { ButtonHTMLAttributes, ReactNode } from "react";
import { useFormStatus } from "react-dom";
import buttons from "@/app/ui/common/button.module.css";

export type SubmitButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  children: ReactNode;
  /** Label while pending, e.g. "Saving…". Defaults to the children. */
  pendingLabel?: ReactNode;
  /**
   * Pending state for forms submitted with onSubmit + fetch (useApiSubmit().pending).
   * Omit it inside a <form action={…}>: the button then follows useFormStatus().
   */
  pending?: boolean;
  variant?: "primary" | "secondary" | "danger";
};

/**
 * The form's submit button: disabled and relabelled while the submission runs (aria-busy tells screen readers).
 * @example <SubmitButton pending={submit.pending} pendingLabel="Creating…">Create project</SubmitButton>
 */
export function SubmitButton({ children, pendingLabel, pending, variant = "primary", className, disabled, ...button }: SubmitButtonProps) {
  const status = useFormStatus();
  const isPending = pending ?? status.pending;
  return (
    <button
      type="submit"
      className={`${buttons.button} ${buttons[variant]}${className ? ` ${className}` : ""}`}
      disabled={disabled || isPending}
      aria-busy={isPending || undefined}
      {...button}
    >
      {isPending ? (pendingLabel ?? children) : children}
    </button>
  );
}
