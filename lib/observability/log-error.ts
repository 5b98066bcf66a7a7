import { getLogger } from "./logger";

// An unexpected error is logged for the people who run CalMiner, and must not carry what it touched: a failed
// INSERT into users carries the Argon2 hash in the driver's `params` and in PostgreSQL's "Failing row contains (…)"
// detail, an HTTP client error its Authorization header. pino redacts by key path, which cannot see into a message
// string, so an error is rebuilt here from an allow-list of fields, each string scrubbed of secret-shaped text.

/** Text shaped like a secret: a PHC password hash, a bearer credential, a URL's user:password, a session JWT/JWE. */
const SECRET_PATTERNS: [RegExp, string][] = [
  // PHC strings: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash> (base64 and the parameters' commas).
  [/\$(?:argon2(?:id|i|d)|2[aby]|scrypt|pbkdf2[-\w]*)\$[\w$,=+/.-]*/g, "[redacted hash]"],
  [/(Bearer\s+)[\w.~+/=-]+/gi, "$1[redacted]"],
  [/(\w+:\/\/[^:/\s@]+:)[^@\s]+@/g, "$1[redacted]@"],
  [/\beyJ[\w-]{10,}\.[\w.-]+/g, "[redacted token]"],
];

export function scrubSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((scrubbed, [pattern, replacement]) => scrubbed.replace(pattern, replacement), text);
}

/** Fields of an error worth logging; never `params`, `query` values or request options. */
const ERROR_FIELDS = ["code", "detail", "hint", "table", "column", "constraint", "routine", "severity"] as const;

export type DescribedError = { type: string; message: string; stack?: string; cause?: DescribedError } & Record<string, unknown>;

/** The error as a loggable object: an allow-list of fields, every string scrubbed, causes followed 3 deep. */
export function describeError(error: unknown, depth = 0): DescribedError {
  if (!(error instanceof Error)) return { type: typeof error, message: scrubSecrets(String(error)) };
  const described: DescribedError = { type: error.name, message: scrubSecrets(error.message) };
  if (error.stack) described.stack = scrubSecrets(error.stack);
  for (const field of ERROR_FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === "string" || typeof value === "number") described[field] = typeof value === "string" ? scrubSecrets(value) : value;
  }
  if (error.cause !== undefined && depth < 3) described.cause = describeError(error.cause, depth + 1);
  return described;
}

/** Logs an error nobody expected (a bug, an outage) at error level, scrubbed; `component` names the part. */
export function logUnexpectedError(component: string, message: string, error: unknown): void {
  // Under "error", not "err": pino's err serializer would rebuild it from the original's enumerable fields.
  getLogger(component).error({ error: describeError(error) }, message);
}
