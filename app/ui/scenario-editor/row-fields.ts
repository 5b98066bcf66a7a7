import type { GridRow, GridRowOrigin } from "./grid/types";
import { toCellText } from "./grid/cell-values";

// Which fields of each kind of input row are grid columns and which travel with the row unseen. Shared by the
// server (to build the grid's rows) and the client tables (whose column keys must be these).

export const ROW_TABLE_FIELDS = {
  production: { columns: ["period", "oreMinedT", "wasteMinedT", "oreProcessedT", "headGrade", "recoveryPct"], extra: [] },
  capex: { columns: ["name", "category", "kind", "amount", "spendPeriod", "contingencyPct"], extra: ["currency", "description"] },
  opex: { columns: ["name", "category", "basis", "unitCost", "quantity", "startPeriod", "endPeriod", "escalationPct"], extra: ["description"] },
  consumption: {
    columns: ["resourceType", "name", "unit", "ratePerTonneProcessed", "quantityPerPeriod", "unitPrice", "startPeriod", "endPeriod", "escalationPct"],
    extra: [],
  },
  equipment: {
    columns: ["name", "equipmentType", "quantity", "purchaseCost", "operatingCostPerHour", "purchasePeriod", "hoursPerYear", "lifeYears", "availabilityPct"],
    extra: [],
  },
  // headGradeByYear travels as a list (its column's editor shows and parses the text: head-grade-schedule-cell.tsx).
  products: {
    columns: [
      "name", "role", "gradeUnit", "headGrade", "recoveryPct", "priceUnit", "price", "priceDeckId", "payablePct", "refiningChargePerUnit", "premiumPerUnit",
      "concentrateGradePct", "treatmentChargePerDmt", "concentrateMoisturePct", "moisturePenaltyThresholdPct", "moisturePenaltyPerDmtPerPct",
      "impurityContentPct", "impurityPenaltyThresholdPct", "impurityPenaltyPerDmtPerPct",
    ],
    extra: ["headGradeByYear"],
  },
  // targetRef travels unseen: its column shows the referenced item's name (tables/target-ref-cell.tsx), never the id.
  parameters: {
    columns: ["name", "target", "application", "baseValue", "unit", "sampling"],
    extra: ["targetRef", "distribution", "description"],
  },
} as const;

export type RowTableKind = keyof typeof ROW_TABLE_FIELDS;

/** An effective row as the inheritance resolver returns it (any kind). */
export type EffectiveRowEntry = {
  origin: "own" | "inherited" | "overridden";
  sourceScenarioId: string;
  row: { lineageId: string } & Record<string, unknown>;
};

/**
 * Turns effective rows into the grid's rows: cell text for the columns, the other saved fields as `extra`, and
 * the origin with the name of the scenario an inherited row comes from.
 */
export function toGridRows(kind: RowTableKind, entries: readonly EffectiveRowEntry[], scenarioNames: ReadonlyMap<string, string>): GridRow[] {
  const fields = ROW_TABLE_FIELDS[kind];
  return entries.map(({ origin, sourceScenarioId, row }) => {
    const values = Object.fromEntries(fields.columns.map((key) => [key, toCellText(row[key])]));
    const extra = Object.fromEntries(fields.extra.map((key) => [key, row[key] ?? null]));
    const gridOrigin: GridRowOrigin = origin;
    return {
      key: row.lineageId,
      lineageId: row.lineageId,
      origin: gridOrigin,
      savedOrigin: gridOrigin,
      sourceName: origin === "inherited" ? scenarioNames.get(sourceScenarioId) : undefined,
      values,
      extra,
      savedValues: values,
      savedExtra: extra,
    };
  });
}

let newRowCounter = 0;

/** A row added in the editor: no lineage id yet (the API gives it one on save). */
export function createNewRow(values: Record<string, string>, extra: Record<string, unknown> = {}): GridRow {
  newRowCounter += 1;
  return { key: `new-${Date.now().toString(36)}-${newRowCounter}`, origin: "new", savedOrigin: "new", values, extra, savedValues: values, savedExtra: extra };
}
