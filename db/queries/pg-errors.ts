// PostgreSQL errors reach us wrapped (drizzle's DrizzleQueryError keeps the driver error as `cause`), and the two
// drivers name the constraint differently (postgres.js: constraint_name; PGlite: constraint).

type DriverError = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

function driverErrorOf(error: unknown): DriverError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth += 1) {
    const candidate = current as DriverError;
    if (typeof candidate.code === "string") return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** True for a unique violation (23505), of the named constraint when one is given. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = driverErrorOf(error);
  if (driverError?.code !== "23505") return false;
  if (!constraint) return true;
  return driverError.constraint === constraint || driverError.constraint_name === constraint;
}

/** True for a foreign-key violation (23503), of the named constraint when one is given. */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  const driverError = driverErrorOf(error);
  if (driverError?.code !== "23503") return false;
  if (!constraint) return true;
  return driverError.constraint === constraint || driverError.constraint_name === constraint;
}
