"use client";

import { ErrorPage } from "@/app/ui/common/error-page";

// Inside the scenario layout's parent: the shell and the projects navigation stay usable.
export default function ScenarioError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPage error={error} reset={reset} title="This scenario could not be loaded" titleId="scenario-error-title">
      {(digest) => <p>Something went wrong on our side. Try again{digest ? `; if it keeps happening, quote reference ${digest}` : ""}.</p>}
    </ErrorPage>
  );
}
