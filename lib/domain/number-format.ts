// How a person writes numbers (issue #15): which character is the decimal separator. Stored per user; null means
// "follow my browser's language". lib/domain imports nothing: the schema, the contracts and the browser share it.

export const NUMBER_FORMATS = ["point", "comma"] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

/** The decimal separator each format types and shows; the other character only groups digits in threes. */
export const DECIMAL_SEPARATOR_OF: Record<NumberFormat, "." | ","> = { point: ".", comma: "," };
