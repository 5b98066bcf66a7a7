import { z } from "zod";
import { readNumber, readText } from "@/app/ui/forms/number-field";
import type { ApiFieldErrors } from "@/lib/client/api-client";
import { quickStartTerms, type QuickStartCommodity, type TonnageBasis } from "@/lib/domain/quick-start";
import { quickStartSchema, type QuickStartInput } from "@/lib/validation/quick-start";
import type { DecimalSeparator } from "@/app/ui/format/parse-number";

// Reads the quick-start form and checks it with the API's own schema (lib/validation/quick-start.ts), so the same
// plain messages appear beside the fields without a round trip; the API checks again.

export type QuickStartRead = { ok: true; values: QuickStartInput } | { ok: false; fieldErrors: ApiFieldErrors };

/** Blank number fields are left out (the schema says what is missing); text that is not a number in the person's
 * format (`decimal`) is NaN (refused; the field itself says why). */
export function readQuickStartForm(form: FormData, decimal: DecimalSeparator = "."): QuickStartRead {
  const numberOf = (name: string) => readNumber(form, name, decimal);
  const body = {
    name: readText(form, "name") ?? "",
    isBaseCase: form.get("isBaseCase") === "on",
    commodity: readText(form, "commodity") ?? undefined,
    tonnageBasis: readText(form, "tonnageBasis") ?? undefined,
    oreProcessedT: numberOf("oreProcessedT"),
    headGrade: numberOf("headGrade"),
    recoveryPct: numberOf("recoveryPct"),
    lifeYears: numberOf("lifeYears"),
    initialCapex: numberOf("initialCapex"),
    opexPerTonne: numberOf("opexPerTonne"),
    metalPrice: numberOf("metalPrice"),
    discountRatePct: numberOf("discountRatePct"),
  };
  const parsed = quickStartSchema.safeParse(body);
  return parsed.success ? { ok: true, values: parsed.data } : { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
}

/** The units the form shows for a commodity: its grade unit and what its price is quoted per. */
export function quickStartUnits(commodity: QuickStartCommodity, currency: string) {
  const terms = quickStartTerms(commodity);
  return {
    grade: terms.gradeUnit === "pct" ? "% metal" : terms.gradeUnit === "g_per_t" ? "g/t" : "ppm",
    price: `${currency} per ${terms.metalPriceUnit}`,
    defaultPrice: terms.metalPrice,
    capex: currency,
    opex: `${currency} per tonne processed`,
  };
}

export function tonnageUnit(basis: TonnageBasis): string {
  return basis === "total" ? "t over the life" : "t per year";
}
