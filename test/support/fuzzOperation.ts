// One operation of the OpenAPI document, fed path values, query strings and bodies made from its
// own schema and then broken (see schemaArbitrary.ts). Whatever a client sends, the answer is
// never a 5xx, and a refusal is a problem document. Answers whether some call landed (2xx), so
// a suite can check that the fuzzing got past validation at all.
import fc from "fast-check";
import { expect } from "vitest";
import type { TestApi } from "./api.js";
import { fillPath, type Operation } from "./openapi.js";
import { bodyArbitrary, type IdPool, validValue } from "./schemaArbitrary.js";

export const FUZZ_RUNS = Number(
  process.env.INROADS_FUZZ_RUNS ?? (process.env.npm_lifecycle_event === "fuzz" ? 300 : 20),
);
export const FUZZ_SEED = Number(process.env.INROADS_FUZZ_SEED ?? 20261130);

function queryString(values: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export interface FuzzOptions {
  runs?: number;
  /** Ids that fit a path parameter (e.g. the programs for /api/programs/{id}), tried often. */
  pathIds?: Record<string, string[]>;
}

export async function fuzzOperation(
  api: TestApi,
  operation: Operation,
  ids: IdPool,
  options: FuzzOptions = {},
): Promise<boolean> {
  let landed = false;
  const anyValue = fc.oneof(
    fc.constantFrom(...(ids.all.length > 0 ? ids.all : ["none"])),
    fc.constantFrom("json", "csv", "vcard", "ics", "x.ics", "..", "%2e%2e", "a".repeat(70)),
    fc.string({ minLength: 1, maxLength: 20 }),
  );
  const valueFor = (name: string) => {
    const fitting = options.pathIds?.[name] ?? [];
    return fitting.length > 0
      ? fc.oneof(
          { arbitrary: fc.constantFrom(...fitting), weight: 3 },
          { arbitrary: anyValue, weight: 1 },
        )
      : anyValue;
  };
  // Without fitting ids, one value fills every parameter: the draws (and so the seeded runs)
  // stay those the suite was tuned on.
  const pathValues = options.pathIds
    ? fc.record(Object.fromEntries(operation.pathParams.map((name) => [name, valueFor(name)])))
    : anyValue.map((id) => Object.fromEntries(operation.pathParams.map((name) => [name, id])));
  const query = fc.record(
    Object.fromEntries(
      operation.query.map((p) => [
        p.name,
        fc.oneof(validValue(p.schema ?? {}, ids, p.name), fc.string({ maxLength: 12 })),
      ]),
    ),
    { requiredKeys: [] },
  );
  const body = operation.body ? bodyArbitrary(operation.body, ids) : fc.constant(undefined);
  await fc.assert(
    fc.asyncProperty(pathValues, query, body, async (values, params, sent) => {
      const path = fillPath(operation.path, values) + queryString(params);

      const response = await api.request(
        operation.method.toUpperCase(),
        path,
        sent,
        sent === undefined ? {} : { "content-type": "application/json" },
      );
      const where = `${operation.operationId} ${operation.method.toUpperCase()} ${path} ${JSON.stringify(sent)?.slice(0, 300)}`;
      expect(response.status, where).toBeLessThan(500);
      if (response.status < 300) landed = true;
      if (response.status >= 400) {
        expect(response.contentType, where).toContain("application/problem+json");
      }
    }),
    { numRuns: options.runs ?? FUZZ_RUNS, seed: FUZZ_SEED, endOnFailure: true },
  );
  return landed;
}
