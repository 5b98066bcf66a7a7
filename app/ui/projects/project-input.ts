import { readNumber, readText } from "@/app/ui/forms/number-field";
import type { ApiFieldErrors } from "@/lib/client/api-client";
import type { DecimalSeparator } from "@/app/ui/format/parse-number";

// Reads the project form. The API validates again (it is the authority); checking here first gives the same
// messages beside the fields without a round trip and never sends NaN or blanks.

export type ProjectFormValues = {
  name: string;
  location: string | null;
  operationType: string;
  primaryCommodity: string;
  currency: string;
  defaultDiscountRatePct: number;
  description: string | null;
};

export type ReadResult = { ok: true; values: ProjectFormValues } | { ok: false; fieldErrors: ApiFieldErrors };

export function readProjectForm(formData: FormData, decimal: DecimalSeparator = "."): ReadResult {
  const fieldErrors: ApiFieldErrors = {};
  const name = readText(formData, "name");
  const primaryCommodity = readText(formData, "primaryCommodity");
  const currency = readText(formData, "currency")?.toUpperCase() ?? null;
  const operationType = readText(formData, "operationType");
  const rate = readNumber(formData, "defaultDiscountRatePct", decimal);
  if (!name) fieldErrors.name = ["Enter the project’s name"];
  if (!operationType) fieldErrors.operationType = ["Choose the operation type"];
  if (!primaryCommodity) fieldErrors.primaryCommodity = ["Enter the primary commodity, e.g. copper"];
  if (!currency || !/^[A-Z]{3}$/.test(currency)) fieldErrors.currency = ["Enter a three-letter ISO-4217 code, e.g. USD"];
  if (rate === undefined) fieldErrors.defaultDiscountRatePct = ["Enter the default discount rate"];
  else if (!Number.isFinite(rate) || rate < 0 || rate > 100) fieldErrors.defaultDiscountRatePct = ["Enter a rate from 0 to 100 %"];
  if (!name || !operationType || !primaryCommodity || !currency || rate === undefined || Object.keys(fieldErrors).length > 0) {
    return { ok: false, fieldErrors };
  }
  return {
    ok: true,
    values: {
      name,
      location: readText(formData, "location"),
      operationType,
      primaryCommodity,
      currency,
      defaultDiscountRatePct: rate,
      description: readText(formData, "description"),
    },
  };
}
