import { getRequestLogger, type Logger } from "./logger";
import { recordHttpRequest } from "./metrics";
import { resolveRequestId, withRequestId } from "./request-id";

/** What the handler learns while it runs and the request line reports (ids only, never names or emails). */
export type RequestLog = { userId?: string; organisationId?: string };

/**
 * Runs one API request and reports it: one JSON log line (request id, route template, method, status,
 * duration, user and organisation ids), the request metrics, and X-Request-Id on the response.
 * The line is built from an allow-list, so bodies, headers, cookies and tokens never reach it.
 */
export async function observeRequest(
  route: string,
  request: Request,
  run: (log: RequestLog) => Promise<Response>,
  logger: Logger = getRequestLogger(),
): Promise<Response> {
  const started = performance.now();
  const requestId = resolveRequestId(request.headers);
  const log: RequestLog = {};
  let status = 500;
  try {
    const response = await run(log);
    status = response.status;
    return withRequestId(response, requestId);
  } finally {
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    recordHttpRequest({ route, method: request.method, status, durationSeconds: durationMs / 1000 });
    const line = { requestId, route, method: request.method, status, durationMs, userId: log.userId, organisationId: log.organisationId };
    // 503 is a refusal the app chose (database down, a parser or renderer busy: lib/http/respond.ts), warned about
    // by its cause; any other 5xx is a failure.
    if (status === 503) logger.warn(line, "request refused: unavailable");
    else if (status >= 500) logger.error(line, "request failed");
    else logger.info(line, "request");
  }
}
