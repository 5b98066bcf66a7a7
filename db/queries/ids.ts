const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A malformed id names no record: data-layer lookups answer "not found" for it instead of letting PostgreSQL
 * fail the uuid cast (which would be a 500).
 */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
