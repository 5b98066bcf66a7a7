"use client";

import { useEffect } from "react";

// Inside the shell: navigation stays usable when one page fails.
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="status-page" aria-labelledby="error-title">
      <p className="status-code">Error</p>
      <h1 id="error-title">This page could not be loaded</h1>
      <p>
        Something went wrong on our side. Try again; if it keeps happening, contact your administrator
        {error.digest ? ` and quote reference ${error.digest}` : ""}.
      </p>
      <button type="button" className="button button-primary" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
