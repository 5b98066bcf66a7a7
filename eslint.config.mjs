import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const ENGINE_FORBIDDEN = ["next", "next/*", "react", "react/*", "react-dom", "@/db", "@/db/*", "@/lib/auth", "@/lib/auth/*", "drizzle-orm", "drizzle-orm/*", "next-auth", "next-auth/*", "postgres", "@electric-sql/*", "redis", "@upstash/*"];

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
    // Tests set up their environment and use vitest helpers named use*, which are not React hooks.
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-syntax": "off", "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The engine is pure: no framework, database, cache or auth code may leak into it.
    files: ["lib/engine/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ENGINE_FORBIDDEN.map((group) => ({ group: [group], message: "lib/engine must stay pure TypeScript (see lib/engine/README.md)." })) }],
    },
  },
];

export default config;
