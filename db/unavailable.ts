// Which failures mean "the database is not there right now" (restarting, unreachable, full) rather than "this query
// is wrong". The first kind is answered 503 DATABASE_UNAVAILABLE with Retry-After (lib/http/respond.ts), because
// the same request will work again once PostgreSQL is back; the second stays a 500 (a bug) or its own 4xx.
//
// Errors reach us in several shapes: drizzle wraps each failed query in DrizzleQueryError with the driver's error
// as `cause`; postgres.js raises Node socket errors (code ECONNREFUSED…), its own connection errors (code
// CONNECTION_CLOSED…) and PostgresError (code = SQLSTATE); Node's happy-eyeballs connect raises an AggregateError
// whose `errors` hold one socket error per address tried.

/** Node socket errors: nothing listens, the peer went away, the network or the name does not answer. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/** postgres.js's own codes for a connection that failed, closed under a query, or did not open in time. */
const DRIVER_CODES = new Set(["CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT"]);

/**
 * SQLSTATEs of a server that is going away or not accepting us yet: 57P01 admin_shutdown (a restart terminates
 * every session), 57P02 crash_shutdown, 57P03 cannot_connect_now ("the database system is starting up" / "is
 * shutting down" / "is in recovery mode"), 53300 too_many_connections. Class 08 (connection exception) is
 * matched by prefix.
 */
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);

/** How deep to follow `cause` (DrizzleQueryError → driver error is one level; leave room for a service's wrap). */
const MAX_DEPTH = 5;

type ErrorLike = { code?: unknown; cause?: unknown; errors?: unknown };

/**
 * Socket codes are not the database's alone (a mail server or an HTTP API refuses connections too), so they count
 * only on an error that went through a query: postgres.js and drizzle both attach the failed query as `query`.
 */
function isUnavailableCode(code: unknown, isFromQuery: boolean): boolean {
  if (typeof code !== "string") return false;
  if (SOCKET_CODES.has(code)) return isFromQuery;
  return DRIVER_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code);
}

/**
 * The error (or one it wraps) that says the database is unavailable, if any.
 * @example findUnavailableCause(new DrizzleQueryError(sql, [], connectError))?.code // "ECONNREFUSED"
 */
export function findUnavailableCause(error: unknown, depth = 0, isFromQuery = false): (Error & { code: string }) | undefined {
  if (depth > MAX_DEPTH || !error || typeof error !== "object") return undefined;
  const candidate = error as ErrorLike;
  const isQueryError = isFromQuery || "query" in candidate;
  if (error instanceof Error && isUnavailableCode(candidate.code, isQueryError)) return error as Error & { code: string };
  if (Array.isArray(candidate.errors)) {
    for (const inner of candidate.errors) {
      const found = findUnavailableCause(inner, depth + 1, isQueryError);
      if (found) return found;
    }
  }
  return findUnavailableCause(candidate.cause, depth + 1, isQueryError);
}

/** True when `error` means the database is down, restarting, unreachable or refusing connections for now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return findUnavailableCause(error) !== undefined;
}
