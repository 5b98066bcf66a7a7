import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/openapi.json/route";

const API_ROOT = path.join(process.cwd(), "app", "api");
// Auth.js's own endpoints are not ours to describe.
const UNDOCUMENTED = new Set(["/api/auth/{nextauth}"]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** app/api/projects/[projectId]/route.ts -> /api/projects/{projectId} */
function toOpenApiPath(file: string): string {
  const relative = path.relative(path.join(process.cwd(), "app"), path.dirname(file));
  return `/${relative.split(path.sep).map((s) => s.replace(/^\[(?:\.\.\.)?(.+)\]$/, "{$1}")).join("/")}`;
}

function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1] ?? "");
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and describes every route handler and method in app/api", async () => {
    const document = (await (await GET()).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe("3.1.0");
    const missing: string[] = [];
    for (const file of routeFiles(API_ROOT)) {
      const apiPath = toOpenApiPath(file);
      if (UNDOCUMENTED.has(apiPath)) continue;
      for (const method of exportedMethods(file)) {
        if (!document.paths[apiPath]?.[method.toLowerCase()]) missing.push(`${method} ${apiPath}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("documents no route that does not exist", async () => {
    const document = (await (await GET()).json()) as { paths: Record<string, unknown> };
    const existing = new Set(routeFiles(API_ROOT).map(toOpenApiPath));
    expect(Object.keys(document.paths).filter((p) => !existing.has(p))).toEqual([]);
  });
});
