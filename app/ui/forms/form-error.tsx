import type { ReactNode } from "react";
import alerts from "@/app/ui/common/alert.module.css";
import forms from "./forms.module.css";

export type FormErrorProps = {
  /** The message; nothing is shown when empty. */
  message?: ReactNode;
  /** Give the <form> aria-describedby={id} so the message is read with the form. */
  id?: string;
  /** Extra content under the message, e.g. a "Reload" button for a stale update. */
  children?: ReactNode;
  /** Extra class of the region, e.g. to place it in a row of controls. */
  className?: string;
};

/**
 * The form-level error region: role="alert" is itself an assertive live region, so the message is announced
 * when it appears (the same pattern as the sign-in form). The wrapper keeps the id stable for aria-describedby.
 */
export function FormError({ message, id, children, className }: FormErrorProps) {
  return (
    <div id={id} className={className ? `${forms.formError} ${className}` : forms.formError}>
      {message ? (
        <div className={`${alerts.alert} ${alerts.error}`} role="alert">
          <p>{message}</p>
          {children}
        </div>
      ) : null}
    </div>
  );
}
