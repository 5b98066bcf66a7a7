import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";

// Report PDFs: the report page printed by headless Chromium (lib/reports/pdf.ts).

export const REPORT_KINDS = ["project-summary", "scenario-comparison", "scenario-distribution", "scenario-economics"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const REPORT_FILE = new RegExp(`^(${REPORT_KINDS.join("|")})\\.pdf$`);

export const reportPdfParams = z.object({
  file: z
    .string()
    .regex(REPORT_FILE, `Use ${REPORT_KINDS.map((kind) => `${kind}.pdf`).join(", ")}`)
    .meta({ description: "project-summary.pdf, scenario-comparison.pdf, scenario-distribution.pdf (inputs, cash flow, Monte Carlo distribution and tornado) or scenario-economics.pdf (economic summary, annual cash flow, sensitivities)" })
    .transform((file) => file.replace(/\.pdf$/, "") as ReportKind),
});

export const reportPdfQuery = z
  .object({
    projectId: z.uuid().optional().meta({ description: "project-summary and scenario-comparison" }),
    scenarioId: z.uuid().optional().meta({ description: "scenario-distribution and scenario-economics" }),
    ids: z
      .string()
      .regex(/^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36}){0,5}$/, "Up to six scenario ids, comma separated")
      .optional()
      .meta({ description: "scenario-comparison: the scenarios (default: those not archived, at most six)" }),
    runId: z.uuid().optional().meta({ description: "scenario-distribution: a run (default: the latest finished one)" }),
    paper: z.enum(["a4", "letter"]).default("a4"),
  })
  .meta({ description: "Which report" });

export const reportContracts = {
  pdf: defineContract({
    method: "GET",
    path: "/api/reports/{file}",
    summary: "Download a report as PDF (A4 or Letter)",
    description:
      "The report page, printed by headless Chromium with the caller's session, so the PDF shows what the page shows. At most REPORT_PDF_CONCURRENCY render at once; each is limited to REPORT_PDF_TIMEOUT_MS (504 beyond).",
    tags: ["Reports"],
    access: "viewer",
    params: reportPdfParams,
    query: reportPdfQuery,
    responses: { 200: { description: "The PDF", schema: z.string(), contentType: "application/pdf" } },
    errors: [403, 404, 502, 504],
  }),
};

export const reportContractList = Object.values(reportContracts);
