import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { readBodyCapped } from "./read-body";
import { validationError } from "./respond";

/** Largest JSON body a route accepts unless it says otherwise (1 MiB). */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

/**
 * Reads (under the cap, while streaming) and validates a JSON body: 413 when too large, 400 for malformed JSON or
 * a failed schema.
 */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes = DEFAULT_MAX_BODY_BYTES,
): Promise<z.infer<T>> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The body exceeds ${maxBytes} bytes`);
  const text = new TextDecoder().decode(await readBodyCapped(request, maxBytes, tooLarge));
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON");
  }
  return parseWith(schema, json);
}

/** Validates route params or search params (as a plain object). */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, message?: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, message);
  return result.data;
}

export function searchParamsObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}
