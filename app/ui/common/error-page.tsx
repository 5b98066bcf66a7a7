"use client";

import { useEffect, type ReactNode } from "react";
import { RetryButton, StatusPage } from "./status-page";

type ErrorPageProps = {
  error: Error & { digest?: string };
  /** Next.js's reset: renders the failed segment again. */
  reset: () => void;
  title: string;
  titleId: string;
  isStandalone?: boolean;
  /** What to tell the reader; given the digest to quote, if any. */
  children: (digest: string | undefined) => ReactNode;
};

/** The body of an error.tsx: logs the error for the browser console, says what happened and offers "Try again". */
export function ErrorPage({ error, reset, title, titleId, isStandalone, children }: ErrorPageProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatusPage code="Error" title={title} titleId={titleId} isStandalone={isStandalone}>
      {children(error.digest)}
      <RetryButton onRetry={reset} />
    </StatusPage>
  );
}
