import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

// An incoming id is honoured only when it is short and plain (nginx's $request_id, a UUID, a trace id):
// anything else could smuggle line breaks or markup into the logs, so it is replaced.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's id: the caller's (or the load balancer's) X-Request-Id when it is safe, else a new UUID. */
export function resolveRequestId(headers: Headers): string {
  const incoming = headers.get(REQUEST_ID_HEADER)?.trim();
  return incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * The response with X-Request-Id set. Responses from `Response.json` have mutable headers; a response whose
 * headers are immutable (one passed through from fetch) is copied instead.
 */
export function withRequestId(response: Response, requestId: string): Response {
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set(REQUEST_ID_HEADER, requestId);
    return copy;
  }
}
