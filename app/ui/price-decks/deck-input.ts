import { readNumber, readText } from "@/app/ui/forms/number-field";
import type { ApiFieldErrors } from "@/lib/client/api-client";
import type { DecimalSeparator } from "@/app/ui/format/parse-number";

// Reads the deck's fields from its form (the grid is read by deck-grid.ts). The commodity, unit and currency are
// read only for a new deck: they are fixed once it exists.

export type DeckTerms = { commodity: string; priceUnit: string; currency: string };
export type DeckFields = { name: string; description: string | null; longTermPrice: number };

export type ReadDeckForm =
  { ok: true; fields: DeckFields; terms: DeckTerms | null } | { ok: false; fieldErrors: ApiFieldErrors };

export function readDeckForm(
  formData: FormData,
  { isNew, unitLabel, decimal = "." }: { isNew: boolean; unitLabel: string; decimal?: DecimalSeparator },
): ReadDeckForm {
  const fieldErrors: ApiFieldErrors = {};
  const name = readText(formData, "name");
  const longTermPrice = readNumber(formData, "longTermPrice", decimal);
  if (!name) fieldErrors.name = ["Enter the deck’s name, e.g. Consensus copper"];
  if (longTermPrice === undefined || !Number.isFinite(longTermPrice))
    fieldErrors.longTermPrice = [`Enter the long-term price in ${unitLabel}`];
  else if (longTermPrice <= 0)
    fieldErrors.longTermPrice = [`Long-term price must be more than 0, in ${unitLabel}`];
  let terms: DeckTerms | null = null;
  if (isNew) {
    const commodity = readText(formData, "commodity");
    const priceUnit = readText(formData, "priceUnit");
    const currency = readText(formData, "currency")?.toUpperCase() ?? null;
    if (!commodity) fieldErrors.commodity = ["Enter the commodity, e.g. copper"];
    if (!priceUnit) fieldErrors.priceUnit = ["Choose the price unit"];
    if (!currency || !/^[A-Z]{3}$/.test(currency))
      fieldErrors.currency = ["Enter a three-letter ISO-4217 code, e.g. USD"];
    if (commodity && priceUnit && currency) terms = { commodity, priceUnit, currency };
  }
  if (!name || longTermPrice === undefined || Object.keys(fieldErrors).length > 0)
    return { ok: false, fieldErrors };
  return { ok: true, fields: { name, description: readText(formData, "description"), longTermPrice }, terms };
}
