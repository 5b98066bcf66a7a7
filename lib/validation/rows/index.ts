import type { z } from "zod";
import type { ScenarioRowEntity } from "@/lib/domain/row-kinds";
import * as capex from "./capex";
import type { RowOrigin } from "./common";
import * as consumption from "./consumption";
import * as equipment from "./equipment";
import * as opex from "./opex";
import * as parameter from "./parameter";
import * as product from "./product";
import * as production from "./production";

// The zod schemas of each kind of scenario input row, by kind (lib/domain/row-kinds.ts names the kinds). The row
// API's contracts, the rows service and the import all validate with these, so they accept exactly the same rows.

/** A row's caller-settable values, as validated (without its identity and bookkeeping columns). */
export type RowValues = Record<string, unknown>;

/** The query every effective-row list accepts; kinds add their filters and sort fields. */
export type RowListQuery = {
  page: number;
  pageSize: number;
  origin?: RowOrigin;
  sort: string;
  order: "asc" | "desc";
};

export type RowSchemas = {
  /** The caller-settable columns (documents the row in OpenAPI). */
  fields: z.ZodObject;
  /** A complete row as created (defaults applied); also checks a patch merged into a stored row. */
  create: z.ZodType<RowValues>;
  update: z.ZodType<RowValues & { version: number }>;
  /** One row of a bulk replace: a complete row, with the lineage id of the row it keeps. */
  bulkRow: z.ZodType<RowValues & { lineageId?: string }>;
  listQuery: z.ZodType<RowListQuery>;
};

export const ROW_SCHEMAS = {
  parameter: {
    fields: parameter.parameterFieldsSchema,
    create: parameter.createParameterSchema,
    update: parameter.updateParameterSchema,
    bulkRow: parameter.bulkParameterRowSchema,
    listQuery: parameter.listParameterQuerySchema,
  },
  production: {
    fields: production.productionFieldsSchema,
    create: production.createProductionSchema,
    update: production.updateProductionSchema,
    bulkRow: production.bulkProductionRowSchema,
    listQuery: production.listProductionQuerySchema,
  },
  capex: {
    fields: capex.capexFieldsSchema,
    create: capex.createCapexSchema,
    update: capex.updateCapexSchema,
    bulkRow: capex.bulkCapexRowSchema,
    listQuery: capex.listCapexQuerySchema,
  },
  opex: {
    fields: opex.opexFieldsSchema,
    create: opex.createOpexSchema,
    update: opex.updateOpexSchema,
    bulkRow: opex.bulkOpexRowSchema,
    listQuery: opex.listOpexQuerySchema,
  },
  consumption: {
    fields: consumption.consumptionFieldsSchema,
    create: consumption.createConsumptionSchema,
    update: consumption.updateConsumptionSchema,
    bulkRow: consumption.bulkConsumptionRowSchema,
    listQuery: consumption.listConsumptionQuerySchema,
  },
  equipment: {
    fields: equipment.equipmentFieldsSchema,
    create: equipment.createEquipmentSchema,
    update: equipment.updateEquipmentSchema,
    bulkRow: equipment.bulkEquipmentRowSchema,
    listQuery: equipment.listEquipmentQuerySchema,
  },
  product: {
    fields: product.productFieldsSchema,
    create: product.createProductSchema,
    update: product.updateProductSchema,
    bulkRow: product.bulkProductRowSchema,
    listQuery: product.listProductQuerySchema,
  },
} satisfies Record<ScenarioRowEntity, RowSchemas>;

/** The list query of each kind, typed by the kind (for the kind's own filters). */
export type RowListQueryOf = {
  [E in ScenarioRowEntity]: z.infer<(typeof ROW_SCHEMAS)[E]["listQuery"]>;
};
