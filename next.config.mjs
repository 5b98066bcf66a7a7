// Importing env here validates the configuration at build and at start: a bad variable fails fast.
import "./lib/env.mjs";
import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "./lib/observability/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server (.next/standalone) for the container image: see Dockerfile and deploy/.
  output: "standalone",
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

export default nextConfig;
