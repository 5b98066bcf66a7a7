import { sql, type SQL } from "drizzle-orm";
import type { ScenarioRowEntity } from "@/lib/domain/inputs";
import { MAX_SCENARIO_DEPTH } from "../scenario-inheritance";

// Raw-SQL helpers of the dashboard aggregates: numeric columns are cast to float8 and counts to int in the
// queries, so both drivers (postgres.js and PGlite) return plain numbers.

/** The ISO string of a timestamp read through raw SQL (a Date from postgres.js, a Date or string from PGlite). */
export function toIso(value: Date | string | null): string | null {
  if (value === null) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** `(a, b, …)`: a list of bound values for `IN`. */
export function inList(values: readonly string[]): SQL {
  return sql`(${sql.join(values.map((value) => sql`${value}`), sql`, `)})`;
}

/**
 * `chain(id, depth)`: the scenario (depth 0) and its ancestors (1 = parent, …), only when the scenario belongs
 * to the organisation. Use as the first member of a `WITH RECURSIVE`.
 */
export function scenarioChainCte({ organisationId, scenarioId }: { organisationId: string; scenarioId: string }): SQL {
  return sql`chain(id, parent_id, depth) AS (
    SELECT s.id, s.parent_scenario_id, 0
      FROM scenarios s JOIN projects p ON p.id = s.project_id
     WHERE s.id = ${scenarioId} AND p.organisation_id = ${organisationId}
    UNION
    SELECT a.id, a.parent_scenario_id, c.depth + 1
      FROM scenarios a JOIN chain c ON a.id = c.parent_id
     WHERE c.depth < ${MAX_SCENARIO_DEPTH})`;
}

const ROW_TABLE_NAMES = {
  parameter: "process_parameters",
  production: "production_outputs",
  capex: "capex_items",
  opex: "opex_items",
  consumption: "consumption_items",
  equipment: "equipment",
  product: "scenario_products",
} as const satisfies Record<ScenarioRowEntity, string>;

/**
 * `<name>`: the effective rows of one kind for the chain's scenario (the lineage rule of db/schema/scenario-rows.ts
 * in SQL): a row stored at depth d wins unless a nearer scenario (depth < d) has a row of the same lineage or
 * removes that lineage. Needs `chain` from scenarioChainCte.
 */
export function effectiveRowsCte(name: string, entity: ScenarioRowEntity): SQL {
  const table = sql.raw(ROW_TABLE_NAMES[entity]);
  return sql`${sql.raw(name)} AS (
    SELECT r.* FROM ${table} r JOIN chain c ON c.id = r.scenario_id
     WHERE NOT EXISTS (
             SELECT 1 FROM ${table} n JOIN chain nc ON nc.id = n.scenario_id
              WHERE n.lineage_id = r.lineage_id AND nc.depth < c.depth)
       AND NOT EXISTS (
             SELECT 1 FROM scenario_row_removals x JOIN chain xc ON xc.id = x.scenario_id
              WHERE x.entity = ${entity} AND x.lineage_id = r.lineage_id AND xc.depth < c.depth))`;
}
