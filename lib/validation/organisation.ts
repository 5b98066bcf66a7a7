import { z } from "zod";
import {
  DISCLOSURE_RATE_MAX_PCT,
  DISCLOSURE_RATE_MIN_PCT,
  DISCLOSURE_RATES_MAX_COUNT,
  SENSITIVITY_STEP_MAX_PCT,
  SENSITIVITY_STEP_MIN_PCT,
  SENSITIVITY_STEPS_MAX_COUNT,
  VALUATION_PCT_MAX_DECIMALS,
} from "@/lib/domain/valuation";

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

// Valuation preferences: lists of percentages. Each message starts with the field's name, as the settings form and
// an API client see it out of context; an element's message names the value (a list typed into one text input has
// no positions a person would count).

function hasAtMostPctDecimals(value: number): boolean {
  return Number(value.toFixed(VALUATION_PCT_MAX_DECIMALS)) === value;
}

/** The first value listed twice, if any. */
function firstDuplicate(values: readonly number[]): number | undefined {
  // A non-number is its element's error already (and NaN is never found by indexOf).
  return values.find((value, index) => Number.isFinite(value) && values.indexOf(value) !== index);
}

/** Refuses a repeated value, then sorts ascending: the stored order, whatever order was sent. */
function distinctAscending(list: z.ZodArray<z.ZodNumber>, label: string) {
  return list
    .superRefine((values, ctx) => {
      const repeated = firstDuplicate(values);
      if (repeated !== undefined)
        ctx.addIssue({ code: "custom", message: `${label}: ${repeated} % is listed twice` });
    })
    .overwrite((values) => [...values].sort((a, b) => a - b));
}

const DISCLOSURE_RANGE = `from ${DISCLOSURE_RATE_MIN_PCT} to ${DISCLOSURE_RATE_MAX_PCT} %`;
const rateOutOfRange = (issue: { input?: unknown }) =>
  `Disclosure rates: ${String(issue.input)} % is out of range; use rates ${DISCLOSURE_RANGE}`;
const disclosureRatePctSchema = z
  .number({ error: `Disclosure rates: each rate is a number ${DISCLOSURE_RANGE}` })
  .min(DISCLOSURE_RATE_MIN_PCT, { error: rateOutOfRange })
  .max(DISCLOSURE_RATE_MAX_PCT, { error: rateOutOfRange })
  .refine(hasAtMostPctDecimals, {
    error: (issue) =>
      `Disclosure rates: ${String(issue.input)} % has more than ${VALUATION_PCT_MAX_DECIMALS} decimals`,
  });

/** Discount rates (%) of the disclosure table: 1 to 8 distinct rates from 0 to 100 %, stored ascending. */
export const disclosureRatesPctSchema = distinctAscending(
  z
    .array(disclosureRatePctSchema, {
      error: "Disclosure rates: send a list of rates in %, e.g. [0, 5, 8, 10]",
    })
    .min(1, "Disclosure rates: enter at least one rate")
    .max(DISCLOSURE_RATES_MAX_COUNT, `Disclosure rates: at most ${DISCLOSURE_RATES_MAX_COUNT} rates`),
  "Disclosure rates",
).meta({
  description: `Discount rates of the economic summary's NPV table, in %: 1–${DISCLOSURE_RATES_MAX_COUNT} distinct rates ${DISCLOSURE_RANGE}, stored ascending`,
});

const STEP_RANGE = `above ${SENSITIVITY_STEP_MIN_PCT} % and at most ${SENSITIVITY_STEP_MAX_PCT} %`;
const stepOutOfRange = (issue: { input?: unknown }) =>
  `Sensitivity steps: ${String(issue.input)} % is out of range; use steps ${STEP_RANGE}`;
const sensitivityStepPctSchema = z
  .number({ error: `Sensitivity steps: each step is a number of %, ${STEP_RANGE}` })
  .gt(SENSITIVITY_STEP_MIN_PCT, { error: stepOutOfRange })
  .max(SENSITIVITY_STEP_MAX_PCT, { error: stepOutOfRange })
  .refine((step) => step !== 0, "Sensitivity steps: 0 % is the base case and is always shown; leave it out")
  .refine(hasAtMostPctDecimals, {
    error: (issue) =>
      `Sensitivity steps: ${String(issue.input)} % has more than ${VALUATION_PCT_MAX_DECIMALS} decimals`,
  });

/** One-at-a-time changes (%) from the base: 1 to 10 distinct non-zero steps, stored ascending. */
export const sensitivityStepsPctSchema = distinctAscending(
  z
    .array(sensitivityStepPctSchema, {
      error: "Sensitivity steps: send a list of changes in %, e.g. [-10, 10]",
    })
    .min(1, "Sensitivity steps: enter at least one step")
    .max(SENSITIVITY_STEPS_MAX_COUNT, `Sensitivity steps: at most ${SENSITIVITY_STEPS_MAX_COUNT} steps`),
  "Sensitivity steps",
).meta({
  description: `Changes from the base applied to each sensitivity driver in turn, in %: 1–${SENSITIVITY_STEPS_MAX_COUNT} distinct steps ${STEP_RANGE}, never 0 (the base case, always shown), stored ascending`,
});

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

/** Every setting an admin changes: the above, and the valuation preferences (a new organisation gets defaults). */
export const editableOrganisationSettingsSchema = organisationSettingsSchema.extend({
  disclosureRatesPct: disclosureRatesPctSchema,
  sensitivityStepsPct: sensitivityStepsPctSchema,
});
export type EditableOrganisationSettingsInput = z.infer<typeof editableOrganisationSettingsSchema>;

/** Any of the settings, at least one; fields left out keep their stored value. */
export const updateOrganisationSchema = editableOrganisationSettingsSchema
  .partial()
  .refine((value) => Object.values(value).some((field) => field !== undefined), {
    message: "Send name, defaultCurrency, defaultDiscountRatePct, disclosureRatesPct or sensitivityStepsPct",
    path: ["_root"],
  });
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationSchema>;

export const organisationIdParamsSchema = z.object({ organisationId: z.uuid() });
