"use client";

import "./globals.css";

// Replaces the root layout when it fails, so it brings its own <html>, <body> and styles.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="standalone-status">
          <section className="status-page" aria-labelledby="global-error-title">
            <p className="status-code">Error</p>
            <h1 id="global-error-title">CalMiner is unavailable</h1>
            <p>
              Something went wrong while loading the application. Try again in a moment
              {error.digest ? ` (reference ${error.digest})` : ""}.
            </p>
            <button type="button" className="button button-primary" onClick={reset}>
              Try again
            </button>
          </section>
        </main>
      </body>
    </html>
  );
}
