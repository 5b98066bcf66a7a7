import type { ScenarioRowByEntity } from "@/db/queries/scenario-inheritance";
import { ROW_KIND_VOCABULARY, SCENARIO_ROW_ENTITIES, type RowKindVocabulary, type ScenarioRowEntity } from "@/lib/domain/row-kinds";
import { productNameKey } from "./product-names";
import { ROW_SCHEMAS, type RowListQuery, type RowListQueryOf, type RowSchemas } from "@/lib/validation/rows";

// Each kind of scenario input row as the rows service sees it: its vocabulary (lib/domain/row-kinds.ts), its
// schemas (lib/validation/rows) and its list filters, which are the only part defined here.

export type RowKind = RowKindVocabulary & RowSchemas & {
  entity: ScenarioRowEntity;
  /** The kind's list filters (origin, pagination and sorting are shared). */
  matches: (row: ScenarioRowByEntity[ScenarioRowEntity], query: RowListQuery) => boolean;
};

type RowFilters = { [E in ScenarioRowEntity]: (row: ScenarioRowByEntity[E], query: RowListQueryOf[E]) => boolean };

/** Inclusive overlap of a row's active periods with the query's range (open ends allowed). */
export function overlapsPeriods(start: number, end: number | null, { fromPeriod, toPeriod }: { fromPeriod?: number; toPeriod?: number }): boolean {
  return (toPeriod === undefined || start <= toPeriod) && (fromPeriod === undefined || end === null || end >= fromPeriod);
}

const ROW_FILTERS: RowFilters = {
  parameter: (row, q) =>
    (!q.target || row.target === q.target) &&
    (!q.sampling || row.sampling === q.sampling) &&
    (!q.stochastic || (row.distribution !== null) === (q.stochastic === "true")),
  production: (row, q) => overlapsPeriods(row.period, row.period, q),
  capex: (row, q) => (!q.category || row.category === q.category) && (!q.kind || row.kind === q.kind) && overlapsPeriods(row.spendPeriod, row.spendPeriod, q),
  opex: (row, q) => (!q.category || row.category === q.category) && (!q.basis || row.basis === q.basis) && overlapsPeriods(row.startPeriod, row.endPeriod, q),
  consumption: (row, q) => (!q.resourceType || row.resourceType === q.resourceType) && overlapsPeriods(row.startPeriod, row.endPeriod, q),
  equipment: (row, q) => !q.equipmentType || row.equipmentType === q.equipmentType,
  product: (row, q) => !q.role || row.role === q.role,
};

/**
 * The kind of `entity`, its filter erased to the shared row and query types. The cast is sound: the service only
 * passes it rows of `entity` and queries parsed by the kind's listQuery schema.
 */
function defineRowKind<E extends ScenarioRowEntity>(entity: E): RowKind {
  const matches = ROW_FILTERS[entity] as unknown as RowKind["matches"];
  return { entity, ...ROW_KIND_VOCABULARY[entity], ...ROW_SCHEMAS[entity], matches };
}

/** The form a kind's unique field is compared in: product names trimmed and case-insensitive, others as stored. */
export function uniqueKeyOf(entity: ScenarioRowEntity, value: unknown): unknown {
  return entity === "product" ? productNameKey(value) : value;
}

export const ROW_KINDS = Object.fromEntries(SCENARIO_ROW_ENTITIES.map((entity) => [entity, defineRowKind(entity)])) as Record<
  ScenarioRowEntity,
  RowKind
>;
