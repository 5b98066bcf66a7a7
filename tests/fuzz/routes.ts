import { existsSync } from "node:fs";
import path from "node:path";
import type { ApiContract } from "@/lib/http/contracts/define";

// Every contract's route handler, found the way Next finds it: the contract's path template names the folder under
// app/api ({projectId} is the folder [projectId]) and the method names the export of its route.ts.

export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** app/api/projects/[projectId]/route.ts for /api/projects/{projectId}. */
export function routeFileOf(contract: ApiContract): string {
  const segments = contract.path.replace(/^\/api\//, "").split("/").map((segment) => segment.replace(/^\{(\w+)\}$/, "[$1]"));
  return path.join(process.cwd(), "app", "api", ...segments, "route.ts");
}

/** The handler of the contract's method in its route module. */
export async function loadHandler(contract: ApiContract): Promise<RouteHandler> {
  const file = routeFileOf(contract);
  if (!existsSync(file)) throw new Error(`${contract.method} ${contract.path}: no route file at ${file}`);
  const routeModule = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  const handler = routeModule[contract.method];
  if (typeof handler !== "function") throw new Error(`${contract.method} ${contract.path}: ${file} exports no ${contract.method}`);
  return handler as RouteHandler;
}

/** Text as a URL can carry it: a lone surrogate (which no URL can hold) becomes U+FFFD, as a browser sends it. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** The URL of a request: the template with the params filled in (encoded), and the query string. */
export function urlOf(contract: ApiContract, params: Record<string, string>, query: [string, string][]): string {
  const pathname = contract.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(wellFormed(params[name] ?? name)));
  const search = new URLSearchParams(query).toString();
  return `http://localhost:3000${pathname}${search ? `?${search}` : ""}`;
}
