"use client";

import { useEffect } from "react";

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="standalone-status">
      <section className="status-page" aria-labelledby="error-title">
        <p className="status-code">Error</p>
        <h1 id="error-title">Something went wrong</h1>
        <p>
          The page could not be shown. Try again; if it keeps happening, contact your administrator
          {error.digest ? ` and quote reference ${error.digest}` : ""}.
        </p>
        <button type="button" className="button button-primary" onClick={reset}>
          Try again
        </button>
      </section>
    </main>
  );
}
