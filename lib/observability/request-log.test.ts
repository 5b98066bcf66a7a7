import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { renderMetrics } from "./metrics";
import { observeRequest } from "./request-log";

function captureLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level: "info", destination }), lines };
}

const ROUTE = "/api/observed/{thingId}";

describe("one log line and metrics per API request", () => {
  it("logs the route template, method, status, duration and ids, and answers with X-Request-Id", async () => {
    const { logger, lines } = captureLogger();
    const request = new Request("http://localhost/api/observed/42?secret=1", {
      method: "PATCH",
      headers: { "x-request-id": "abc123def456", cookie: "authjs.session-token=very-secret" },
    });
    const response = await observeRequest(
      ROUTE,
      request,
      async (log) => {
        log.userId = "user-1";
        log.organisationId = "org-1";
        return Response.json({ ok: true }, { status: 201 });
      },
      logger,
    );
    expect(response.headers.get("x-request-id")).toBe("abc123def456");
    expect(lines).toEqual([
      expect.objectContaining({ level: "info", msg: "request", requestId: "abc123def456", route: ROUTE, method: "PATCH", status: 201, userId: "user-1", organisationId: "org-1", durationMs: expect.any(Number) }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/very-secret|secret=1|\/42/);
    const { body } = await renderMetrics();
    expect(body).toMatch(/calminer_http_requests_total\{route="\/api\/observed\/\{thingId\}",method="PATCH",status="201"\} 1/);
    expect(body).toContain('calminer_http_request_duration_seconds_count{route="/api/observed/{thingId}",method="PATCH",status="201"} 1');
  });

  it("replaces a request id that could smuggle anything into the logs", async () => {
    const { logger, lines } = captureLogger();
    const request = new Request("http://localhost/x", { headers: { "x-request-id": '<script>" level="fatal' } });
    const response = await observeRequest(ROUTE, request, async () => new Response(null, { status: 204 }), logger);
    const id = response.headers.get("x-request-id") ?? "";
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines[0]?.requestId).toBe(id);
  });

  it("logs a thrown error as a 500 at error level and still counts it", async () => {
    const { logger, lines } = captureLogger();
    const request = new Request("http://localhost/x", { method: "DELETE" });
    await expect(observeRequest(ROUTE, request, async () => Promise.reject(new Error("boom")), logger)).rejects.toThrow("boom");
    expect(lines[0]).toMatchObject({ level: "error", status: 500, method: "DELETE" });
  });

  it("copies a response whose headers are immutable to add the id", async () => {
    const immutable = Response.redirect("http://localhost/elsewhere", 302);
    const response = await observeRequest(ROUTE, new Request("http://localhost/x"), async () => immutable, captureLogger().logger);
    expect(response.status).toBe(302);
    expect(response.headers.get("x-request-id")).toBeTruthy();
  });
});
