import type { z } from "zod";
import { loadOwned, type LoadOptions, type OwnedOf } from "@/lib/access";
import { requireSessionCaller } from "@/lib/auth/api-tokens";
import { getApiUser } from "@/lib/auth/api-user";
import { requireRole } from "@/lib/auth/roles";
import type { CurrentUser, MembershipSummary } from "@/lib/auth/types";
import type { OwnedKind } from "@/lib/domain/owned";
import { unauthenticated } from "@/lib/errors";
import { observeRequest, type RequestLog } from "@/lib/observability/request-log";
import type { ApiContract } from "./contracts/define";
import { parseJsonBody, parseWith, searchParamsObject } from "./parse";
import { toErrorResponse } from "./respond";
import { refuseCrossSiteRequest } from "./same-origin";

// Optional contract fields are `Schema | undefined`: infer from the schema, not the union.
type Infer<T> = [NonNullable<T>] extends [z.ZodType] ? z.infer<NonNullable<T>> : undefined;

export type HandlerContext<C extends ApiContract> = {
  request: Request;
  params: Infer<C["params"]>;
  query: Infer<C["query"]>;
  body: Infer<C["body"]>;
  /** The caller; routes with access "public" get null when signed out. */
  user: C["access"] extends "public" ? CurrentUser | null : CurrentUser;
  /**
   * The owner of the record the URL names, when the caller may act on it with the contract's role: 404 when it is
   * missing or in another organisation, then 403 when the role is too low (lib/access).
   */
  load: <K extends OwnedKind>(kind: K, id: string, options?: LoadOptions) => Promise<OwnedOf<K>>;
  /**
   * Checks the caller's role against the contract's access in an organisation the route names without a record
   * (the active organisation, an organisation id in the URL). Records are checked by `load`.
   */
  authorize: (organisationId: string) => MembershipSummary;
};

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * A route handler that follows the guard ladder: refuse a cross-site or non-JSON write (403) -> parse params and
 * query (400) -> authenticate by session cookie or API token (401; a token on a session-only route: 403)
 * -> read the body under its cap (413) and validate it (400)
 * -> ctx.load(kind, id): the record's owner among the caller's organisations (404), then the role (403) -> act.
 * Every AppError leaves as the JSON error envelope; a database outage as 503 DATABASE_UNAVAILABLE (respond.ts); a
 * client that hung up mid-body as a quiet 499; anything else as a logged, generic 500.
 * Each request is logged as one JSON line and counted in the metrics under the contract's path template.
 */
export function handle<C extends ApiContract>(
  contract: C,
  handler: (ctx: HandlerContext<C>) => Promise<Response>,
): (request: Request, context: NextRouteContext) => Promise<Response> {
  return (request, context) => observeRequest(contract.path, request, (log) => run(contract, handler, request, context, log));
}

async function run<C extends ApiContract>(
  contract: C,
  handler: (ctx: HandlerContext<C>) => Promise<Response>,
  request: Request,
  context: NextRouteContext,
  log: RequestLog,
): Promise<Response> {
  try {
    refuseCrossSiteRequest(request);
    const rawParams = context?.params ? await context.params : {};
    const params = contract.params ? parseWith(contract.params, rawParams, "The URL is not valid") : undefined;
    const query = contract.query ? parseWith(contract.query, searchParamsObject(request), "The query is not valid") : undefined;
    const user = await getApiUser(request);
    log.userId = user?.id;
    log.organisationId = user?.activeOrganisation.id;
    if (!user && contract.access !== "public") throw unauthenticated();
    if (user && contract.credentials === "session") requireSessionCaller(user);
    // After authentication: a stranger's body is never read.
    const body = contract.body ? await parseJsonBody(request, contract.body) : undefined;
    const role = contract.access === "public" ? "viewer" : contract.access;
    const authorize = (organisationId: string): MembershipSummary => {
      if (!user) throw unauthenticated();
      // The resource's organisation is what the request acted on; report it rather than the active one.
      log.organisationId = organisationId;
      return requireRole(user, organisationId, role);
    };
    const load = async <K extends OwnedKind>(kind: K, id: string, options?: LoadOptions): Promise<OwnedOf<K>> => {
      if (!user) throw unauthenticated();
      const owned = await loadOwned(user, kind, id, role, options);
      log.organisationId = owned.organisationId;
      return owned;
    };
    return await handler({ request, params, query, body, user, load, authorize } as HandlerContext<C>);
  } catch (error) {
    if (isClientAbort(request, error)) return new Response(null, { status: CLIENT_CLOSED_REQUEST });
    return toErrorResponse(error);
  }
}

/**
 * Status for a request whose client went away before it was answered (nginx's 499 "client closed request"): nobody
 * reads the answer, and it is not the server's failure, so the request line logs it at info level, not as a 500.
 */
const CLIENT_CLOSED_REQUEST = 499;

/**
 * True when the client disconnected while its body was being read: Node ends the request stream with
 * Error("aborted") code ECONNRESET (no `query`: a database socket reset is an outage, db/unavailable.ts), and Next
 * aborts the request's signal when the connection closes before the answer.
 */
function isClientAbort(request: Request, error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const isBodyAborted = error.message === "aborted" && (error as { code?: unknown }).code === "ECONNRESET" && !("query" in error);
  return isBodyAborted || (request.signal.aborted && error.name === "AbortError");
}
