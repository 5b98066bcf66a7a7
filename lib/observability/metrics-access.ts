import { timingSafeEqual } from "node:crypto";

/** disabled: no token configured (the endpoint pretends not to exist); denied: wrong or missing token. */
export type MetricsAccess = "disabled" | "denied" | "allowed";

/** Checks an Authorization header against METRICS_TOKEN in constant time. */
export function checkMetricsAccess(authorization: string | null | undefined, token: string | undefined): MetricsAccess {
  if (!token) return "disabled";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  const offered = Buffer.from(match?.[1] ?? "");
  const expected = Buffer.from(token);
  // timingSafeEqual needs equal lengths; compare against itself to spend the same time on a wrong length.
  const isEqual = offered.length === expected.length ? timingSafeEqual(offered, expected) : !timingSafeEqual(expected, expected);
  return isEqual ? "allowed" : "denied";
}
