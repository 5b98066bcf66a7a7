import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { selectRows } from "../select-rows";
import { effectiveRowsCte, scenarioChainCte } from "./sql";

// The planned side of the operations dashboard, per period of the scenario's EFFECTIVE inputs (inheritance resolved
// in SQL): calendar year = start year + period (period 0 = first construction year).

export type ScenarioRef = { organisationId: string; scenarioId: string };
/** Calendar years to keep, inclusive; null = unbounded. */
export type YearRange = { fromYear: number | null; toYear: number | null };
export type PlanRange = { startYear: number; range: YearRange };

export type ScenarioDisplaySettings = { startYear: number | null; currency: string | null; gradeUnit: string | null };

/** Quantity and cost of one resource (type and unit) in one period. */
export type ConsumptionRow = { resourceType: string; unit: string; period: number; year: number; quantity: number; cost: number };

export type ProductionRow = {
  period: number;
  year: number;
  oreMinedT: number;
  wasteMinedT: number;
  oreProcessedT: number;
  /** In the scenario's grade unit. */
  headGrade: number;
  recoveryPct: number;
};

function nearest(column: string): SQL {
  // The nearest non-null value up the chain: the inherited-setting rule of db/schema/scenario-settings.ts.
  return sql`(array_agg(s.${sql.raw(column)} ORDER BY c.depth) FILTER (WHERE s.${sql.raw(column)} IS NOT NULL))[1]`;
}

/** The scenario's effective start year, currency and grade unit (nulls when the scenario is not in the organisation). */
export async function getScenarioDisplaySettings(db: DbOrTx, ref: ScenarioRef): Promise<ScenarioDisplaySettings> {
  const [row] = await selectRows<ScenarioDisplaySettings>(
    db,
    sql`WITH RECURSIVE ${scenarioChainCte(ref)}
        SELECT ${nearest("start_year")} AS "startYear", ${nearest("currency")}::text AS currency,
               ${nearest("grade_unit")}::text AS "gradeUnit"
          FROM chain c JOIN scenarios s ON s.id = c.id`,
  );
  return row ?? { startYear: null, currency: null, gradeUnit: null };
}

function yearFilter(periodColumn: SQL, startYear: number, range: YearRange): SQL {
  const from = range.fromYear === null ? sql`` : sql` AND ${startYear} + ${periodColumn} >= ${range.fromYear}`;
  const to = range.toYear === null ? sql`` : sql` AND ${startYear} + ${periodColumn} <= ${range.toYear}`;
  return sql`${from}${to}`;
}

/**
 * Consumption by resource type and unit per period: quantity = rate per tonne × ore processed that period, or the
 * fixed quantity per period; cost = quantity × unit price × (1 + escalation)^(period − start period). Over the
 * periods of the production schedule within each item's start..end (end NULL = to the last period).
 */
export async function aggregateConsumption(db: DbOrTx, ref: ScenarioRef, { startYear, range }: PlanRange): Promise<ConsumptionRow[]> {
  return selectRows<ConsumptionRow>(
    db,
    sql`WITH RECURSIVE ${scenarioChainCte(ref)}, ${effectiveRowsCte("items", "consumption")},
             ${effectiveRowsCte("schedule", "production")},
             used AS (
               SELECT i.resource_type::text AS resource_type, i.unit, p.period,
                      coalesce(i.quantity_per_period, i.rate_per_tonne_processed * p.ore_processed_t)::float8 AS quantity,
                      i.unit_price::float8 AS unit_price,
                      power(1 + i.escalation_pct::float8 / 100, p.period - i.start_period) AS escalation
                 FROM items i JOIN schedule p
                   ON p.period >= i.start_period AND (i.end_period IS NULL OR p.period <= i.end_period)
                WHERE true ${yearFilter(sql`p.period`, startYear, range)})
        SELECT resource_type AS "resourceType", unit, period, (${startYear} + period)::int AS year,
               sum(quantity)::float8 AS quantity, sum(quantity * unit_price * escalation)::float8 AS cost
          FROM used GROUP BY resource_type, unit, period ORDER BY resource_type, unit, period`,
  );
}

/** The production schedule per period: tonnages, head grade (scenario grade unit) and recovery %. */
export async function listProduction(db: DbOrTx, ref: ScenarioRef, { startYear, range }: PlanRange): Promise<ProductionRow[]> {
  return selectRows<ProductionRow>(
    db,
    sql`WITH RECURSIVE ${scenarioChainCte(ref)}, ${effectiveRowsCte("schedule", "production")}
        SELECT period, (${startYear} + period)::int AS year, ore_mined_t::float8 AS "oreMinedT",
               waste_mined_t::float8 AS "wasteMinedT", ore_processed_t::float8 AS "oreProcessedT",
               head_grade::float8 AS "headGrade", recovery_pct::float8 AS "recoveryPct"
          FROM schedule WHERE true ${yearFilter(sql`period`, startYear, range)}
         ORDER BY period`,
  );
}
