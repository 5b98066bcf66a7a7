"use client";

import "./globals.css";
import { RetryButton, StatusPage } from "@/app/ui/common/status-page";

// Replaces the root layout when it fails, so it brings its own <html>, <body> and styles.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <StatusPage code="Error" title="CalMiner is unavailable" titleId="global-error-title" isStandalone>
          <p>
            Something went wrong while loading the application. Try again in a moment
            {error.digest ? ` (reference ${error.digest})` : ""}.
          </p>
          <RetryButton onRetry={reset} />
        </StatusPage>
      </body>
    </html>
  );
}
