import { z } from "zod";
import { AppError, isAppError, type ErrorBody } from "@/lib/errors";
import { logUnexpectedError } from "@/lib/observability/log-error";
import { databaseUnavailableAnswer } from "./database-outage";

/** JSON error envelope { error: { code, message, fieldErrors? } } with the error's status. */
export function errorResponse(error: AppError, headers?: HeadersInit): Response {
  const all = new Headers(headers);
  if (error.retryAfterSeconds !== undefined) all.set("Retry-After", String(Math.ceil(error.retryAfterSeconds)));
  return Response.json(error.toBody(), { status: error.status, headers: all });
}

/**
 * Turns anything thrown by a handler into a response. A database that is down, restarting or full is a 503
 * DATABASE_UNAVAILABLE with Retry-After (a warning in the log, not an error); other unknown errors are logged and
 * leak nothing.
 */
export function toErrorResponse(error: unknown): Response {
  if (isAppError(error)) return errorResponse(error);
  if (error instanceof z.ZodError) return errorResponse(validationError(error));
  const unavailable = databaseUnavailableAnswer(error);
  if (unavailable) return errorResponse(unavailable);
  logUnexpectedError("http", "unhandled error in route handler", error);
  const body: ErrorBody = { error: { code: "INTERNAL", message: "Something went wrong on our side." } };
  return Response.json(body, { status: 500 });
}

/** 400 with the fields that failed, keyed by dotted path (z.flattenError shape for nested paths). */
export function validationError(error: z.ZodError, message = "The request is not valid"): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_root";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return new AppError("VALIDATION_FAILED", message, { fieldErrors });
}
