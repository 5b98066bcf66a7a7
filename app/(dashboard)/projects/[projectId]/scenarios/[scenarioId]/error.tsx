"use client";

import { useEffect } from "react";

// Inside the scenario layout's parent: the shell and the projects navigation stay usable.
export default function ScenarioError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="status-page" aria-labelledby="scenario-error-title">
      <p className="status-code">Error</p>
      <h1 id="scenario-error-title">This scenario could not be loaded</h1>
      <p>Something went wrong on our side. Try again{error.digest ? `; if it keeps happening, quote reference ${error.digest}` : ""}.</p>
      <button type="button" className="button button-primary" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
