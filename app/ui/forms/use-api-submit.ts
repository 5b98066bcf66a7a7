"use client";

import { useCallback, useState } from "react";
import { ApiError, isApiError, type ApiFieldErrors } from "@/lib/client/api-client";

export type ApiSubmitResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type ApiSubmit = {
  pending: boolean;
  /** The last failure, or null. */
  error: ApiError | null;
  /** The form-level message: the API's message, or a replacement from `messages` by error code. */
  message: string | undefined;
  fieldErrors: ApiFieldErrors;
  /** Runs one API call: sets pending, clears old errors, keeps the new one. Never throws (except aborts). */
  run: <T>(work: () => Promise<T>) => Promise<ApiSubmitResult<T>>;
  reset: () => void;
};

/**
 * State for a form or button that calls the JSON API (lib/client/api-client.ts).
 * `messages` replaces the API's wording for known codes, e.g. { STALE_UPDATE: "Someone else changed this project; reload to see their changes" }.
 * @example
 * const submit = useApiSubmit();
 * const result = await submit.run(() => api.post("/api/projects", input));
 * if (result.ok) router.refresh();
 */
export function useApiSubmit(messages: Record<string, string> = {}): ApiSubmit {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<ApiSubmitResult<T>> => {
    setPending(true);
    setError(null);
    try {
      return { ok: true, value: await work() };
    } catch (caught) {
      if (caught instanceof DOMException && caught.name === "AbortError") throw caught;
      const apiError = isApiError(caught) ? caught : new ApiError("INTERNAL", "Something went wrong; try again.", 0);
      setError(apiError);
      return { ok: false, error: apiError };
    } finally {
      setPending(false);
    }
  }, []);

  const reset = useCallback(() => setError(null), []);
  const message = error ? (messages[error.code] ?? error.message) : undefined;
  return { pending, error, message, fieldErrors: error?.fieldErrors ?? {}, run, reset };
}
