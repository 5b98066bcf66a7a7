"use client";

import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import { DECIMAL_SEPARATOR_OF, type NumberFormat } from "@/lib/domain/number-format";
import { decimalSeparatorOf, type DecimalSeparator } from "./parse-number";

// The signed-in person's number format for every numeric field (issue #15): their stored choice, or their browser's
// language when they made none. The server cannot know the browser's language, so a server render (and the
// hydration that follows it) reads "." and the browser's separator takes over right after: useSyncExternalStore's
// server snapshot makes that switch without a hydration mismatch.

const StoredFormat = createContext<NumberFormat | null>(null);

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

/** The decimal separator to parse and show numbers with: the stored preference, else the browser's. */
export function useDecimalSeparator(): DecimalSeparator {
  const stored = useContext(StoredFormat);
  const browser = useBrowserDecimalSeparator();
  return stored ? DECIMAL_SEPARATOR_OF[stored] : browser;
}

/** Gives every numeric field below it the person's stored number format (null: follow the browser). */
export function NumberFormatProvider({ numberFormat, children }: { numberFormat: NumberFormat | null; children: ReactNode }) {
  return <StoredFormat value={numberFormat}>{children}</StoredFormat>;
}
