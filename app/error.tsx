"use client";

import { ErrorPage } from "@/app/ui/common/error-page";

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPage error={error} reset={reset} title="Something went wrong" titleId="error-title" isStandalone>
      {(digest) => (
        <p>
          The page could not be shown. Try again; if it keeps happening, contact your administrator
          {digest ? ` and quote reference ${digest}` : ""}.
        </p>
      )}
    </ErrorPage>
  );
}
