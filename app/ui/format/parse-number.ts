// Reading numbers people type or paste (issue #15): "8,5" must never silently become 85. A number format says which
// character is the decimal separator; the other (and spaces, no-break and thin spaces) may only group digits in
// threes, as every spreadsheet writes them. Text that fits neither reading is refused with a message that says how
// to write it, never guessed at.

export type DecimalSeparator = "." | ",";

export type ParsedNumber = { kind: "empty" } | { kind: "number"; value: number } | { kind: "invalid"; message: string };

const SPACES = /[\s\u00a0\u202f]/g;
const EXPONENT = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;

function groupSeparatorOf(decimal: DecimalSeparator): string {
  return decimal === "." ? "," : ".";
}

/** Digits grouped in threes by `group`, or plain digits: "1,234,567", "1234567"; not "1,23" nor "12,3456". */
function isGroupedInteger(text: string, group: string): boolean {
  if (!text.includes(group)) return /^\d+$/.test(text);
  const parts = text.split(group);
  const [first, ...rest] = parts;
  return first !== undefined && /^\d{1,3}$/.test(first) && rest.every((part) => /^\d{3}$/.test(part));
}

/**
 * Why text is refused, with the reading it probably meant when there is one ("8,5" → 8.5 under a point); text
 * with no single reading ("1,2,3") gets the rule and an example instead of a suggestion that is no number either.
 */
function ambiguousMessage(text: string, decimal: DecimalSeparator): string {
  const other = groupSeparatorOf(decimal);
  const asDecimal = text.replace(other, decimal);
  const name = decimal === "." ? "a decimal point" : "a decimal comma";
  if (asDecimal !== text && parseNumberText(asDecimal, decimal).kind === "number") {
    return `"${text}" is not a number in your format (${name}): write ${asDecimal} for a decimal, or change the number format in your account.`;
  }
  const example = decimal === "." ? "1,234.5" : "1.234,5";
  return `"${text}" is not a number in your format (${name}): use one "${decimal}" for the decimals and "${other}" only between groups of three digits, e.g. ${example}.`;
}

/**
 * Parses text typed or pasted into a numeric field under a decimal separator. Spaces group digits anywhere;
 * the other separator only in groups of three. Scientific notation ("1e6", "2.5E-3") is read with either separator.
 * @example parseNumberText("1,234.5", ".") → { kind: "number", value: 1234.5 }
 * @example parseNumberText("8,5", ".") → { kind: "invalid", message: "\"8,5\" is not a number in your format …" }
 */
export function parseNumberText(text: string, decimal: DecimalSeparator = "."): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  const compact = trimmed.replace(SPACES, "").replace(/^\u2212/, "-");
  if (EXPONENT.test(compact)) return finite(Number(compact.replace(",", ".")), trimmed);
  const match = /^([+-]?)([\d.,]+)$/.exec(compact);
  if (!match?.[2]) return { kind: "invalid", message: `"${trimmed}" is not a number: use digits, one ${decimal === "." ? "decimal point" : "decimal comma"} and an optional minus sign.` };
  const [, sign, body] = match;
  const decimalAt = body.lastIndexOf(decimal);
  const integerPart = decimalAt === -1 ? body : body.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? "" : body.slice(decimalAt + 1);
  const group = groupSeparatorOf(decimal);
  const integerOk = (integerPart === "" && fraction !== "") || isGroupedInteger(integerPart, group);
  if (!integerOk || !/^\d*$/.test(fraction)) return { kind: "invalid", message: ambiguousMessage(trimmed, decimal) };
  const canonical = `${sign}${integerPart.split(group).join("") || "0"}${fraction ? `.${fraction}` : ""}`;
  return finite(Number(canonical), trimmed);
}

function finite(value: number, text: string): ParsedNumber {
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid", message: `"${text}" is too large to be a number.` };
}

/** The decimal separator of a BCP 47 locale ("de-DE" → ",", "en-GB" → "."); "." when the locale is unknown. */
export function decimalSeparatorOf(locale: string | undefined): DecimalSeparator {
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((entry) => entry.type === "decimal");
    return part?.value === "," ? "," : ".";
  } catch {
    return ".";
  }
}

/** The number the text is, or NaN (blank and refused text alike), for fields that then say what they expect. */
export function decimalOf(text: string, decimal: DecimalSeparator = "."): number {
  const parsed = parseNumberText(text, decimal);
  return parsed.kind === "number" ? parsed.value : Number.NaN;
}


/**
 * A number as an editable cell shows it: no grouping (so reading it back gives the same number) and the person's
 * decimal separator. `String` keeps every digit a double needs to round-trip.
 * @example numberToText(8.5, ",") → "8,5"
 */
export function numberToText(value: number, decimal: DecimalSeparator): string {
  const text = String(value);
  return decimal === "." ? text : text.replace(".", decimal);
}

/** Text formatted with a point and comma groups ("1,234.5"), written in the person's format ("1.234,5"). */
export function withDecimalSeparator(formatted: string, decimal: DecimalSeparator): string {
  if (decimal === ".") return formatted;
  return formatted.replace(/[.,]/g, (char) => (char === "." ? "," : "."));
}

/**
 * A field's number, refused in words that name the field and its unit: "Head grade (g/t): "1,2,3" is not a number
 * in your format …". Blank is "empty": whether that is allowed is the form's rule.
 */
export function parseFieldNumber(text: string, fieldLabel: string, decimal: DecimalSeparator = "."): ParsedNumber {
  const parsed = parseNumberText(text, decimal);
  return parsed.kind === "invalid" ? { kind: "invalid", message: `${fieldLabel}: ${parsed.message}` } : parsed;
}

/**
 * The parts of a list of numbers typed in one cell. With a decimal point, semicolons, commas and spaces separate
 * them ("0.6, 0.55"); with a decimal comma the comma belongs to the numbers, so only semicolons and spaces do
 * ("0,6; 0,55").
 */
export function splitNumberList(text: string, decimal: DecimalSeparator = "."): string[] {
  return text.split(decimal === "," ? /[;\s]+/ : /[;,\s]+/).filter((part) => part !== "");
}
