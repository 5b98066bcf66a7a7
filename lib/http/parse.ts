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

type Visit = { value: unknown; key: string; parent: Visit | undefined };

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse().join(".") || "(value)";
}

/**
 * The path (a.b.0) of the first string or key holding a NUL character in a JSON-like value, or undefined. Walks with
 * its own stack and parent links: a 1 MiB body can nest deeper than the call stack goes.
 */
export function findNulCharacter(root: unknown): string | undefined {
  const stack: Visit[] = [{ value: root, key: "", parent: undefined }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value } = visit;
    if (typeof value === "string") {
      if (value.includes("\u0000")) return pathOf(visit);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes("\u0000")) return pathOf({ value: item, key: "(key)", parent: visit });
        stack.push({ value: item, key, parent: visit });
      }
    }
  }
  return undefined;
}

/**
 * Validates route params, search params (as a plain object) or a parsed body. Text with a NUL character is refused
 * first: PostgreSQL cannot store it in text and answered every such value with an error (a 500).
 */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, message?: string): z.infer<T> {
  const nulAt = findNulCharacter(value);
  if (nulAt !== undefined) {
    throw new AppError("VALIDATION_FAILED", "Text may not contain the NUL character (U+0000)", { fieldErrors: { [nulAt]: ["contains the NUL character (U+0000)"] } });
  }
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, message);
  return result.data;
}

export function searchParamsObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}
