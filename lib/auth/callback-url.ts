export const DEFAULT_SIGNED_IN_PATH = "/dashboard";

const BASE = "http://calminer.invalid";

/**
 * A same-origin relative path to return to after signing in, or the dashboard. Rejects absolute URLs,
 * protocol-relative ("//evil") and backslash tricks ("/\\evil"), and the sign-in page itself.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return DEFAULT_SIGNED_IN_PATH;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return DEFAULT_SIGNED_IN_PATH;
  if (/[\u0000-\u001f\u007f]/.test(value)) return DEFAULT_SIGNED_IN_PATH;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return DEFAULT_SIGNED_IN_PATH;
  }
  if (url.origin !== BASE) return DEFAULT_SIGNED_IN_PATH;
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/api/")) return DEFAULT_SIGNED_IN_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}
