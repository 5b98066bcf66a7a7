import type { ReportKind } from "@/lib/http/contracts/reports";

// Where each report lives (its page) and where its PDF is served; the PDF renderer opens the page with ?print=1.

export type ReportPaper = "a4" | "letter";

export function projectSummaryPath(projectId: string): string {
  return `/reports/projects/${projectId}`;
}

export function comparisonPath(projectId: string, ids: readonly string[] = []): string {
  return `/reports/projects/${projectId}/comparison${ids.length > 0 ? `?ids=${ids.join(",")}` : ""}`;
}

export function distributionPath(scenarioId: string, runId?: string): string {
  return `/reports/scenarios/${scenarioId}${runId ? `?run=${runId}` : ""}`;
}

/** The scenario economics report: what the scenario's Economics tab shows, for paper. */
export function economicsReportPath(scenarioId: string): string {
  return `/reports/scenarios/${scenarioId}/economics`;
}

export function pdfHref(kind: ReportKind, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return `/api/reports/${kind}.pdf?${params.toString()}`;
}

export function paperOf(value: string | string[] | undefined): ReportPaper {
  return value === "letter" ? "letter" : "a4";
}
