import fc from "fast-check";
import { z } from "zod";

// Values that a contract's schema accepts, or nearly: generated from the JSON Schema that zod 4 derives from it
// (the same conversion lib/http/openapi.ts publishes), so every route is covered without a generator per route.
// Refinements (cross-field rules) and transforms do not survive the conversion; what the fuzzer then sends is
// "valid in shape", which is exactly what reaches the services' own rules.

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
};

/** Ids for a field, by its name (projectId, itemId, scenarioIds…): real records of the seeded world and random ones. */
export type IdSource = (key: string) => fc.Arbitrary<string>;

/** The JSON Schema of what a zod schema accepts as input. */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** Generated arrays stay short (bulk routes accept 2000 rows; a handful reaches the same code). */
const MAX_GENERATED_ITEMS = 4;
/** Numbers inside this magnitude unless the schema bounds them tighter; the mutations try the extremes. */
const NUMBER_LIMIT = 1e9;

function stringArbitrary(schema: JsonSchema, ids: IdSource, key: string): fc.Arbitrary<string> {
  if (schema.format === "uuid") return ids(key);
  // A piped schema (trim, lower-case, then z.email) converts to its input side, a plain string: the name tells.
  if (schema.format === "email" || /email$/i.test(key)) return fc.nat({ max: 1e6 }).map((n) => `fuzz-${n}@example.test`);
  if (schema.format === "date") {
    return fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  }
  if (schema.format === "date-time") {
    return fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString());
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? minLength + 24, minLength + 24);
  if (schema.pattern) {
    const fits = (text: string) => text.length >= minLength && text.length <= (schema.maxLength ?? Infinity);
    return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  }
  return fc.oneof(
    fc.string({ minLength, maxLength, unit: "grapheme" }),
    fc.string({ minLength, maxLength }).map((text) => text.replace(/\s+/g, " ")),
  );
}

function numberArbitrary(schema: JsonSchema, isInteger: boolean): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? schema.exclusiveMinimum ?? -NUMBER_LIMIT, -NUMBER_LIMIT);
  const max = Math.min(schema.maximum ?? schema.exclusiveMaximum ?? NUMBER_LIMIT, NUMBER_LIMIT);
  const minExcluded = schema.exclusiveMinimum !== undefined && schema.minimum === undefined;
  const maxExcluded = schema.exclusiveMaximum !== undefined && schema.maximum === undefined;
  if (isInteger) {
    return fc.integer({ min: Math.ceil(minExcluded ? min + 1 : min), max: Math.floor(maxExcluded ? max - 1 : max) });
  }
  const small = fc.integer({ min: Math.ceil(min), max: Math.floor(max) }).filter((n) => (!minExcluded || n > min) && (!maxExcluded || n < max));
  return fc.oneof(small, fc.double({ min, max, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true }));
}

function objectArbitrary(schema: JsonSchema, ids: IdSource, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  if (keys.length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 });
  const model = Object.fromEntries(keys.map((key) => [key, valueArbitrary(properties[key] ?? {}, ids, key, depth + 1)]));
  return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in model) });
}

/**
 * Values the schema accepts in shape.
 * @param key - the field's name, which picks the ids of uuid fields (arrays pass their own name to their items)
 */
export function valueArbitrary(schema: JsonSchema, ids: IdSource, key = "", depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => valueArbitrary(alternative, ids, key, depth)));
  if (schema.allOf?.[0]) return valueArbitrary(schema.allOf[0], ids, key, depth);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => valueArbitrary({ ...schema, type }, ids, key, depth)));
  }
  switch (schema.type) {
    case "string":
      return stringArbitrary(schema, ids, key);
    case "integer":
    case "number":
      // Optimistic-locking versions: the seeded records are at 1 and grow slowly; mostly near them, or a write is a 409.
      if (/^(version|scenarioVersion)$/.test(key)) return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: numberArbitrary(schema, true) });
      return numberArbitrary(schema, schema.type === "integer");
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? MAX_GENERATED_ITEMS, MAX_GENERATED_ITEMS));
      return fc.array(valueArbitrary(schema.items ?? {}, ids, key, depth + 1), { minLength, maxLength });
    }
    case "object":
      return objectArbitrary(schema, ids, depth);
    default:
      // `{}`: anything (z.unknown, or what JSON Schema cannot say).
      return fc.jsonValue({ maxDepth: depth > 2 ? 0 : 2 });
  }
}
