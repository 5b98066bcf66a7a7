import { MAINTENANCE_TYPES, RESOURCE_TYPES } from "@/lib/domain/inputs";
import { createMaintenanceSchema } from "@/lib/validation/rows/maintenance";
import { column, ROW_ID_COLUMN, rowKindSheet, type KindDefinition } from "../columns";

// Consumption, the equipment fleet and its maintenance logs.

export const CONSUMPTION_KIND = rowKindSheet("consumption", {
  label: "Consumption",
  columns: [
    ROW_ID_COLUMN,
    column("resource_type", "resourceType", "enum", { isRequired: true, values: RESOURCE_TYPES, description: "Kind of resource", example: "reagent" }),
    column("name", "name", "text", { isRequired: true, description: "Item name", example: "Lime" }),
    column("unit", "unit", "text", { isRequired: true, description: "Unit of quantity: kg, L, m3, kWh, …", example: "kg" }),
    column("rate_per_t_processed", "ratePerTonneProcessed", "number", { description: "Units per tonne processed (give this or quantity_per_period)", example: 1.2 }),
    column("quantity_per_period", "quantityPerPeriod", "number", { description: "Units per year, independent of throughput", example: null }),
    column("unit_price_ccy", "unitPrice", "number", { isRequired: true, description: "Price per unit, scenario currency", example: 0.18 }),
    column("start_period", "startPeriod", "integer", { isRequired: true, description: "First project year", example: 1 }),
    column("end_period", "endPeriod", "integer", { description: "Last project year, inclusive (empty: to the end)", example: null }),
    column("escalation_pct_per_year", "escalationPct", "number", { description: "Yearly escalation, −100 to 100 % (empty: 0)", example: 0 }),
  ],
});

export const EQUIPMENT_KIND = rowKindSheet("equipment", {
  label: "Equipment",
  columns: [
    ROW_ID_COLUMN,
    column("name", "name", "text", { isRequired: true, description: "Fleet line name (unique, so maintenance rows can name it)", example: "CAT 793F haul truck" }),
    column("equipment_type", "equipmentType", "text", { isRequired: true, description: "Class, e.g. haul_truck, shovel", example: "haul_truck" }),
    column("quantity", "quantity", "integer", { description: "Identical units (empty: 1)", example: 12 }),
    column("purchase_cost_ccy", "purchaseCost", "number", { isRequired: true, description: "Per unit, scenario currency", example: 5_200_000 }),
    column("operating_cost_ccy_per_h", "operatingCostPerHour", "number", { isRequired: true, description: "Per unit per operated hour, excluding fuel", example: 210 }),
    column("purchase_period", "purchasePeriod", "integer", { description: "Project year of the first purchase (empty: 0)", example: 0 }),
    column("hours_per_year_h", "hoursPerYear", "number", { isRequired: true, description: "Scheduled hours per unit per year (≤ 8784)", example: 6000 }),
    column("life_years", "lifeYears", "integer", { isRequired: true, description: "Replacement interval, 1–100 years", example: 10 }),
    column("availability_pct", "availabilityPct", "number", { isRequired: true, description: "Mechanical availability, 0–100 %", example: 88 }),
  ],
});

export const MAINTENANCE_KIND: KindDefinition = {
  kind: "maintenance",
  label: "Maintenance logs",
  idColumn: "log_id",
  schema: createMaintenanceSchema,
  columns: [
    column("log_id", "", "uuid", { description: "The log's id; exports fill it, leave it empty for new logs", example: null }),
    column("equipment_row_id", "", "uuid", { description: "row_id of the equipment line (or give equipment_name)", example: null }),
    column("equipment_name", "", "text", { description: "Name of the equipment line, when equipment_row_id is empty", example: "CAT 793F haul truck" }),
    column("performed_on", "performedOn", "date", { isRequired: true, description: "ISO 8601 date, YYYY-MM-DD", example: "2026-03-14" }),
    column("type", "type", "enum", { isRequired: true, values: MAINTENANCE_TYPES, description: "preventive, corrective or inspection", example: "preventive" }),
    column("downtime_h", "downtimeHours", "number", { description: "Hours out of service (empty: 0)", example: 12 }),
    column("cost_ccy", "cost", "number", { description: "Cost in `currency` (empty: 0)", example: 18_500 }),
    column("currency", "currency", "text", { isRequired: true, description: "ISO-4217 code", example: "USD" }),
    column("notes", "notes", "text", { description: "Free text", example: "500 h service" }),
  ],
};
