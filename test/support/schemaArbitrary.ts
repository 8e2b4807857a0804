// Request bodies made from a route's JSON Schema, as fast-check arbitraries: values the schema
// accepts, the same with one field broken, and JSON that ignores the schema altogether. Text
// includes what hostile clients send (markup, SQL, formulas, control characters, right-to-left
// marks, the longest allowed and one more).
import fc from "fast-check";
import { type JsonSchema, typesOf } from "./openapi.js";

const HOSTILE_TEXT = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'; drop table people; --",
  '=HYPERLINK("http://evil.example")',
  " =1+1",
  "\u202eevil\u202c",
  "Zoë 😀 𝄞 Dvořák Yılmaz",
  "line\r\nbreak",
  "tab\tand\u000bvertical",
  "../../etc/passwd",
  "%00",
  "null",
  "",
  " ",
];

/** Known record ids: those of the kind a field names ("fromPersonId": people), or all of them. */
export interface IdPool {
  all: string[];
  byKind: Map<string, string[]>;
}

/** The kind of record a field names: "fromPersonId" and "personId" name a person. */
export function kindOfField(name: string): string {
  const stem = name.replace(/Ids?$/, "");
  const words = stem.split(/(?=[A-Z])/);
  return (words[words.length - 1] ?? stem).toLowerCase();
}

function idsFor(pool: IdPool, name: string): string[] {
  return pool.byKind.get(kindOfField(name)) ?? pool.all;
}

/** Ids that exist (so a body can reach the use case) mixed with ones that do not. */
function idArbitrary(ids: string[]): fc.Arbitrary<string> {
  const unknown = fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 64 }));
  return ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), unknown) : unknown;
}

function dateIn(yearFrom: number, yearTo: number): fc.Arbitrary<Date> {
  return fc.date({
    min: new Date(Date.UTC(yearFrom, 0, 1)),
    max: new Date(Date.UTC(yearTo, 11, 31, 23, 59, 59)),
    noInvalidDate: true,
  });
}

function stringArbitrary(schema: JsonSchema, name: string, ids: IdPool): fc.Arbitrary<string> {
  if (/Ids?$/.test(name) || schema.description?.includes("identifier")) {
    return idArbitrary(idsFor(ids, name));
  }
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 60, 60);
  switch (schema.format) {
    case "date-time":
      return dateIn(1900, 2200).map((d) => d.toISOString());
    case "date":
      return dateIn(1900, 2200).map((d) => d.toISOString().slice(0, 10));
    case "email":
      return fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 300));
    case "uri":
      return fc.webUrl().filter((u) => u.length <= (schema.maxLength ?? 1000));
    case "uuid":
      return fc.uuid();
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.string({ minLength: Math.max(min, 1), maxLength: Math.max(max, 1) }),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...HOSTILE_TEXT).filter((s) => s.length >= min),
    },
    // The longest text the schema allows.
    { weight: 1, arbitrary: fc.constant("x".repeat(Math.min(schema.maxLength ?? 300, 100_000))) },
  );
}

/** A value the schema should accept (ids may name records that do not exist). */
export function validValue(schema: JsonSchema, ids: IdPool, name = ""): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => validValue(choice, ids, name)));
  if (schema.allOf?.[0]) return validValue(schema.allOf[0], ids, name);
  const types = typesOf(schema);
  const arbitraries = types.map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "boolean":
        return fc.boolean();
      case "integer":
        return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
      case "number":
        return fc.double({
          min: schema.minimum ?? -1e9,
          max: schema.maximum ?? 1e9,
          noNaN: true,
          noDefaultInfinity: true,
        });
      case "string":
        return stringArbitrary(schema, name, ids);
      case "array":
        return fc.array(validValue(schema.items ?? {}, ids, name), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 5, 5),
        });
      case "object":
        return objectArbitrary(schema, ids);
      default:
        return fc.jsonValue();
    }
  });
  if (arbitraries.length === 0) return fc.jsonValue();
  return arbitraries.length === 1
    ? (arbitraries[0] as fc.Arbitrary<unknown>)
    : fc.oneof(...arbitraries);
}

function objectArbitrary(schema: JsonSchema, ids: IdPool): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties)) {
    shape[key] = validValue(property, ids, key);
  }
  if (Object.keys(shape).length === 0) {
    return fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue(), { maxKeys: 3 });
  }
  return fc.record(shape, { requiredKeys: schema.required ?? [] });
}

/** Anything a client could put where a value belongs. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.constantFrom(
    -1,
    0,
    1e308,
    -1e308,
    2 ** 53,
    0.5,
    "9999-12-31T23:59:59Z",
    "10000-01-01",
    [],
    {},
  ),
);

/**
 * A body for the route: mostly valid ones (so the use case runs), the same with one field
 * replaced, removed or added, and some that ignore the schema.
 */
export function bodyArbitrary(schema: JsonSchema, ids: IdPool): fc.Arbitrary<unknown> {
  const valid = validValue(schema, ids);
  const keys = Object.keys(schema.properties ?? {});
  const broken =
    keys.length === 0
      ? anyJson
      : fc
          .tuple(
            valid,
            fc.constantFrom(...keys),
            anyJson,
            fc.constantFrom("replace", "remove", "add"),
          )
          .map(([body, key, value, how]) => {
            if (body === null || typeof body !== "object" || Array.isArray(body)) return body;
            const copy: Record<string, unknown> = { ...body };
            if (how === "replace") copy[key] = value;
            else if (how === "remove") delete copy[key];
            else copy[`${key}Extra`] = value;
            return copy;
          });
  return fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 4, arbitrary: broken },
    { weight: 1, arbitrary: anyJson },
  );
}

/** Within one object, a different known record for each id field (a referral's two people). */
function pickId(ids: IdPool, name: string, used: Set<string>): string {
  const candidates = idsFor(ids, name);
  const id = candidates.find((candidate) => !used.has(candidate)) ?? candidates[0];
  if (id) used.add(id);
  return id ?? "unknown";
}

type End = "least" | "most";

/**
 * A value at one end of what the schema documents. "least": the smallest body it calls enough
 * (required fields only, first choices, the shortest text). "most": every field at its far end
 * (the longest text, accented, the most items, the largest numbers, the latest dates, the last
 * choice of each list).
 */
export function extremeValue(
  schema: JsonSchema,
  ids: IdPool,
  end: End,
  name = "",
  used: Set<string> = new Set(),
): unknown {
  const most = end === "most";
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[most ? schema.enum.length - 1 : 0];
  const choice = (schema.anyOf ?? schema.oneOf ?? schema.allOf)?.[0];
  if (choice) return extremeValue(choice, ids, end, name, used);
  const type = typesOf(schema).find((t) => t !== "null") ?? "null";
  switch (type) {
    case "null":
      return null;
    case "boolean":
      return most;
    case "integer":
    case "number":
      return most
        ? (schema.maximum ?? 1_000_000)
        : Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case "array": {
      const count = most ? Math.min(schema.maxItems ?? 20, 20) : (schema.minItems ?? 0);
      return Array.from({ length: count }, (_, i) => {
        const item = extremeValue(schema.items ?? {}, ids, end, name, used);
        // Lists of text are sets to the user: make each entry its own.
        return most && typeof item === "string" && !/Ids?$/.test(name)
          ? `${i} ${item}`.slice(0, item.length)
          : item;
      });
    }
    case "object": {
      const inObject = new Set<string>();
      const keys = most ? Object.keys(schema.properties ?? {}) : (schema.required ?? []);
      return Object.fromEntries(
        keys.map((key) => [
          key,
          extremeValue(schema.properties?.[key] ?? {}, ids, end, key, inObject),
        ]),
      );
    }
    case "string": {
      if (/Ids?$/.test(name)) return pickId(ids, name, used);
      const max = Math.min(schema.maxLength ?? 300, 100_000);
      switch (schema.format) {
        case "date-time":
          return most ? "2200-12-31T23:59:59.999Z" : "2026-11-20T10:00:00.000Z";
        case "date":
          return most ? "2200-12-31" : "2026-11-20";
        case "email":
          return most ? `${"a".repeat(Math.min(64, max - 20))}@example.com` : "someone@example.com";
        case "uri":
          return most
            ? `https://example.com/${"p".repeat(Math.max(0, max - 20))}`
            : "https://example.com/";
      }
      if (!most) return "x".repeat(Math.max(schema.minLength ?? 1, 1));
      return (
        "Zoë Ñandú "
          .repeat(Math.ceil(max / 10))
          .slice(0, max)
          .trimEnd() || "x"
      );
    }
    default:
      return {};
  }
}

export const minimalValue = (schema: JsonSchema, ids: IdPool) => extremeValue(schema, ids, "least");
export const maximalValue = (schema: JsonSchema, ids: IdPool) => extremeValue(schema, ids, "most");
