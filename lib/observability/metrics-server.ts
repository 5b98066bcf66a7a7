import { createServer, type Server } from "node:http";
import { checkMetricsAccess } from "./metrics-access";
import { renderMetrics } from "./metrics";

/**
 * Serves GET /metrics of a process that has no Next server (the simulation worker), with the same bearer
 * token rule as /api/metrics. Resolves once listening; close it on shutdown.
 */
export async function startMetricsServer(options: { port: number; host?: string; token: string | undefined }): Promise<Server> {
  const server = createServer((request, response) => {
    void (async () => {
      const access = checkMetricsAccess(request.headers.authorization, options.token);
      if (request.url !== "/metrics" || access === "disabled") {
        response.writeHead(404).end();
      } else if (access === "denied") {
        response.writeHead(401, { "www-authenticate": "Bearer" }).end();
      } else {
        const { body, contentType } = await renderMetrics();
        response.writeHead(200, { "content-type": contentType, "cache-control": "no-store" }).end(body);
      }
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  return server;
}
