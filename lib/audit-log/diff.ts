// Before → after of one audit row, field by field, in a form people can read. Services never put secrets in audit
// rows, but this is what shows and exports them, so any key that looks like a secret is redacted here as well, at
// every depth: a mistake elsewhere must not end up in a CSV on someone's laptop.

export type FieldChange = {
  field: string;
  kind: "added" | "removed" | "changed";
  /** The value before, compact and redacted; absent for an added field. */
  before?: string;
  /** The value after, compact and redacted; absent for a removed field. */
  after?: string;
};

type JsonRecord = Record<string, unknown>;

const SECRET_KEY = /password|hash|token|secret/i;
export const REDACTED = "[redacted]";
/** Longest value text shown in a change; nested objects beyond it are cut with an ellipsis. */
const MAX_VALUE_CHARS = 80;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A copy of a JSON value with the value of every secret-looking key replaced, at any depth. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, isSecretKey(key) ? REDACTED : redactSecrets(inner)]));
}

export function redactRecord(record: JsonRecord | null): JsonRecord | null {
  return record === null ? null : (redactSecrets(record) as JsonRecord);
}

/** Deep equality of JSON values; key order does not matter (jsonb does not keep it). */
function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as JsonRecord;
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => key in bRecord && isSameJson((a as JsonRecord)[key], bRecord[key]));
}

/** A value on one line: text as it is, nested values as JSON, cut at MAX_VALUE_CHARS; "none" for null. */
export function formatCompactValue(value: unknown): string {
  if (value === null || value === undefined) return "none";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

function shown(key: string, value: unknown): string {
  return isSecretKey(key) ? REDACTED : formatCompactValue(redactSecrets(value));
}

/**
 * The fields that differ between two audit records: added (only after), removed (only before) and changed. Values
 * are compared unredacted, so a changed secret still shows as a change, but are shown redacted.
 * @example diffRecords({ role: "viewer" }, { role: "admin" }) // [{ field: "role", kind: "changed", before: "viewer", after: "admin" }]
 */
export function diffRecords(before: JsonRecord | null, after: JsonRecord | null): FieldChange[] {
  const old = before ?? {};
  const now = after ?? {};
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const isBefore = field in old;
    const isAfter = field in now;
    if (isBefore && isAfter && isSameJson(old[field], now[field])) continue;
    if (!isBefore) changes.push({ field, kind: "added", after: shown(field, now[field]) });
    else if (!isAfter) changes.push({ field, kind: "removed", before: shown(field, old[field]) });
    else changes.push({ field, kind: "changed", before: shown(field, old[field]), after: shown(field, now[field]) });
  }
  return changes;
}

/** The changes as one line, for a CSV cell: "role: viewer → admin; added name: Nia; removed closureYear: 2040". */
export function summariseChanges(changes: readonly FieldChange[]): string {
  return changes
    .map((change) => {
      if (change.kind === "added") return `added ${change.field}: ${change.after ?? ""}`;
      if (change.kind === "removed") return `removed ${change.field}: ${change.before ?? ""}`;
      return `${change.field}: ${change.before ?? ""} → ${change.after ?? ""}`;
    })
    .join("; ");
}
