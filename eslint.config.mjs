import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";

/** What the two pure layers (lib/engine, lib/domain) may not import beyond their layer rules. */
const PURE_FORBIDDEN = ["@/lib/env.mjs", "@/lib/errors", "**/lib/env.mjs", "**/lib/errors"];
const ENGINE_FORBIDDEN = ["next", "next/*", "react", "react/*", "react-dom", "@/db", "@/db/*", "@/lib/auth", "@/lib/auth/*", "drizzle-orm", "drizzle-orm/*", "next-auth", "next-auth/*", "postgres", "@electric-sql/*", "redis", "@upstash/*"];

// The layers, top to bottom (docs/architecture.md). Data flows one way: app -> lib services -> lib platform -> db.
// First match wins, so the narrower patterns come first.
const LAYERS = [
  { type: "engine", pattern: "lib/engine" },
  { type: "domain", pattern: "lib/domain" },
  // lib/env.mjs and lib/errors.ts belong to this layer too, but element patterns match folders only: the two files
  // stay unclassified (every layer may import them) and the pure layers refuse them below (PURE_FORBIDDEN).
  { type: "process", pattern: "lib/process" },
  { type: "contracts", pattern: ["lib/http/contracts", "lib/validation"] },
  { type: "client", pattern: "lib/client" },
  { type: "platform", pattern: ["lib/http", "lib/auth", "lib/cache", "lib/observability", "lib/access", "lib/health"] },
  { type: "service", pattern: "lib/*", capture: ["feature"] },
  { type: "db-schema", pattern: "db/schema" },
  { type: "db-queries", pattern: "db/queries" },
  // The client (index.ts, client.ts), migrations and the seed scripts.
  { type: "db-client", pattern: "db" },
  { type: "ui", pattern: "app/ui" },
  { type: "app", pattern: "app" },
];

const canImport = (from, to) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } });
const PURE = ["domain", "process"];
const DB = ["db-schema", "db-queries", "db-client"];
const LAYER_POLICIES = [
  canImport("engine", ["engine", "domain"]),
  canImport("domain", ["domain"]),
  canImport("process", PURE),
  canImport("contracts", ["contracts", "engine", ...PURE]),
  canImport("client", ["client", "contracts", ...PURE]),
  canImport("db-schema", ["db-schema", "domain"]),
  canImport("db-queries", [...DB, ...PURE]),
  // The seed hashes its demo passwords with lib/auth/password.
  canImport("db-client", [...DB, "platform", ...PURE]),
  canImport("platform", ["platform", "contracts", "engine", ...DB, ...PURE]),
  canImport("service", ["service", "platform", "contracts", "engine", ...DB, ...PURE]),
  // Components take props: no database, no services; server actions and pure helpers only.
  canImport("ui", ["ui", "client", "contracts", "engine", ...PURE]),
  { from: { element: { type: "ui" } }, allow: { to: { element: { type: "platform" }, file: { path: ["lib/auth/actions.ts", "lib/auth/roles.ts", "lib/auth/types.ts"] } } } },
  { from: { element: { type: "ui" } }, allow: { dependency: { kind: "type" }, to: { element: { type: "service" } } } },
  // Pages and routes call services (and the route wrapper, sessions); never the database.
  canImport("app", ["app", "ui", "service", "platform", "client", "contracts", ...PURE]),
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-worker/**", "node_modules/**", "drizzle/**", ".data/**", "next-env.d.ts", "playwright-report/**", "test-results/**", "bench/python/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through lib/env.mjs; it is the only reader of process.env.",
        },
      ],
    },
  },
  {
    files: ["lib/env.mjs", "instrumentation.ts", "playwright.config.ts", "e2e/**", "tests/**", "bench/**", "db/*-cli.ts", "drizzle.config.ts", "vitest.config.mts"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // No components or hooks live here (lib/auth/session.ts imports only React's `cache`): the React rules would
    // only cost time (static-components alone was 40 % of a lint run).
    files: ["lib/**", "db/**", "bench/**", "tests/**", "deploy/**", "e2e/**"],
    rules: Object.fromEntries(
      // (The React Compiler rules are off everywhere, below.)
      ["rules-of-hooks", "exhaustive-deps"]
        .map((rule) => [`react-hooks/${rule}`, "off"])
        .concat(["display-name", "no-direct-mutation-state", "require-render-return", "no-deprecated"].map((rule) => [`react/${rule}`, "off"])),
    ),
  },
  {
    // Tests set up their environment and use vitest helpers named use*, which are not React hooks.
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-syntax": "off", "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["app/**", "lib/**", "db/**"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": LAYERS,
      "boundaries/include": ["app/**", "lib/**", "db/**"],
      "import/resolver": { typescript: { alwaysTryTypes: true } },
    },
    rules: { "boundaries/dependencies": ["error", { default: "disallow", policies: LAYER_POLICIES }] },
  },
  {
    // The React Compiler rules of eslint-plugin-react-hooks compile every component (about 7 s, 30 % of a lint run
    // on 190 components) to judge it as the compiler would. next.config.mjs does not enable the React Compiler, and
    // lint must stay within its 25 s budget (26-28 s with them on this 2-core machine), so they are off; the rules of
    // hooks and exhaustive deps stay on. Turn them back on with the compiler.
    rules: Object.fromEntries(
      ["static-components", "use-memo", "purity", "refs", "set-state-in-effect", "immutability", "globals", "incompatible-library", "preserve-manual-memoization", "unsupported-syntax", "config", "error-boundaries", "gating", "set-state-in-render", "component-hook-factories"]
        .map((rule) => [`react-hooks/${rule}`, "off"]),
    ),
  },
  {
    // The engine is pure: no framework, database, cache or auth code may leak into it.
    files: ["lib/engine/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...ENGINE_FORBIDDEN.map((group) => [group]), PURE_FORBIDDEN].map((group) => ({ group, message: "lib/engine must stay pure TypeScript (see lib/engine/README.md)." })) }],
    },
  },
  {
    // The vocabulary imports nothing: the browser bundle and the schema share it.
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: PURE_FORBIDDEN, message: "lib/domain imports nothing (docs/architecture.md)." }] }],
    },
  },
];

export default config;
