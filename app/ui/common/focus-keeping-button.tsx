"use client";

import type { ReactNode } from "react";

type FocusKeepingButtonProps = {
  className?: string;
  onClick: () => void;
  /** Nothing to do now (e.g. no unsaved changes): announced as disabled, clicks ignored. */
  isUnavailable: boolean;
  isBusy?: boolean;
  children: ReactNode;
};

/**
 * A toolbar button that stays focusable while unavailable. A `disabled` button drops keyboard focus to the page
 * body the moment it is disabled (after Save or Discard), so a keyboard or screen-reader user lost their place;
 * `aria-disabled` says the same to assistive technology and leaves focus where it was.
 */
export function FocusKeepingButton({ className, onClick, isUnavailable, isBusy = false, children }: FocusKeepingButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-disabled={isUnavailable || undefined}
      aria-busy={isBusy || undefined}
      onClick={() => {
        if (!isUnavailable) onClick();
      }}
    >
      {children}
    </button>
  );
}
