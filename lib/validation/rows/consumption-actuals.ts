import { z } from "zod";
import { calendarDateSchema } from "@/lib/validation/dates";
import { currencyCode, nonNegativeNumber, optionalText, paginationQuery, sortOrder } from "./common";

/** Every column of a consumption actual a caller sets (mirrors consumption_actuals and its CHECKs). */
export const consumptionActualFieldsSchema = z.object({
  /** ISO "YYYY-MM-DD": first day of the period (day, week or month) the quantity was consumed in. */
  periodStart: calendarDateSchema("the first day of the period"),
  quantity: nonNegativeNumber.meta({ description: "Quantity consumed, in the item's unit (kg, L, kWh, …)" }),
  unitCost: nonNegativeNumber.meta({ description: "Price paid per unit of the item, in `currency`" }),
  currency: currencyCode,
  notes: optionalText,
});

export const createConsumptionActualSchema = consumptionActualFieldsSchema.extend({
  notes: optionalText.default(null),
});
/** Any of the fields, at least one: an empty change has nothing to write. */
export const updateConsumptionActualSchema = consumptionActualFieldsSchema
  .partial()
  .refine((value) => Object.values(value).some((field) => field !== undefined), {
    message: "Send at least one of periodStart, quantity, unitCost, currency or notes",
    path: ["_root"],
  });

export const listConsumptionActualsQuerySchema = paginationQuery
  .extend({
    from: calendarDateSchema().optional().meta({ description: "Earliest periodStart, inclusive" }),
    to: calendarDateSchema().optional().meta({ description: "Latest periodStart, inclusive" }),
    order: sortOrder,
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    message: "Must not be before from",
  });

export type ConsumptionActualInput = z.infer<typeof createConsumptionActualSchema>;
export type UpdateConsumptionActualInput = z.infer<typeof updateConsumptionActualSchema>;
