import { findUnavailableCause } from "@/db/unavailable";
import { databaseUnavailable, type AppError } from "@/lib/errors";
import { scrubSecrets } from "@/lib/observability/log-error";
import { getLogger } from "@/lib/observability/logger";
import { processSingleton } from "@/lib/process/singleton";

// While PostgreSQL restarts, every request fails the same way within the same second. An outage is not a bug: it
// is logged as a warning without a stack, and at most once per WARNING_INTERVAL_MS with the number of requests
// refused since the last line, so a burst of writes does not bury the log (each request still has its own
// request line with status 503).

const WARNING_INTERVAL_MS = 10_000;

type OutageLogState = { lastWarnedAtMs: number; refusedSinceWarning: number };

const state = processSingleton<OutageLogState>("database-outage-log", () => ({ lastWarnedAtMs: -Infinity, refusedSinceWarning: 0 }));

/**
 * The 503 for an error that means the database is unavailable (db/unavailable.ts), warned about once per interval;
 * undefined for any other error.
 */
export function databaseUnavailableAnswer(error: unknown): AppError | undefined {
  const cause = findUnavailableCause(error);
  if (!cause) return undefined;
  state.refusedSinceWarning += 1;
  const nowMs = performance.now();
  if (nowMs - state.lastWarnedAtMs >= WARNING_INTERVAL_MS) {
    // The driver's message names host and port (never the password: scrubbed anyway), which operators need.
    getLogger("db").warn(
      { code: cause.code, reason: scrubSecrets(cause.message), refusedRequests: state.refusedSinceWarning },
      "database unavailable: answering 503 DATABASE_UNAVAILABLE",
    );
    state.lastWarnedAtMs = nowMs;
    state.refusedSinceWarning = 0;
  }
  return databaseUnavailable();
}
