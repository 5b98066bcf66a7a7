import type { NumberFormat } from "@/lib/domain/number-format";
import { DECIMAL_SEPARATOR_OF } from "@/lib/domain/number-format";
import { decimalSeparatorOf, type DecimalSeparator } from "./parse-number";

// The decimal separator a page renders with, decided on the server (issue #15): the person's stored format, or for
// "follow my browser" the first language of the request's Accept-Language header, the language the browser asks
// pages in (navigator.language is its first entry too). Deciding it before rendering makes the server's HTML and
// the browser's first render agree, so grids never re-render (and drop edits) after hydration.

/** The language tags of an Accept-Language header, most preferred first: "de-DE,de;q=0.9,en;q=0.8" → ["de-DE", "de", "en"]. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((entry, index) => {
      const [tag = "", ...params] = entry.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== "" && entry.tag !== "*" && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * The separator for a stored number format (null: follow the browser, read from Accept-Language; "." without one).
 * @example resolveDecimalSeparator(null, "de-DE,de;q=0.9") // ","
 */
export function resolveDecimalSeparator(numberFormat: NumberFormat | null, acceptLanguage: string | null | undefined): DecimalSeparator {
  if (numberFormat) return DECIMAL_SEPARATOR_OF[numberFormat];
  const [first] = acceptedLanguages(acceptLanguage);
  return first ? decimalSeparatorOf(first) : ".";
}
