// Every operation in /api/openapi.json, fed bodies, ids and query strings made from its own
// schema and then broken (see ../support/schemaArbitrary.ts), on both engines. Whatever a
// client sends, the answer is never a 5xx, and a refusal is a problem document. A route added
// later is fuzzed without anyone touching this file. CI runs a short seeded pass; `npm run fuzz`
// runs a long one (or set INROADS_FUZZ_RUNS).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/databases.js";
import { fillPath, knownRecords, type Operation, readOperations } from "../support/openapi.js";
import { bodyArbitrary, type IdPool, validValue } from "../support/schemaArbitrary.js";
import { setupApp } from "../support/setupApp.js";

const RUNS = Number(
  process.env.INROADS_FUZZ_RUNS ?? (process.env.npm_lifecycle_event === "fuzz" ? 300 : 20),
);
const SEED = Number(process.env.INROADS_FUZZ_SEED ?? 20261130);

function queryString(values: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

describe.each(ENGINES)("fuzzing every operation on %s", (engine) => {
  const { api } = setupApp(engine);
  let operations: Operation[] = [];
  let ids: IdPool = { all: [], byKind: new Map() };

  beforeAll(async () => {
    expect((await api.post("/api/demo", {})).status).toBe(201);
    operations = await readOperations(api);
    ids = (await knownRecords(api, operations)).pool;
  });

  it("never answers 5xx, and refuses with a problem document", async () => {
    expect(operations.length).toBeGreaterThan(90);
    // Deletions last, so the other operations meet the sample's records.
    const ordered = [...operations].sort(
      (a, b) => Number(a.method === "delete") - Number(b.method === "delete"),
    );
    // Fuzzing that never gets past validation proves little: each create must land sometimes.
    const landed = new Set<string>();
    for (const operation of ordered) {
      const pathValue = fc.oneof(
        fc.constantFrom(...ids.all),
        fc.constantFrom("json", "csv", "vcard", "ics", "x.ics", "..", "%2e%2e", "a".repeat(70)),
        fc.string({ minLength: 1, maxLength: 20 }),
      );
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
        fc.asyncProperty(pathValue, query, body, async (id, params, sent) => {
          const values = Object.fromEntries(operation.pathParams.map((name) => [name, id]));
          const path = fillPath(operation.path, values) + queryString(params);
          const response = await api.request(
            operation.method.toUpperCase(),
            path,
            sent,
            sent === undefined ? {} : { "content-type": "application/json" },
          );
          const where = `${operation.operationId} ${operation.method.toUpperCase()} ${path} ${JSON.stringify(sent)?.slice(0, 300)}`;
          expect(response.status, where).toBeLessThan(500);
          if (response.status < 300) landed.add(operation.operationId);
          if (response.status >= 400) {
            expect(response.contentType, where).toContain("application/problem+json");
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }
    const creates = operations.filter((o) => o.operationId.startsWith("create"));
    expect(creates.filter((o) => !landed.has(o.operationId)).map((o) => o.operationId)).toEqual([]);
  });
});
