import { z } from "zod";
import { calendarDateSchema } from "@/lib/validation/dates";
import { MAINTENANCE_TYPES } from "@/lib/domain/inputs";
import { currencyCode, nonNegativeNumber, optionalText, paginationQuery, sortOrder } from "./common";

/** Every column of a maintenance log a caller sets (mirrors maintenance_logs and its CHECKs). */
export const maintenanceFieldsSchema = z.object({
  /** Calendar date, ISO "YYYY-MM-DD". */
  performedOn: calendarDateSchema("the date it was performed"),
  type: z.enum(MAINTENANCE_TYPES),
  downtimeHours: nonNegativeNumber,
  cost: nonNegativeNumber,
  currency: currencyCode,
  notes: optionalText,
});

export const createMaintenanceSchema = maintenanceFieldsSchema.extend({
  downtimeHours: nonNegativeNumber.default(0),
  cost: nonNegativeNumber.default(0),
  notes: optionalText.default(null),
});
/** Any of the fields, at least one: an empty change has nothing to write (the database refused it with a 500). */
export const updateMaintenanceSchema = maintenanceFieldsSchema
  .partial()
  .refine((value) => Object.values(value).some((field) => field !== undefined), {
    message: "Send at least one of performedOn, type, downtimeHours, cost, currency or notes",
    path: ["_root"],
  });

export const listMaintenanceQuerySchema = paginationQuery
  .extend({
    from: calendarDateSchema().optional().meta({ description: "Earliest performedOn, inclusive" }),
    to: calendarDateSchema().optional().meta({ description: "Latest performedOn, inclusive" }),
    type: z.enum(MAINTENANCE_TYPES).optional(),
    order: sortOrder,
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    message: "Must not be before from",
  });

export type MaintenanceInput = z.infer<typeof createMaintenanceSchema>;
export type UpdateMaintenanceInput = z.infer<typeof updateMaintenanceSchema>;
export type ListMaintenanceQuery = z.infer<typeof listMaintenanceQuerySchema>;
