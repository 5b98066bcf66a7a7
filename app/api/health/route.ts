// GET /api/health – liveness: the process is up and serving (no dependency is touched).
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return Response.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });
}
