import type { z } from "zod";
import type { ApiRow } from "@/db/queries/rows/row-state";
import type { RowFields } from "@/db/queries/rows/tables";
import type { ScenarioRowByEntity } from "@/db/queries/scenario-inheritance";
import type { ScenarioRowEntity } from "@/lib/domain/inputs";
import type { RowOrigin } from "@/lib/validation/rows/common";

/** The query every effective-row list accepts; kinds add their filters and sort fields. */
export type RowListQuery = {
  page: number;
  pageSize: number;
  origin?: RowOrigin;
  sort: string;
  order: "asc" | "desc";
};

/** Everything the shared row routes need to know about one kind of scenario input row. */
export type RowKind = {
  /** URL segment under /api/scenarios/{scenarioId}/. */
  segment: string;
  entity: ScenarioRowEntity;
  /** Singular, lower case, for messages and docs: "capex item". */
  label: string;
  /** The caller-settable columns (documents the row in OpenAPI). */
  fieldsSchema: z.ZodObject;
  createSchema: z.ZodType<RowFields>;
  updateSchema: z.ZodType<RowFields & { version: number }>;
  bulkRowSchema: z.ZodType<RowFields & { lineageId?: string }>;
  listQuerySchema: z.ZodType<RowListQuery>;
  /** The kind's list filters (origin, pagination and sorting are shared). */
  matches: (row: ApiRow, query: RowListQuery) => boolean;
};

/**
 * Declares a row kind with its filter typed by the kind's own row and query; the shared code sees the erased
 * `RowKind`. The casts are sound because the routes only ever pass rows of `entity` and queries parsed by
 * `listQuerySchema`.
 */
export function defineRowKind<E extends ScenarioRowEntity, Q extends RowListQuery>(
  kind: Omit<RowKind, "entity" | "listQuerySchema" | "matches"> & {
    entity: E;
    listQuerySchema: z.ZodType<Q>;
    matches: (row: ScenarioRowByEntity[E], query: Q) => boolean;
  },
): RowKind {
  return {
    ...kind,
    matches: (row, query) => kind.matches(row as unknown as ScenarioRowByEntity[E], query as Q),
  };
}

/** Inclusive overlap of a row's active periods with the query's range (open ends allowed). */
export function overlapsPeriods(
  start: number,
  end: number | null,
  { fromPeriod, toPeriod }: { fromPeriod?: number; toPeriod?: number },
): boolean {
  return (
    (toPeriod === undefined || start <= toPeriod) &&
    (fromPeriod === undefined || end === null || end >= fromPeriod)
  );
}
