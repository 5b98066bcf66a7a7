import { z } from "zod";
import { readNumber } from "@/app/ui/forms/number-field";
import type { ApiFieldErrors } from "@/lib/client/api-client";
import { decimalOf, numberToText, parseNumberText, splitNumberList, type DecimalSeparator } from "@/app/ui/format/parse-number";
import {
  editableOrganisationSettingsSchema,
  organisationSettingsSchema,
  type EditableOrganisationSettingsInput,
  type OrganisationSettingsInput,
} from "@/lib/validation/organisation";

// Reads the organisation form with the API's own schema: the same messages appear beside the fields without a
// round trip, and the API (the authority) validates again.

/** The create form's values, or the settings form's (with the valuation preferences). */
export type OrganisationFormValues = OrganisationSettingsInput & Partial<EditableOrganisationSettingsInput>;

export type ReadResult =
  { ok: true; values: OrganisationFormValues } | { ok: false; fieldErrors: ApiFieldErrors };

/** The list fields of the settings form (one text input each) and the name their messages start with. */
const LIST_FIELDS = {
  disclosureRatesPct: "Disclosure rates",
  sensitivityStepsPct: "Sensitivity steps",
} as const;
type ListField = keyof typeof LIST_FIELDS;

/** A plain decimal as people type it: no exponent, no hex, no thousands separator. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * "0, 5, 8, 10", "0 5 8 10" or "5 %; 8 %" → [0, 5, 8, 10] / [5, 8]: semicolons and spaces separate the numbers,
 * and commas too under a decimal point; a "%" is allowed after each. Under a decimal comma (issue #15) the comma
 * belongs to the numbers: "2,5; 5" → [2.5, 5], never [2, 5, 5].
 * @returns the numbers, or the first piece that is not one
 */
export function parsePctList(text: string, decimal: DecimalSeparator = "."): { ok: true; values: number[] } | { ok: false; piece: string } {
  const pieces = splitNumberList(text.replaceAll("%", " "), decimal);
  const bad = pieces.find((piece) => !(decimal === "." ? DECIMAL.test(piece) : parseNumberText(piece, decimal).kind === "number"));
  if (bad !== undefined) return { ok: false, piece: bad };
  return { ok: true, values: pieces.map((piece) => decimalOf(piece, decimal)) };
}

/** [0, 2.5, 8] → "0, 2.5, 8", or "0; 2,5; 8" under a decimal comma: a list as the form shows it and reads it back. */
export function formatPctList(values: readonly number[], decimal: DecimalSeparator = "."): string {
  return values.map((value) => numberToText(value, decimal)).join(decimal === "," ? "; " : ", ");
}

function readList(
  formData: FormData,
  field: ListField,
  fieldErrors: Record<string, string[]>,
  decimal: DecimalSeparator,
): number[] | undefined {
  const parsed = parsePctList(String(formData.get(field) ?? ""), decimal);
  if (parsed.ok) return parsed.values;
  const how = decimal === "," ? "semicolons or spaces, e.g. 0; 2,5; 8; 10" : "commas or spaces, e.g. 0, 5, 8, 10";
  fieldErrors[field] = [`${LIST_FIELDS[field]}: "${parsed.piece}" is not a number; separate the numbers with ${how}`];
  return undefined;
}

/**
 * @param hasValuation - the settings form (an existing organisation) also has the valuation preferences; the create
 *   form leaves them out (a new organisation starts with the defaults)
 */
export function readOrganisationForm(
  formData: FormData,
  { hasValuation, decimal = "." }: { hasValuation: boolean; decimal?: DecimalSeparator },
): ReadResult {
  const common = {
    name: String(formData.get("name") ?? ""),
    defaultCurrency: String(formData.get("defaultCurrency") ?? ""),
    // Blank and non-numbers reach the schema as NaN, which it refuses with the field's message.
    defaultDiscountRatePct: readNumber(formData, "defaultDiscountRatePct", decimal) ?? Number.NaN,
  };
  if (!hasValuation) {
    const parsed = organisationSettingsSchema.safeParse(common);
    if (parsed.success) return { ok: true, values: parsed.data };
    return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  // A piece that is not a number is reported as typed, in place of the schema's message for the missing list.
  const listErrors: Record<string, string[]> = {};
  const parsed = editableOrganisationSettingsSchema.safeParse({
    ...common,
    disclosureRatesPct: readList(formData, "disclosureRatesPct", listErrors, decimal),
    sensitivityStepsPct: readList(formData, "sensitivityStepsPct", listErrors, decimal),
  });
  if (parsed.success && Object.keys(listErrors).length === 0) return { ok: true, values: parsed.data };
  const schemaErrors = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
  return { ok: false, fieldErrors: { ...schemaErrors, ...listErrors } };
}
