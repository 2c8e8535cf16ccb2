/**
 * fast-check arbitraries from the OpenAPI document's JSON schemas: values that the documented
 * schema accepts (types, enums, formats, lengths, bounds, required and optional properties).
 * No zod → fast-check bridge supports zod 4 yet, and the document is what clients see, so the
 * route harness generates from it. Refinements a JSON schema cannot state (an end date after the
 * start date, "exactly one of") are not modelled: such values get a 400, which is a fine answer.
 * Strings and arrays are kept short: the fixed corpus (bad-input.ts) covers the long ones.
 */
import fc from 'fast-check';
import type { JsonSchema, OpenApiDocument } from './operations.js';

const MAX_STRING = 40;
const MAX_ITEMS = 3;
const MAX_DEPTH = 6;

const dateArbitrary = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

function resolve(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  const ref = schema.$ref as string | undefined;
  if (!ref) return schema;
  const name = ref.replace('#/components/schemas/', '');
  const target = (document.components?.schemas as Record<string, JsonSchema> | undefined)?.[name];
  if (!target) throw new Error(`no schema ${ref} in the document`);
  return target;
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date') return dateArbitrary;
  if (schema.format === 'date-time')
    return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
  if (schema.format === 'email')
    return fc.emailAddress().filter((email) => email.length <= (schema.maxLength ?? 320));
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_STRING, MAX_STRING));
  if (schema.pattern) {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((value) => value.length >= minLength && value.length <= (schema.maxLength ?? Infinity));
  }
  // Trimmed text must stay long enough once trimmed: no leading or trailing blanks.
  return fc.string({ minLength, maxLength, unit: 'grapheme' }).map((value) => {
    const trimmed = value.trim();
    return trimmed.length >= minLength ? trimmed : value.replace(/\s/g, 'x');
  });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min =
    schema.minimum ??
    (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : 1e-6) : -1_000_000);
  const max =
    schema.maximum ??
    (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : 1e-6) : 1_000_000);
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(
  document: OpenApiDocument,
  schema: JsonSchema,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set<string>(schema.required ?? []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties))
    model[name] = arbitraryFromSchema(document, property, depth + 1);
  return fc.record(model, { requiredKeys: Object.keys(properties).filter((name) => required.has(name)) });
}

/** An arbitrary of values the JSON schema accepts. */
export function arbitraryFromSchema(
  document: OpenApiDocument,
  input: JsonSchema,
  depth = 0,
): fc.Arbitrary<unknown> {
  const schema = resolve(document, input);
  if (depth > MAX_DEPTH) return fc.constant(null);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[];
    return fc.oneof(...options.map((option) => arbitraryFromSchema(document, option, depth + 1)));
  }
  if (Array.isArray(schema.allOf)) {
    const parts = (schema.allOf as JsonSchema[]).map((part) =>
      arbitraryFromSchema(document, part, depth + 1),
    );
    return fc
      .tuple(...parts)
      .map((values) => Object.assign({}, ...values.filter((value) => typeof value === 'object')));
  }
  if (Array.isArray(schema.type)) {
    const types = schema.type as string[];
    return fc.oneof(
      ...types.map((type) =>
        type === 'null' ? fc.constant(null) : arbitraryFromSchema(document, { ...schema, type }, depth),
      ),
    );
  }
  switch (schema.type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS));
      const items = schema.items ? arbitraryFromSchema(document, schema.items, depth + 1) : fc.string();
      return schema.uniqueItems
        ? fc.uniqueArray(items, { minLength, maxLength })
        : fc.array(items, { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(document, schema, depth);
    default:
      // No type stated: any small JSON value.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** An arbitrary of query strings for the operation's query parameters (each optional one present or not). */
export function queryArbitrary(
  document: OpenApiDocument,
  parameters: JsonSchema[],
): fc.Arbitrary<Record<string, string>> {
  const model: Record<string, fc.Arbitrary<string | undefined>> = {};
  const requiredKeys: string[] = [];
  for (const parameter of parameters) {
    if (parameter.in !== 'query') continue;
    model[parameter.name] = arbitraryFromSchema(document, parameter.schema ?? {}).map((value) =>
      value === null || value === undefined ? undefined : String(value),
    );
    if (parameter.required) requiredKeys.push(parameter.name);
  }
  return fc
    .record(model, { requiredKeys })
    .map((query) =>
      Object.fromEntries(
        Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ),
    );
}
