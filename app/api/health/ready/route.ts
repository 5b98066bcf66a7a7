// GET /api/health/ready – readiness: the database and the cache answer; 503 naming the failing part.
import { checkCache, checkDatabase } from "@/lib/health/checks";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const [database, cache] = await Promise.all([checkDatabase(), checkCache()]);
  const failing = [database.ok ? null : "database", cache.ok ? null : "cache"].filter(Boolean);
  const body = {
    status: failing.length === 0 ? "ready" : "unavailable",
    ...(failing.length > 0 ? { failing } : {}),
    checks: { database, cache },
  };
  return Response.json(body, { status: failing.length === 0 ? 200 : 503, headers: { "cache-control": "no-store" } });
}
