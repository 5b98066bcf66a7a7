import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layer rules (eslint.config.mjs, docs/architecture.md) are enforced by lint. These cases prove the rule
// fires: each deliberate violation, linted as if it were a file at that path, must be refused, and each allowed
// import must pass. A broken rule configuration would otherwise pass lint silently.

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [probe];\n`, { filePath });
  // The pure layers' ban on lib/env.mjs and lib/errors is a no-restricted-imports rule (files, not folders).
  const layerRules = ["boundaries/dependencies", "no-restricted-imports"];
  return (result?.messages ?? []).filter((m) => layerRules.includes(m.ruleId ?? "")).map((m) => m.message);
}

const REFUSED: [string, string, string][] = [
  ["a component reads the database", "app/ui/probe/probe.tsx", 'import { getDb as probe } from "@/db";'],
  ["a page queries SQL directly", "app/(dashboard)/probe/page.tsx", 'import { findOwner as probe } from "@/db/queries/owners";'],
  ["a route calls the engine directly", "app/api/probe/route.ts", 'import { npv as probe } from "@/lib/engine/finance";'],
  ["the data layer imports the cache", "db/queries/probe.ts", 'import { getCache as probe } from "@/lib/cache";'],
  ["the data layer imports a service", "db/queries/probe.ts", 'import { write as probe } from "@/lib/writes";'],
  ["the schema imports the data layer", "db/schema/probe.ts", 'import { findOwner as probe } from "@/db/queries/owners";'],
  ["the engine imports the vocabulary's neighbours", "lib/engine/probe.ts", 'import { AppError as probe } from "@/lib/errors";'],
  ["the vocabulary imports anything", "lib/domain/probe.ts", 'import { AppError as probe } from "@/lib/errors";'],
  ["a contract imports the platform", "lib/http/contracts/probe.ts", 'import { handle as probe } from "@/lib/http/handle";'],
  ["the platform imports a service", "lib/auth/probe.ts", 'import { write as probe } from "@/lib/writes";'],
];

const ALLOWED: [string, string, string][] = [
  ["a route uses the route wrapper", "app/api/probe/route.ts", 'import { handle as probe } from "@/lib/http/handle";'],
  ["a service writes through the data layer", "lib/writes/probe.ts", 'import { recordAudit as probe } from "@/db/queries/audit";'],
  ["the data layer raises an AppError", "db/queries/probe.ts", 'import { AppError as probe } from "@/lib/errors";'],
  ["a component uses the vocabulary", "app/ui/probe/probe.tsx", 'import { ROLES as probe } from "@/lib/domain/roles";'],
];

describe("layer rules", () => {
  it.each(REFUSED)("refuse: %s", async (_name, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toHaveLength(1);
  });

  it.each(ALLOWED)("allow: %s", async (_name, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
