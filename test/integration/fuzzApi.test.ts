// Every operation in /api/openapi.json, fed bodies, ids and query strings made from its own
// schema and then broken (see ../support/schemaArbitrary.ts), on both engines. Whatever a
// client sends, the answer is never a 5xx, and a refusal is a problem document. A route added
// later is fuzzed without anyone touching this file. CI runs a short seeded pass; `npm run fuzz`
// runs a long one (or set INROADS_FUZZ_RUNS).
import { beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/databases.js";
import { fuzzOperation } from "../support/fuzzOperation.js";
import { knownRecords, type Operation, readOperations } from "../support/openapi.js";
import type { IdPool } from "../support/schemaArbitrary.js";
import { setupApp } from "../support/setupApp.js";

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
      if (await fuzzOperation(api, operation, ids)) landed.add(operation.operationId);
    }
    const creates = operations.filter((o) => o.operationId.startsWith("create"));
    expect(creates.filter((o) => !landed.has(o.operationId)).map((o) => o.operationId)).toEqual([]);
  });
});
