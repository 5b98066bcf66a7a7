import { z } from "zod";
import { readNumber } from "@/app/ui/forms/number-field";
import type { ApiFieldErrors } from "@/lib/client/api-client";
import { organisationSettingsSchema, type OrganisationSettingsInput } from "@/lib/validation/organisation";

// Reads the organisation form with the API's own schema: the same messages appear beside the fields without a
// round trip, and the API (the authority) validates again.

export type ReadResult =
  { ok: true; values: OrganisationSettingsInput } | { ok: false; fieldErrors: ApiFieldErrors };

export function readOrganisationForm(formData: FormData): ReadResult {
  const parsed = organisationSettingsSchema.safeParse({
    name: String(formData.get("name") ?? ""),
    defaultCurrency: String(formData.get("defaultCurrency") ?? ""),
    // Blank and non-numbers reach the schema as NaN, which it refuses with the field's message.
    defaultDiscountRatePct: readNumber(formData, "defaultDiscountRatePct") ?? Number.NaN,
  });
  if (parsed.success) return { ok: true, values: parsed.data };
  return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
}
