import { reportContracts } from "@/lib/http/contracts/reports";
import { env } from "@/lib/env.mjs";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/handle";
import { downloadHeaders } from "@/lib/import-export/download";
import { renderPdf } from "@/lib/reports/pdf";
import { isScenarioReport, reportPdfTarget } from "@/lib/reports/pdf-target";

export const runtime = "nodejs";

/** The app as its own renderer reaches it: REPORT_RENDER_ORIGIN, else localhost on the port the request came in on. */
function renderOrigin(request: Request): string {
  if (env.REPORT_RENDER_ORIGIN) return env.REPORT_RENDER_ORIGIN;
  const port = new URL(request.url).port;
  return `http://localhost${port ? `:${port}` : ""}`;
}

function missing(field: string): AppError {
  return new AppError("VALIDATION_FAILED", `Give ${field} for this report`, { fieldErrors: { [field]: ["Required"] } });
}

// GET /api/reports/{file} – a report page printed to PDF by headless Chromium, with the caller's session
export const GET = handle(reportContracts.pdf, async ({ request, params, query, load }) => {
  // A scenario's report (distribution, economics) is loaded by its scenario, the others by their project.
  const isAboutScenario = isScenarioReport(params.file);
  const field = isAboutScenario ? "scenarioId" : "projectId";
  const id = query[field];
  if (!id) throw missing(field);
  const owned = await load(isAboutScenario ? "scenario" : "project", id);
  const { path, name } = await reportPdfTarget(params.file, owned, query);
  const separator = path.includes("?") ? "&" : "?";
  const pdf = await renderPdf({
    origin: renderOrigin(request),
    path: `${path}${separator}print=1&paper=${query.paper}`,
    cookieHeader: request.headers.get("cookie"),
    paper: query.paper === "letter" ? "Letter" : "A4",
  });
  const safeName = name.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 60);
  return new Response(new Uint8Array(pdf), { headers: downloadHeaders(`${safeName}-${params.file}-${query.paper}.pdf`, "application/pdf") });
});
