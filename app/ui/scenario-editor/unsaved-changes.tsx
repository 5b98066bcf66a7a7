"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

// One guard for the whole scenario editor: every table or form reports whether it has unsaved changes; while any
// has, closing or reloading the tab asks first (beforeunload), and so does any in-app link or tab switch.

const LEAVE_QUESTION = "You have unsaved changes. Leave this page and lose them?";

type UnsavedChanges = {
  isDirty: boolean;
  setDirty: (sourceId: string, isDirty: boolean) => void;
  /** True when nothing is unsaved or the user agrees to lose it. */
  confirmLeave: () => boolean;
};

const UnsavedChangesContext = createContext<UnsavedChanges>({ isDirty: false, setDirty: () => {}, confirmLeave: () => true });

function isPlainInternalLinkClick(event: MouseEvent): HTMLAnchorElement | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank" || anchor.hasAttribute("download")) return undefined;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return undefined;
  return url.pathname === window.location.pathname && url.search === window.location.search ? undefined : anchor;
}

function useLeaveGuards(isDirty: boolean): void {
  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    // Capture phase on the document runs before React's (and next/link's) handlers on the root.
    const onClick = (event: MouseEvent) => {
      if (!isPlainInternalLinkClick(event) || window.confirm(LEAVE_QUESTION)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [isDirty]);
}

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const [dirtySources, setDirtySources] = useState<ReadonlySet<string>>(new Set());
  const isDirty = dirtySources.size > 0;
  useLeaveGuards(isDirty);

  const setDirty = useCallback((sourceId: string, sourceIsDirty: boolean) => {
    setDirtySources((current) => {
      if (current.has(sourceId) === sourceIsDirty) return current;
      const next = new Set(current);
      if (sourceIsDirty) next.add(sourceId);
      else next.delete(sourceId);
      return next;
    });
  }, []);
  const confirmLeave = useCallback(() => !isDirty || window.confirm(LEAVE_QUESTION), [isDirty]);
  const value = useMemo(() => ({ isDirty, setDirty, confirmLeave }), [isDirty, setDirty, confirmLeave]);
  return <UnsavedChangesContext.Provider value={value}>{children}</UnsavedChangesContext.Provider>;
}

/** Reports a source's unsaved state to the guard; clears it when the source unmounts. */
export function useReportUnsaved(sourceId: string, isDirty: boolean): void {
  const { setDirty } = useContext(UnsavedChangesContext);
  useEffect(() => {
    setDirty(sourceId, isDirty);
  }, [setDirty, sourceId, isDirty]);
  useEffect(() => () => setDirty(sourceId, false), [setDirty, sourceId]);
}

export function useUnsavedChanges(): UnsavedChanges {
  return useContext(UnsavedChangesContext);
}
