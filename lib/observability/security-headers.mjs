// @ts-check
// Security headers, built in one place. next.config.mjs sends the static ones on every response (pages, API,
// assets); proxy.ts adds what depends on the request or the runtime mode: the page CSP with a fresh nonce,
// the strict API CSP, and HSTS in production (the mode is read at start, not baked in at build time).

/** Sent on every response. frame-ancestors in the CSPs is the modern form of X-Frame-Options. */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Only features browsers recognise: an unknown one is reported as an error in every page's console.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** JSON answers never render: nothing may load from them and nobody may frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Two years, the preload list's minimum; subdomains included since the app owns its host. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** A fresh, unguessable nonce for one page response (128 bits, base64). */
export function createNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page CSP (Next's nonce guide): scripts only from this origin with the request's nonce, and what those
 * load ('strict-dynamic'); Next puts the nonce on its own bootstrap and inline scripts during dynamic rendering.
 * Style attributes stay allowed (React `style={…}` props and Chart.js sizing): they cannot run script.
 * @param {string} nonce
 * @param {{ isDevelopment: boolean; isProduction: boolean }} mode
 */
export function pageContentSecurityPolicy(nonce, mode) {
  const directives = [
    "default-src 'self'",
    // React in development rebuilds server error stacks with eval; production needs no eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${mode.isDevelopment ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${mode.isDevelopment ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (mode.isProduction) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * The headers proxy.ts sets on a page response: its nonce CSP, and HSTS in production. (API routes skip the
 * proxy: their CSP is static, in next.config.mjs; the production entry adds HSTS to every response.)
 * @param {{ kind: "page"; nonce: string }} target
 * @param {{ isDevelopment: boolean; isProduction: boolean }} mode
 * @returns {Record<string, string>}
 */
export function runtimeSecurityHeaders(target, mode) {
  /** @type {Record<string, string>} */
  const headers = { "Content-Security-Policy": pageContentSecurityPolicy(target.nonce, mode) };
  if (mode.isProduction) headers["Strict-Transport-Security"] = HSTS_VALUE;
  return headers;
}
