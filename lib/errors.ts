// One error type for everything the app reports to a caller, and one code -> HTTP status table.
// Route handlers turn AppError into { error: { code, message, fieldErrors? } }; anything else is a 500
// that is logged and answered without details.

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_UPDATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
  WRITE_OUTCOME_UNKNOWN: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS | (string & {});

/** Field name -> messages, as produced by z.flattenError(...).fieldErrors. */
export type FieldErrors = Record<string, string[] | undefined>;

export type ErrorBody = { error: { code: string; message: string; fieldErrors?: FieldErrors } };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors?: FieldErrors;
  /** For 429 and 503: when to try again, sent as the Retry-After header (seconds). */
  readonly retryAfterSeconds?: number;

  /** `status` defaults from ERROR_STATUS; domain codes (e.g. SCENARIO_CURRENCY_MISMATCH) pass it explicitly. */
  constructor(code: ErrorCode, message: string, options: { status?: number; fieldErrors?: FieldErrors; retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = options.status ?? (ERROR_STATUS as Record<string, number>)[code] ?? 500;
    this.fieldErrors = options.fieldErrors;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { error: { code: this.code, message: this.message } };
    if (this.fieldErrors) body.error.fieldErrors = this.fieldErrors;
    return body;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export function notFound(what = "Resource"): AppError {
  return new AppError("NOT_FOUND", `${what} not found`);
}

export function forbidden(message = "Your role does not allow this action"): AppError {
  return new AppError("FORBIDDEN", message);
}

export function unauthenticated(): AppError {
  return new AppError("UNAUTHENTICATED", "Sign in to continue");
}

/**
 * Retry-After for DATABASE_UNAVAILABLE, in seconds: a PostgreSQL restart or failover takes a few seconds, and the
 * client (db/client.ts) retries a lost connection within about a second of the next query.
 */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** 503 while PostgreSQL is down, restarting or refusing connections; the same request works once it is back. */
export function databaseUnavailable(): AppError {
  return new AppError("DATABASE_UNAVAILABLE", "The database is unavailable right now. Try again in a few seconds.", {
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  });
}

/**
 * 503 for a write whose COMMIT was sent when the connection failed, and whose outcome the server could not confirm
 * in time (lib/writes/commit.ts): unlike DATABASE_UNAVAILABLE, the change may be saved, so the caller must look
 * before sending it again.
 */
export function writeOutcomeUnknown(cause: unknown): AppError {
  const error = new AppError(
    "WRITE_OUTCOME_UNKNOWN",
    "The database went away while saving; the change may have been saved. Check before trying again.",
    { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
  );
  error.cause = cause;
  return error;
}
