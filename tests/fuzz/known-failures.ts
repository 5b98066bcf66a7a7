// 5xx answers the fuzzer has found in product code and that are not fixed yet. Each entry is tolerated (and still
// printed) only on its route and only when the cause the app logged matches, so any other problem on the same route
// still fails the test. Remove an entry with the fix of its bug; the fix's own test belongs at the lowest layer.

export type KnownFailure = {
  /** "METHOD /api/path/{param}" as in the contract. */
  route: string;
  /** Matched against the cause the app logged for the 5xx (the database error's message). */
  cause: RegExp;
  /** The bug, for whoever fixes it. */
  bug: string;
};

// None today. The last one (scenario settings that the columns rounded onto a CHECK limit, a 500) was fixed in
// lib/validation/scenario-settings.ts, with its test in app/api/scenarios/[scenarioId]/route.test.ts.
export const KNOWN_FAILURES: readonly KnownFailure[] = [];

/** The known bug that explains a 5xx on a route, if any. */
export function knownFailureOf(route: string, status: number, cause: string): KnownFailure | undefined {
  if (status < 500) return undefined;
  return KNOWN_FAILURES.find((known) => known.route === route && known.cause.test(cause));
}
