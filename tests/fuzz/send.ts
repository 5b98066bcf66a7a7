import { randomUUID } from "node:crypto";
import { errorBodySchema, type ApiContract } from "@/lib/http/contracts/define";
import type { RequestSpec } from "./requests";
import { urlOf, type RouteHandler } from "./routes";
import type { Credentials } from "./world";

// Sends a fuzzed request to a route handler in-process (as Next would call it) and states what every answer must
// satisfy: no 5xx, and every 4xx in the error envelope { error: { code, message, fieldErrors? } }.

export type Answer = { status: number; contentType: string; text: string };

export async function send(handler: RouteHandler, contract: ApiContract, spec: RequestSpec, credentials: Credentials): Promise<Answer> {
  const headers = new Headers();
  if (spec.useBearer && credentials.bearer) {
    for (const [name, value] of Object.entries(credentials.bearer)) headers.set(name, value);
  } else if (credentials.cookie) {
    headers.set("cookie", credentials.cookie);
  }
  if (spec.body !== undefined) headers.set("content-type", "application/json");
  const request = new Request(urlOf(contract, spec.params, spec.query), { method: contract.method, headers, body: spec.body });
  const response = await handler(request, { params: Promise.resolve(spec.params) });
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text: await response.text() };
}

/** What is wrong with an answer, or undefined. */
export function answerProblem(answer: Answer): string | undefined {
  if (answer.status >= 500) return `answered ${answer.status}: ${answer.text.slice(0, 300)}`;
  if (answer.status < 400) return undefined;
  if (!answer.contentType.includes("application/json")) return `${answer.status} with content-type "${answer.contentType}"`;
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return `${answer.status} with a body that is not JSON: ${answer.text.slice(0, 200)}`;
  }
  const envelope = errorBodySchema.safeParse(body);
  if (!envelope.success) return `${answer.status} without the error envelope: ${answer.text.slice(0, 300)}`;
  return undefined;
}

/** The foreign ids the request names anywhere (params, query or body). */
export function foreignIdsIn(spec: RequestSpec, foreignIds: Set<string>): string[] {
  const text = [...Object.values(spec.params), ...spec.query.flat(), spec.body ?? ""].join("\n");
  return [...foreignIds].filter((id) => text.includes(id));
}

/**
 * Whether a foreign id is in the path: the record the request acts on. (An id in the query may be a mere filter, e.g.
 * the audit log's userId, where an empty page is the right answer for a foreign and a missing id alike.)
 */
export function isInPath(spec: RequestSpec, ids: string[]): boolean {
  return ids.some((id) => Object.values(spec.params).includes(id));
}

/** The same request with every foreign id replaced by a uuid that names nothing. */
export function withNonexistentIds(spec: RequestSpec, ids: string[]): RequestSpec {
  const replacements = new Map(ids.map((id) => [id, randomUUID()]));
  const swap = (text: string) => [...replacements].reduce((result, [id, fresh]) => result.replaceAll(id, fresh), text);
  return {
    ...spec,
    params: Object.fromEntries(Object.entries(spec.params).map(([key, value]) => [key, swap(value)])),
    query: spec.query.map(([key, value]) => [swap(key), swap(value)]),
    body: spec.body === undefined ? undefined : swap(spec.body),
  };
}

/** A short description of a request for failure messages (long values cut). */
export function describeRequest(contract: ApiContract, spec: RequestSpec): string {
  const cut = (text: string) => (text.length > Number(process.env.FUZZ_CUT ?? 200) ? `${text.slice(0, 200)}… (${text.length} chars)` : text);
  return `${spec.caller}${spec.useBearer ? " (API token)" : ""}: ${contract.method} ${contract.path} params=${cut(JSON.stringify(spec.params))} query=${cut(JSON.stringify(spec.query))} body=${spec.body === undefined ? "none" : cut(spec.body)}`;
}
