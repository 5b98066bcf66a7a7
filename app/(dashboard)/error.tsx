"use client";

import { ErrorPage } from "@/app/ui/common/error-page";

// Inside the shell: navigation stays usable when one page fails.
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPage error={error} reset={reset} title="This page could not be loaded" titleId="error-title">
      {(digest) => (
        <p>
          Something went wrong on our side. Try again; if it keeps happening, contact your administrator
          {digest ? ` and quote reference ${digest}` : ""}.
        </p>
      )}
    </ErrorPage>
  );
}
