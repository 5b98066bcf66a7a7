/** A JSON body already serialised (a cached dashboard), answered as is; per-user data, so never stored by proxies. */
export function jsonResponse(json: string): Response {
  return new Response(json, { headers: { "content-type": "application/json", "cache-control": "private, no-store" } });
}
