"use client";

import type { ReactNode } from "react";
import { ModalDialog } from "./dialog";
import { FormError } from "./form-error";
import buttons from "@/app/ui/common/button.module.css";
import forms from "./forms.module.css";

export type ConfirmDialogProps = {
  open: boolean;
  /** Question as a heading, e.g. `Delete project "Quebrada Azul Copper"?` */
  title: string;
  /** What will happen, naming what is affected, e.g. "Its 3 scenarios and their inputs are deleted too." */
  description?: ReactNode;
  /** Extra controls between the text and the buttons (e.g. a radio group of choices). */
  children?: ReactNode;
  /** Verb of the confirm button, e.g. "Delete project". */
  confirmLabel: string;
  /** Label while the action runs; defaults to confirmLabel. */
  pendingLabel?: string;
  cancelLabel?: string;
  /** "danger" paints the confirm button red and puts first focus on Cancel. */
  tone?: "danger" | "default";
  pending?: boolean;
  /** An error from the last attempt, shown in an alert region inside the dialog. */
  error?: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A confirmation in a native modal <dialog>. Keyboard: Tab stays inside, Escape cancels, Enter on a focused
 * button activates it. For a destructive action focus starts on Cancel so a stray Enter deletes nothing.
 */
export function ConfirmDialog({
  open,
  title,
  description,
  children,
  confirmLabel,
  pendingLabel,
  cancelLabel = "Cancel",
  tone = "default",
  pending = false,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const isDanger = tone === "danger";
  return (
    <ModalDialog open={open} onClose={onCancel} title={title} description={description}>
      {children}
      <FormError message={error} />
      <div className={forms.dialogActions}>
        <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={onCancel} autoFocus={isDanger} disabled={pending}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={`${buttons.button} ${isDanger ? buttons.danger : buttons.primary}`}
          onClick={onConfirm}
          autoFocus={!isDanger}
          disabled={pending}
          aria-busy={pending || undefined}
        >
          {pending ? (pendingLabel ?? confirmLabel) : confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
