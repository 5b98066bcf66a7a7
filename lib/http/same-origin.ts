import { AppError } from "@/lib/errors";

// Cross-site request forgery. A browser attaches the session cookie to a form post from another origin of the same
// site (another port or subdomain: SameSite=Lax does not stop it), and JSON.parse reads a text/plain form body as
// JSON. So a state-changing request must come from the app's own origin, as the browser states it in headers a page
// cannot set (Sec-Fetch-Site, Origin), and declare a body type that a plain HTML form cannot send cross-origin
// without a CORS preflight (which this API never grants): JSON, or multipart for the file import (a form can send
// multipart, so the import relies on the origin check). Clients that are not browsers (scripts, tests) send
// neither header and pass the origin check; they still must declare their body type.
// API tokens (`Authorization: Bearer`, lib/auth/api-tokens.ts) need no exemption: a browser never attaches one by
// itself, and a page of another origin can set Authorization only through fetch after a CORS preflight, which is never
// granted, so a forged request cannot carry a token. Scripts send no Origin and pass; a Bearer request that does say
// it came from another site is refused like a cookie one, which costs nothing (no browser could have sent it anyway).

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** `none`: the user typed or bookmarked the URL; no other page was involved. */
const OWN_SITE_VALUES = new Set(["same-origin", "none"]);
const BODY_TYPES = ["application/json", "multipart/form-data"];

export const CROSS_SITE_CODE = "CROSS_SITE_REQUEST";
export const BODY_TYPE_CODE = "UNSUPPORTED_BODY_TYPE";

/** The host the client addressed: the proxy's forwarded host, else Host, else the URL's (tests). */
function addressedHost(request: Request): string {
  return request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || new URL(request.url).host;
}

function isOwnOrigin(origin: string, request: Request): boolean {
  if (!URL.canParse(origin)) return false; // "null" (sandboxed frames, file: pages) is nobody's origin
  return new URL(origin).host === addressedHost(request);
}

/**
 * Whether the client sent a body: by HTTP/1.1's own rule (RFC 9112, 6.3), a request has one exactly when it carries
 * Transfer-Encoding or a non-zero Content-Length. `request.body` cannot tell: Next gives every non-GET request a
 * stream, also a DELETE that sent nothing.
 */
function hasBody(request: Request): boolean {
  if (request.headers.has("transfer-encoding")) return true;
  return Number(request.headers.get("content-length") ?? "0") > 0;
}

function isAllowedBodyType(contentType: string | null): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return BODY_TYPES.includes(mediaType);
}

/**
 * Refuses a state-changing request that another site made the browser send, or whose body is not JSON or multipart.
 * @throws AppError 403 CROSS_SITE_REQUEST or 403 UNSUPPORTED_BODY_TYPE
 */
export function refuseCrossSiteRequest(request: Request): void {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return;
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if ((site !== null && !OWN_SITE_VALUES.has(site)) || (origin !== null && !isOwnOrigin(origin, request))) {
    throw new AppError(CROSS_SITE_CODE, "This request came from another site. Make changes from CalMiner's own pages or the API.", { status: 403 });
  }
  if (hasBody(request) && !isAllowedBodyType(request.headers.get("content-type"))) {
    throw new AppError(BODY_TYPE_CODE, "Send the body as application/json (or multipart/form-data for a file import).", { status: 403 });
  }
}
