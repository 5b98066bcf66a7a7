import fc from "fast-check";
import { valueArbitrary, type IdSource, type JsonSchema } from "./schema-arbitrary";

// Hostile input: values a schema must refuse, or that pass it and test what lies behind (huge numbers, long and
// exotic text, deep nesting, missing and extra fields, ids that are almost uuids, dates out of range).

/** 10 000 characters: past every maxLength in the contracts, well under the 1 MiB body cap. */
const LONG = 10_000;

export const NASTY_STRINGS: readonly string[] = [
  "",
  " ",
  "a".repeat(LONG),
  "\u0000",
  "name\u0000with nul",
  "𝌆😀🏳️‍🌈",
  "\uD800",
  "\u202Eevil\u202C",
  "مرحبا بالعالم",
  "שלום",
  "e\u0301\u0301\u0301",
  "\uFEFFbom",
  "' OR 1=1 --",
  "'; DROP TABLE projects; --",
  "../../../etc/passwd",
  "%00%ff%E0%A4%A",
  "<script>alert(1)</script>",
  "=HYPERLINK(\"http://x\")",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "-0",
  "0x1F",
  "9".repeat(400),
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "2026-02-30",
  "0000-00-00",
  "-271821-04-20",
  "275760-09-14T00:00:00.000Z",
  "9999-12-31T23:59:59.999Z",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "00000000-0000-4000-8000-00000000000g",
  "{00000000-0000-4000-8000-000000000000}",
  "000000000000400080000000000000000",
  "00000000-0000-4000-8000-0000000000001",
];

export const NASTY_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 53) - 2,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 63,
  0.1,
  1.5,
  1e-320,
  // JSON.stringify writes these as null: a missing value where a number is expected.
  NaN,
  Infinity,
];

/** A value nested `depth` levels deep in arrays or objects. */
export function nested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = kind === "array" ? [value] : { a: value };
  return value;
}

const nastyString = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: "binary", maxLength: 40 }));

/** Any hostile JSON value: wrong types, extremes, deep nesting, random JSON. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(...NASTY_NUMBERS),
  fc.constantFrom<unknown>(true, false, null, {}, [], [null], { "": "" }),
  fc.constantFrom(10, 300).chain((depth) => fc.constantFrom(nested(depth, "array"), nested(depth, "object"))),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A hostile text for a path segment or query value. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  nastyString,
  fc.constantFrom(...NASTY_NUMBERS).map(String),
  fc.string({ maxLength: 20 }),
);

function mutatedObject(schema: JsonSchema, ids: IdSource, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  const valid = valueArbitrary(schema, ids, "", depth) as fc.Arbitrary<Record<string, unknown>>;
  const choices: fc.Arbitrary<unknown>[] = [
    fc.tuple(valid, fc.oneof(nastyString, fc.constantFrom("__proto__", "constructor", "id", "organisationId")), nastyValue)
      .map(([value, key, extra]) => ({ ...value, [key]: extra })),
  ];
  if (keys.length > 0) {
    choices.push(
      fc.tuple(valid, fc.constantFrom(...keys), nastyValue).map(([value, key, bad]) => ({ ...value, [key]: bad })),
      fc.tuple(valid, fc.constantFrom(...keys)).chain(([value, key]) =>
        mutatedValue(properties[key] ?? {}, ids, depth + 1).map((bad) => ({ ...value, [key]: bad })),
      ),
    );
  }
  if (schema.required && schema.required.length > 0) {
    choices.push(fc.tuple(valid, fc.subarray(schema.required, { minLength: 1 })).map(([value, missing]) => {
      const copy = { ...value };
      for (const key of missing) delete copy[key];
      return copy;
    }));
  }
  return fc.oneof(...choices);
}

/** A value near the schema with something wrong in it (or, now and then, something merely extreme). */
export function mutatedValue(schema: JsonSchema, ids: IdSource, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 3) return nastyValue;
  if (schema.type === "object") return fc.oneof(mutatedObject(schema, ids, depth), nastyValue);
  if (schema.type === "array" && schema.items) {
    const items = schema.items;
    const tooMany = (schema.maxItems ?? Infinity) <= 50 ? (schema.maxItems ?? 0) + 1 : 0;
    return fc.oneof(
      fc.array(mutatedValue(items, ids, depth + 1), { minLength: 1, maxLength: 3 }),
      fc.array(valueArbitrary(items, ids, "", depth + 1), { minLength: tooMany, maxLength: tooMany }),
      nastyValue,
    );
  }
  return nastyValue;
}
