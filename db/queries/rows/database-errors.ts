import { AppError, isAppError } from "@/lib/errors";

// PostgreSQL SQLSTATE codes a write can still hit after zod validation (a race, or a rule zod cannot see).
const UNIQUE_VIOLATION = "23505";
const CONSTRAINT_STATES: Record<string, { code: string; status: number; message: string }> = {
  [UNIQUE_VIOLATION]: { code: "CONFLICT", status: 409, message: "A row with the same key already exists" },
  "23514": { code: "UNPROCESSABLE", status: 422, message: "A value breaks a rule of the data model" },
  "23503": { code: "UNPROCESSABLE", status: 422, message: "The row refers to something that does not exist" },
  "23502": { code: "UNPROCESSABLE", status: 422, message: "A required value is missing" },
  "22003": { code: "UNPROCESSABLE", status: 422, message: "A number is too large" },
  "22007": { code: "UNPROCESSABLE", status: 422, message: "A date is not valid" },
  "22008": { code: "UNPROCESSABLE", status: 422, message: "A date is out of range" },
};

/** The SQLSTATE of a driver error, looking through drizzle's wrapper (`cause`). */
function sqlStateOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === "object"; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Turns a constraint violation into a 409/422 AppError (never a 500); anything else is returned unchanged.
 * The constraint's name is not shown: it describes the schema, not the caller's mistake.
 */
export function toWriteError(error: unknown): unknown {
  if (isAppError(error)) return error;
  const state = sqlStateOf(error);
  const known = state ? CONSTRAINT_STATES[state] : undefined;
  return known ? new AppError(known.code, known.message, { status: known.status }) : error;
}

/** Runs a write and maps constraint violations (see toWriteError). */
export async function mapWriteErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw toWriteError(error);
  }
}
