// GET /api/metrics – Prometheus metrics of this instance; bearer METRICS_TOKEN, 404 when unset, 401 when wrong
import { env } from "@/lib/env.mjs";
import { errorResponse } from "@/lib/http/respond";
import { AppError } from "@/lib/errors";
import { checkMetricsAccess } from "@/lib/observability/metrics-access";
import { renderMetrics } from "@/lib/observability/metrics";
import { installSharedSources } from "@/lib/observability/shared-sources";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = checkMetricsAccess(request.headers.get("authorization"), env.METRICS_TOKEN);
  // Without a token the endpoint does not exist, so an unconfigured install reveals nothing.
  if (access === "disabled") return errorResponse(new AppError("NOT_FOUND", "Not found"));
  if (access === "denied") {
    return errorResponse(new AppError("UNAUTHENTICATED", "A valid metrics token is required"), { "www-authenticate": "Bearer" });
  }
  installSharedSources();
  const { body, contentType } = await renderMetrics();
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}
