import { describe, expect, it } from "vitest";
import {
  API_CONTENT_SECURITY_POLICY,
  STATIC_SECURITY_HEADERS,
  createNonce,
  pageContentSecurityPolicy,
  runtimeSecurityHeaders,
} from "./security-headers.mjs";
import nextConfig from "@/next.config.mjs";
import { config as proxyConfig } from "@/proxy";

const PRODUCTION = { isDevelopment: false, isProduction: true };
const DEVELOPMENT = { isDevelopment: true, isProduction: false };

function directive(policy: string, name: string): string | undefined {
  return policy.split("; ").find((d) => d.startsWith(`${name} `));
}

describe("security headers", () => {
  it("gives every page a fresh nonce and allows no inline script or eval in production", () => {
    const [a, b] = [createNonce(), createNonce()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const policy = pageContentSecurityPolicy(a, PRODUCTION);
    expect(directive(policy, "script-src")).toBe(`script-src 'self' 'nonce-${a}' 'strict-dynamic'`);
    expect(directive(policy, "style-src")).toBe(`style-src 'self' 'nonce-${a}'`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("allows eval and inline styles only in development, where React and hot reload need them", () => {
    const policy = pageContentSecurityPolicy("n0nce", DEVELOPMENT);
    expect(directive(policy, "script-src")).toContain("'unsafe-eval'");
    expect(directive(policy, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("gives API responses a policy that loads nothing and cannot be framed (next.config.mjs, not the proxy)", async () => {
    expect(API_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; frame-ancestors 'none'");
    const rules = (await (await nextConfig("phase-production-server")).headers?.()) ?? [];
    const api = rules.find((rule) => rule.source === "/api/:path*");
    expect(api?.headers).toEqual([{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }]);
    expect(proxyConfig.matcher.some((pattern) => new RegExp(`^${pattern}$`).test("/api/health"))).toBe(false);
    expect(proxyConfig.matcher.some((pattern) => new RegExp(`^${pattern}$`).test("/dashboard"))).toBe(true);
  });

  it("adds HSTS in production only", () => {
    expect(runtimeSecurityHeaders({ kind: "page", nonce: "x" }, PRODUCTION)["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
    expect(runtimeSecurityHeaders({ kind: "page", nonce: "x" }, DEVELOPMENT)["Strict-Transport-Security"]).toBeUndefined();
  });

  it("sends nosniff, a referrer policy, a permissions policy and a frame ban on every response", () => {
    const keys = STATIC_SECURITY_HEADERS.map((h) => h.key);
    expect(keys).toEqual(expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options"]));
    expect(STATIC_SECURITY_HEADERS.find((h) => h.key === "Permissions-Policy")?.value).not.toContain("interest-cohort");
  });
});
