/**
 * The caller's address for throttling: first hop of x-forwarded-for, else x-real-ip, else "unknown".
 * Behind a reverse proxy the first hop is the client; without one it is whatever the client sent, so the
 * per-email limit, not this one, is the guard that cannot be sidestepped.
 */
export function getClientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.slice(0, 100);
  const realIp = headers.get("x-real-ip")?.trim();
  if (realIp) return realIp.slice(0, 100);
  return "unknown";
}
