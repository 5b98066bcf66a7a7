"use client";

import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import { decimalSeparatorOf, type DecimalSeparator } from "./parse-number";

// The signed-in person's decimal separator for every numeric field and shown number (issue #15). The signed-in
// frame resolves it on the server (resolve-separator.ts: their stored choice, or their browser's language from the
// request's Accept-Language header) and passes it down, so the server's HTML and the first client render agree and
// nothing re-renders after hydration. Pages outside the frame (no provider) follow the browser's language: the
// server snapshot reads "." and useSyncExternalStore switches after hydration without a mismatch.

const ResolvedSeparator = createContext<DecimalSeparator | null>(null);

function subscribeToLanguage(onChange: () => void): () => void {
  window.addEventListener("languagechange", onChange);
  return () => window.removeEventListener("languagechange", onChange);
}

const readBrowserSeparator = (): DecimalSeparator => decimalSeparatorOf(navigator.language);
const readServerSeparator = (): DecimalSeparator => ".";

/** The decimal separator of the browser's language ("." on the server and during hydration). */
export function useBrowserDecimalSeparator(): DecimalSeparator {
  return useSyncExternalStore(subscribeToLanguage, readBrowserSeparator, readServerSeparator);
}

/** The decimal separator to parse and show numbers with: the one resolved on the server, else the browser's. */
export function useDecimalSeparator(): DecimalSeparator {
  const resolved = useContext(ResolvedSeparator);
  const browser = useBrowserDecimalSeparator();
  return resolved ?? browser;
}

/** Gives every numeric field below it the person's decimal separator, resolved on the server. */
export function NumberFormatProvider({ decimal, children }: { decimal: DecimalSeparator; children: ReactNode }) {
  return <ResolvedSeparator value={decimal}>{children}</ResolvedSeparator>;
}
