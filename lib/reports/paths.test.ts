import { describe, expect, it } from "vitest";
import { REPORT_KINDS, reportPdfParams } from "@/lib/http/contracts/reports";
import { comparisonPath, distributionPath, economicsReportPath, paperOf, pdfHref, projectSummaryPath } from "./paths";
import { isScenarioReport, reportPagePath } from "./pdf-target";

// Where each report kind lives and which page its PDF prints: every kind the contract lists has its page, and the
// scenario economics report is a scenario's report like the risk distribution.

const SCENARIO = "3f663730-409e-46eb-8a55-f6cc7df5e7af";
const PROJECT = "f6a51af9-e724-495d-b7c7-2c9348927dcf";
const RUN = "e5995035-dbf8-4541-9b02-5a665d23552e";

describe("report paths", () => {
  it("puts a scenario's economics report under its scenario's reports", () => {
    expect(economicsReportPath(SCENARIO)).toBe(`/reports/scenarios/${SCENARIO}/economics`);
    expect(distributionPath(SCENARIO)).toBe(`/reports/scenarios/${SCENARIO}`);
  });

  it("serves each kind's PDF at /api/reports/{kind}.pdf with the given query, empty values left out", () => {
    expect(pdfHref("scenario-economics", { scenarioId: SCENARIO })).toBe(`/api/reports/scenario-economics.pdf?scenarioId=${SCENARIO}`);
    expect(pdfHref("scenario-distribution", { scenarioId: SCENARIO, runId: undefined })).toBe(`/api/reports/scenario-distribution.pdf?scenarioId=${SCENARIO}`);
    expect(pdfHref("project-summary", { projectId: PROJECT, paper: "a4" })).toBe(`/api/reports/project-summary.pdf?projectId=${PROJECT}&paper=a4`);
  });

  it("prints on A4 unless Letter is asked for", () => {
    expect(paperOf("letter")).toBe("letter");
    expect([paperOf("a4"), paperOf(undefined), paperOf(["letter"]), paperOf("A3")]).toEqual(["a4", "a4", "a4", "a4"]);
  });
});

describe("the PDF route's kinds", () => {
  it("accepts every listed kind as {kind}.pdf, scenario-economics included, and nothing else", () => {
    expect(REPORT_KINDS).toContain("scenario-economics");
    for (const kind of REPORT_KINDS) expect(reportPdfParams.parse({ file: `${kind}.pdf` })).toEqual({ file: kind });
    expect(reportPdfParams.safeParse({ file: "scenario-economics" }).success).toBe(false);
    expect(reportPdfParams.safeParse({ file: "economics.pdf" }).success).toBe(false);
  });

  it("loads the scenario for the distribution and the economics, the project for the others", () => {
    expect(REPORT_KINDS.filter(isScenarioReport)).toEqual(["scenario-distribution", "scenario-economics"]);
  });

  it("prints each kind's own page", () => {
    expect(reportPagePath("scenario-economics", SCENARIO, { runId: RUN })).toBe(economicsReportPath(SCENARIO));
    expect(reportPagePath("scenario-distribution", SCENARIO, { runId: RUN })).toBe(distributionPath(SCENARIO, RUN));
    expect(reportPagePath("project-summary", PROJECT, {})).toBe(projectSummaryPath(PROJECT));
    expect(reportPagePath("scenario-comparison", PROJECT, { ids: `${SCENARIO},${RUN}` })).toBe(comparisonPath(PROJECT, [SCENARIO, RUN]));
  });
});
