import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "./lib/observability/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // .data/ holds the development server's generated AUTH_SECRET and the embedded database. Their paths come from
  // the configuration at run time, so the tracer cannot follow them; this is the second guard, and
  // deploy/check-build-output.mjs (postbuild) the third.
  outputFileTracingExcludes: { "*": [".data/**", ".env*"] },
  // Files read at run time by path, which the tracer cannot follow: playwright-core reads browsers.json when the
  // report route loads it (without it every PDF request answered 500 in the built server).
  // deploy/check-build-output.mjs fails the build when one is missing.
  // (Keys are globs over route paths: "[file]" would be a character class.)
  outputFileTracingIncludes: { "/api/reports/*": ["./node_modules/playwright-core/browsers.json"] },
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  // prom-client and pino keep one module instance per process, so every route shares one metrics registry.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "prom-client", "pino"],
  typedRoutes: false,
  // Headers that never change with the request or the mode. The API's CSP is static too, so API routes skip the
  // proxy (it cost ~40 % of a trivial route's throughput); page CSPs (nonces) are set at run time in proxy.ts,
  // HSTS by proxy.ts for pages and by the production entry (deploy/server.mjs) for every response.
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

/**
 * Validates the configuration at build and at start (lib/env.mjs): a bad variable fails fast. The phase is named
 * first, because a build runs in production mode but serves nobody: the production secrets are checked when the
 * built server starts (Next itself sets NEXT_PHASE only after it has loaded this file).
 */
/** @param {string} phase */
export default async function config(phase) {
  // eslint-disable-next-line no-restricted-syntax -- tells lib/env.mjs, which reads it, that this is a build
  if (phase === PHASE_PRODUCTION_BUILD) process.env.NEXT_PHASE = phase;
  const { env } = await import("./lib/env.mjs");
  // A self-contained server (.next/standalone) for the container image (Dockerfile, deploy/) unless BUILD_OUTPUT=server:
  // `npm run demo` builds for `next start`, which prints a warning newcomers read as an error on a standalone build.
  return env.BUILD_OUTPUT === "server" ? nextConfig : { ...nextConfig, output: "standalone" };
}
