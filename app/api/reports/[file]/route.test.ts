import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { economicsReportHref } from "@/app/ui/scenario-editor/economics/report-link";
import { economicsReportPath } from "@/lib/reports/paths";
import type { renderPdf as RenderPdf } from "@/lib/reports/pdf";
import { useTestDb } from "@/tests/support/db";
import { CALLERS, createApiWorld, expectedStatuses, seedDemo, type ApiWorld, type Caller } from "@/tests/support/scenario-api";

// GET /api/reports/{file}: the route loads the record the report is about (the scenario for a scenario's report,
// scoped to the caller's organisation) and has the renderer print that report's page. The renderer is replaced
// here (headless Chromium is the e2e tests' business): these tests check which page it is asked to print.

const renderPdf = vi.hoisted(() => vi.fn<typeof RenderPdf>(async () => new TextEncoder().encode("%PDF-1.7 test")));
vi.mock("@/lib/reports/pdf", () => ({ renderPdf }));
const route = await import("./route");

const getDb = useTestDb();
let world: ApiWorld;
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  const db = await getDb();
  world = await createApiWorld(db);
  demo = await seedDemo(db, world.organisationId);
});

beforeEach(() => {
  renderPdf.mockClear();
});

async function requestPdf(file: string, query: string, caller: Caller = "viewer"): Promise<Response> {
  const cookie = world.cookies[caller];
  const request = new Request(`http://localhost:3000/api/reports/${file}${query}`, { headers: new Headers(cookie ? { cookie } : {}) });
  return route.GET(request, { params: Promise.resolve({ file }) });
}

describe("GET /api/reports/scenario-economics.pdf", () => {
  it.each(CALLERS)("answers %s as any scenario read does (another organisation's scenario is a 404)", async (caller) => {
    const res = await requestPdf("scenario-economics.pdf", `?scenarioId=${demo.baseScenarioId}`, caller);
    expect(res.status).toBe(expectedStatuses("viewer", 200)[caller]);
  });

  it("prints the scenario's economics report on the paper asked for, named after the scenario", async () => {
    const res = await requestPdf("scenario-economics.pdf", `?scenarioId=${demo.baseScenarioId}&paper=letter`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/Base-case-feasibility-study--scenario-economics-letter\.pdf/);
    expect(renderPdf).toHaveBeenCalledTimes(1);
    expect(renderPdf).toHaveBeenCalledWith(expect.objectContaining({ path: `${economicsReportPath(demo.baseScenarioId)}?print=1&paper=letter`, paper: "Letter", origin: "http://localhost:3000" }));
  });

  it("needs a scenario id: a project id alone is refused, an unknown scenario is a 404", async () => {
    const withoutScenario = await requestPdf("scenario-economics.pdf", `?projectId=${demo.projectId}`);
    expect(withoutScenario.status).toBe(400);
    expect(await withoutScenario.json()).toMatchObject({ error: { code: "VALIDATION_FAILED", fieldErrors: { scenarioId: ["Required"] } } });
    expect((await requestPdf("scenario-economics.pdf", `?scenarioId=${demo.projectId}`)).status).toBe(404);
    expect(renderPdf).not.toHaveBeenCalled();
  });
});

describe("the other kinds", () => {
  it("still print the distribution by its scenario and the summary by its project", async () => {
    expect((await requestPdf("scenario-distribution.pdf", `?scenarioId=${demo.childScenarioId}`)).status).toBe(200);
    expect((await requestPdf("project-summary.pdf", `?projectId=${demo.projectId}`)).status).toBe(200);
    expect(renderPdf.mock.calls.map(([request]) => request.path)).toEqual([`/reports/scenarios/${demo.childScenarioId}?print=1&paper=a4`, `/reports/projects/${demo.projectId}?print=1&paper=a4`]);
  });

  it("refuses a kind it does not know", async () => {
    expect((await requestPdf("scenario-economic.pdf", `?scenarioId=${demo.baseScenarioId}`)).status).toBe(400);
  });
});

describe("the Economics tab's report link", () => {
  it("opens the page this route prints", () => {
    expect(economicsReportHref(demo.baseScenarioId)).toBe(economicsReportPath(demo.baseScenarioId));
  });
});
