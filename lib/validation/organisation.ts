import { z } from "zod";

// An organisation's settings as clients send them. The create and update schemas derive from the field schemas
// below, so the API, the forms and the OpenAPI document share one set of rules and messages.

export const ORGANISATION_NAME_MAX_CHARS = 200;
/** What a new organisation starts with when the request leaves them out (the columns' defaults too). */
export const DEFAULT_ORGANISATION_CURRENCY = "USD";
export const DEFAULT_ORGANISATION_DISCOUNT_RATE_PCT = 8;

export const organisationNameSchema = z
  .string({ error: "Enter the organisation's name" })
  .trim()
  .min(1, "Enter the organisation's name")
  .max(ORGANISATION_NAME_MAX_CHARS, `must be at most ${ORGANISATION_NAME_MAX_CHARS} characters`);

/** ISO 4217 code; "eur" is accepted as EUR (the column holds upper case only). */
export const defaultCurrencySchema = z
  .string({ error: "Enter a three-letter ISO-4217 code, e.g. USD" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Enter a three-letter ISO-4217 code, e.g. USD");

export const defaultDiscountRatePctSchema = z
  .number({ error: "Enter a rate from 0 to 100 %" })
  .min(0, "Enter a rate from 0 to 100 %")
  .max(100, "Enter a rate from 0 to 100 %");

export const organisationSettingsSchema = z
  .object({
    name: organisationNameSchema,
    defaultCurrency: defaultCurrencySchema,
    defaultDiscountRatePct: defaultDiscountRatePctSchema,
  })
  .strict();
export type OrganisationSettingsInput = z.infer<typeof organisationSettingsSchema>;

/** A new organisation: a name, and optionally the defaults its new projects start with. */
export const createOrganisationSchema = organisationSettingsSchema.extend({
  defaultCurrency: defaultCurrencySchema.default(DEFAULT_ORGANISATION_CURRENCY),
  defaultDiscountRatePct: defaultDiscountRatePctSchema.default(DEFAULT_ORGANISATION_DISCOUNT_RATE_PCT),
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

/** Any of the settings, at least one; fields left out keep their stored value. */
export const updateOrganisationSchema = organisationSettingsSchema
  .partial()
  .refine((value) => Object.values(value).some((field) => field !== undefined), {
    message: "Send name, defaultCurrency or defaultDiscountRatePct",
    path: ["_root"],
  });
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationSchema>;

export const organisationIdParamsSchema = z.object({ organisationId: z.uuid() });
