import { createHash } from "node:crypto";

/**
 * Canonical JSON: object keys sorted (code unit order), no whitespace, undefined members dropped, numbers
 * as JSON.stringify writes them (the shortest string that round-trips the double). Equal values, equal text.
 * @throws {RangeError} on a non-finite number (a manifest never holds one) or a non-plain value
 * @example canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`canonicalJson: non-finite number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(",")}}`;
  }
  throw new RangeError(`canonicalJson: cannot encode a ${typeof value}`);
}

/** SHA-256 of the canonical JSON, lower-case hex. */
export function hashCanonical(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}
