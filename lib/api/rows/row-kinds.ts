import * as capex from "@/lib/validation/rows/capex";
import * as consumption from "@/lib/validation/rows/consumption";
import * as equipment from "@/lib/validation/rows/equipment";
import * as opex from "@/lib/validation/rows/opex";
import * as parameter from "@/lib/validation/rows/parameter";
import * as production from "@/lib/validation/rows/production";
import { defineRowKind, overlapsPeriods, type RowKind } from "./row-kind";

// The six kinds of scenario input rows served by the shared routes of ./row-routes.ts.

export const ROW_KINDS = {
  parameters: defineRowKind({
    segment: "parameters",
    entity: "parameter",
    label: "process parameter",
    fieldsSchema: parameter.parameterFieldsSchema,
    createSchema: parameter.createParameterSchema,
    updateSchema: parameter.updateParameterSchema,
    bulkRowSchema: parameter.bulkParameterRowSchema,
    listQuerySchema: parameter.listParameterQuerySchema,
    matches: (row, q) =>
      (!q.target || row.target === q.target) &&
      (!q.sampling || row.sampling === q.sampling) &&
      (!q.stochastic || (row.distribution !== null) === (q.stochastic === "true")),
  }),
  production: defineRowKind({
    segment: "production",
    entity: "production",
    label: "production period",
    fieldsSchema: production.productionFieldsSchema,
    createSchema: production.createProductionSchema,
    updateSchema: production.updateProductionSchema,
    bulkRowSchema: production.bulkProductionRowSchema,
    listQuerySchema: production.listProductionQuerySchema,
    matches: (row, q) => overlapsPeriods(row.period, row.period, q),
  }),
  capex: defineRowKind({
    segment: "capex",
    entity: "capex",
    label: "capex item",
    fieldsSchema: capex.capexFieldsSchema,
    createSchema: capex.createCapexSchema,
    updateSchema: capex.updateCapexSchema,
    bulkRowSchema: capex.bulkCapexRowSchema,
    listQuerySchema: capex.listCapexQuerySchema,
    matches: (row, q) =>
      (!q.category || row.category === q.category) &&
      (!q.kind || row.kind === q.kind) &&
      overlapsPeriods(row.spendPeriod, row.spendPeriod, q),
  }),
  opex: defineRowKind({
    segment: "opex",
    entity: "opex",
    label: "opex item",
    fieldsSchema: opex.opexFieldsSchema,
    createSchema: opex.createOpexSchema,
    updateSchema: opex.updateOpexSchema,
    bulkRowSchema: opex.bulkOpexRowSchema,
    listQuerySchema: opex.listOpexQuerySchema,
    matches: (row, q) =>
      (!q.category || row.category === q.category) &&
      (!q.basis || row.basis === q.basis) &&
      overlapsPeriods(row.startPeriod, row.endPeriod, q),
  }),
  consumption: defineRowKind({
    segment: "consumption",
    entity: "consumption",
    label: "consumption item",
    fieldsSchema: consumption.consumptionFieldsSchema,
    createSchema: consumption.createConsumptionSchema,
    updateSchema: consumption.updateConsumptionSchema,
    bulkRowSchema: consumption.bulkConsumptionRowSchema,
    listQuerySchema: consumption.listConsumptionQuerySchema,
    matches: (row, q) =>
      (!q.resourceType || row.resourceType === q.resourceType) &&
      overlapsPeriods(row.startPeriod, row.endPeriod, q),
  }),
  equipment: defineRowKind({
    segment: "equipment",
    entity: "equipment",
    label: "equipment line",
    fieldsSchema: equipment.equipmentFieldsSchema,
    createSchema: equipment.createEquipmentSchema,
    updateSchema: equipment.updateEquipmentSchema,
    bulkRowSchema: equipment.bulkEquipmentRowSchema,
    listQuerySchema: equipment.listEquipmentQuerySchema,
    matches: (row, q) => !q.equipmentType || row.equipmentType === q.equipmentType,
  }),
} satisfies Record<string, RowKind>;

export type RowSegment = keyof typeof ROW_KINDS;
