import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";

/** GET /api/metrics, for the OpenAPI document (lib/http/contracts lists it with the system routes). */
export const metricsContract = defineContract({
  method: "GET",
  path: "/api/metrics",
  summary: "Prometheus metrics of this instance (bearer METRICS_TOKEN)",
  description:
    "Text exposition format. Answers 404 when METRICS_TOKEN is not configured and 401 to a missing or wrong token. " +
    "Queue and database gauges are cluster-wide (every instance reports the same value); the rest are per instance.",
  tags: ["system"],
  access: "public",
  responses: { 200: { description: "Metrics", schema: z.string(), contentType: "text/plain; version=0.0.4" } },
  errors: [404],
});
