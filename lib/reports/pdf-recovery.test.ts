import { afterAll, describe, expect, it, vi } from "vitest";
import { captureLogs } from "@/tests/support/logs";

vi.mock("server-only", () => ({}));

// A renderer that cannot start: every request is a prompt 503 with Retry-After, never a hang and never a slot lost
// (two failed launches once left every later PDF request waiting forever), and a later request tries again.
describe("the PDF renderer when Chromium cannot start", () => {
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("answers 503 REPORT_RENDERER_UNAVAILABLE each time, with every slot given back", { timeout: 30_000 }, async () => {
    vi.stubEnv("REPORT_CHROMIUM_PATH", "/nonexistent/chromium");
    vi.stubEnv("REPORT_PDF_CONCURRENCY", "1");
    vi.stubEnv("REPORT_PDF_QUEUE", "0");
    vi.resetModules();
    const { renderPdf } = await import("./pdf");
    const logs = captureLogs();
    const request = { origin: "http://localhost:1", path: "/reports/x", cookieHeader: null, paper: "A4" as const };
    try {
      for (let i = 0; i < 3; i += 1) {
        await expect(renderPdf(request)).rejects.toMatchObject({ code: "REPORT_RENDERER_UNAVAILABLE", status: 503, retryAfterSeconds: 30 });
      }
    } finally {
      logs.restore();
    }
    // Each attempt is logged as what it was: Chromium did not start (not as a missing sandbox).
    expect(logs.lines.filter((line) => line.includes("did not start"))).toHaveLength(3);
    expect(logs.lines.some((line) => line.includes("sandbox"))).toBe(false);
  });
});
