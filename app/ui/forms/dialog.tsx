"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import forms from "./forms.module.css";

export type ModalDialogProps = {
  /** Shown with showModal() while true: focus moves inside, the page behind is inert, Escape closes. */
  open: boolean;
  /** Called when the dialog closes itself (Escape) and by your buttons; set `open` to false in it. */
  onClose: () => void;
  /** The dialog's heading and accessible name. */
  title: string;
  /** Optional text under the heading, used as the dialog's accessible description. */
  description?: ReactNode;
  children?: ReactNode;
  className?: string;
};

/**
 * A native <dialog> opened as a modal. The browser traps focus, makes the rest of the page inert and
 * returns focus to the opener when it closes; Escape closes it.
 */
export function ModalDialog({ open, onClose, title, description, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const descriptionId = `${baseId}-description`;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={className ? `${forms.dialog} ${className}` : forms.dialog}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={() => {
        if (open) onClose();
      }}
    >
      {open ? (
        <div className={forms.dialogBody}>
          <h2 id={titleId}>{title}</h2>
          {description ? (
            <div id={descriptionId} className={forms.dialogDescription}>
              {description}
            </div>
          ) : null}
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
