import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import {
  decimal,
  isBetween,
  isCurrencyCode,
  isNonNegative,
  isNotBlank,
  isPercentage,
  money,
  percent,
  timestamps,
} from "./columns";
import { users } from "./identity";
import { scenarioRowColumns, scenarioRowLineageUnique } from "./scenario-rows";
import { MAINTENANCE_TYPES } from "../../lib/domain/inputs";

/** A fleet line of a scenario: `quantity` identical units, priced in the scenario's currency. */
export const equipment = pgTable(
  "equipment",
  {
    ...scenarioRowColumns(),
    name: text("name").notNull(),
    /** Free text class, e.g. "haul_truck", "shovel"; dashboards group by it. */
    equipmentType: text("equipment_type").notNull(),
    quantity: integer("quantity").notNull().default(1),
    /** Per unit. */
    purchaseCost: money("purchase_cost").notNull(),
    /** Per unit per operated hour, excluding fuel (a consumption item, so it is not counted twice). */
    operatingCostPerHour: decimal("operating_cost_per_hour").notNull(),
    /** Project period of the first purchase; the engine adds replacements every life_years after it. */
    purchasePeriod: integer("purchase_period").notNull().default(0),
    /** Scheduled hours per unit per year (at most 8784, a leap year); operated hours = scheduled × availability. */
    hoursPerYear: decimal("hours_per_year").notNull(),
    /** Replacement interval in whole years. */
    lifeYears: integer("life_years").notNull(),
    availabilityPct: percent("availability_pct").notNull(),
  },
  (t) => [
    scenarioRowLineageUnique("equipment", t),
    check("equipment_name_not_blank", isNotBlank(t.name)),
    check("equipment_equipment_type_not_blank", isNotBlank(t.equipmentType)),
    check("equipment_quantity_positive", sql`${t.quantity} >= 1`),
    check("equipment_purchase_cost_non_negative", isNonNegative(t.purchaseCost)),
    check("equipment_operating_cost_per_hour_non_negative", isNonNegative(t.operatingCostPerHour)),
    check("equipment_hours_per_year_range", isBetween(t.hoursPerYear, 0, 8784)),
    check("equipment_purchase_period_non_negative", isNonNegative(t.purchasePeriod)),
    check("equipment_life_years_range", isBetween(t.lifeYears, 1, 100)),
    check("equipment_availability_pct_range", isPercentage(t.availabilityPct)),
  ],
);

export const maintenanceTypeEnum = pgEnum("maintenance_type", MAINTENANCE_TYPES);

/** Maintenance actually performed on an equipment line (actuals for the operations dashboard). */
export const maintenanceLogs = pgTable(
  "maintenance_logs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    equipmentId: uuid("equipment_id")
      .notNull()
      .references(() => equipment.id, { onDelete: "cascade" }),
    /** Calendar date, ISO "YYYY-MM-DD". */
    performedOn: date("performed_on", { mode: "string" }).notNull(),
    type: maintenanceTypeEnum("type").notNull(),
    downtimeHours: decimal("downtime_hours").notNull().default(0),
    cost: money("cost").notNull().default(0),
    currency: text("currency").notNull(),
    notes: text("notes"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    // Leading equipment_id: also the FK index; serves "history of a machine" and date-range dashboards.
    index("maintenance_logs_equipment_id_performed_on_idx").on(t.equipmentId, t.performedOn),
    index("maintenance_logs_created_by_idx").on(t.createdBy),
    check("maintenance_logs_downtime_hours_non_negative", isNonNegative(t.downtimeHours)),
    check("maintenance_logs_cost_non_negative", isNonNegative(t.cost)),
    check("maintenance_logs_currency_iso", isCurrencyCode(t.currency)),
  ],
);

export type Equipment = typeof equipment.$inferSelect;
export type NewEquipment = typeof equipment.$inferInsert;
export type MaintenanceLog = typeof maintenanceLogs.$inferSelect;
export type NewMaintenanceLog = typeof maintenanceLogs.$inferInsert;
