import { expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/http/openapi";
import { projectContracts } from "./projects";
import { scenarioContracts } from "./scenarios";

it("describes every project and scenario route in the OpenAPI document", () => {
  const doc = buildOpenApiDocument([...projectContracts, ...scenarioContracts], { version: "test" }) as { paths: Record<string, Record<string, unknown>> };
  expect(Object.keys(doc.paths).sort()).toEqual([
    "/api/projects",
    "/api/projects/{projectId}",
    "/api/projects/{projectId}/scenarios",
    "/api/projects/{projectId}/scenarios/compare",
    "/api/projects/{projectId}/scenarios/quick-start",
    "/api/scenarios/{scenarioId}",
    "/api/scenarios/{scenarioId}/branch",
    "/api/scenarios/{scenarioId}/cashflow",
  ]);
  expect(Object.keys(doc.paths["/api/scenarios/{scenarioId}"] ?? {}).sort()).toEqual(["delete", "get", "patch"]);
});
