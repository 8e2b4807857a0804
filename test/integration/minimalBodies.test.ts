// Every route that takes a body, sent the smallest body its OpenAPI schema documents as enough
// (the required fields, first choices, real ids), on both engines. A create route then creates,
// or meets a rule about what is already there; no route answers 5xx. (POST /api/leads without
// `heardOn` once answered 500: the document called it optional, the database did not.)
import { beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/databases.js";
import {
  fillPath,
  type KnownRecords,
  knownRecords,
  type Operation,
  readOperations,
} from "../support/openapi.js";
import { minimalValue } from "../support/schemaArbitrary.js";
import { setupApp } from "../support/setupApp.js";

describe.each(ENGINES)("minimal documented bodies on %s", (engine) => {
  const { api } = setupApp(engine);
  let operations: Operation[] = [];
  let known: KnownRecords;

  beforeAll(async () => {
    expect((await api.post("/api/demo", {})).status).toBe(201);
    operations = await readOperations(api);
    known = await knownRecords(api, operations, 5);
  });

  it("creates with the required fields alone, and never answers 5xx", async () => {
    const withBody = operations.filter((o) => o.body && o.method !== "delete");
    expect(withBody.length).toBeGreaterThan(40);
    for (const operation of withBody) {
      const body = minimalValue(operation.body ?? {}, known.pool);
      // A path's {id} names a record of the collection the path starts with.
      const collection = /^\/api\/[\w-]+/.exec(operation.path)?.[0] ?? "";
      const path = fillPath(operation.path, {
        id: known.byCollection.get(collection)?.[0] ?? "unknown",
      });
      const response = await api.request(operation.method.toUpperCase(), path, body);
      const where = `${operation.operationId} ${path} ${JSON.stringify(body)}`;
      expect(response.status, where).toBeLessThan(500);
      if (operation.operationId.startsWith("create") && operation.pathParams.length === 0) {
        // Created, or refused by a rule about what is already there (the sample may hold the
        // same introduction); never refused as malformed: the body is what the document asks.
        expect([201, 409], `${where}: ${JSON.stringify(response.body)}`).toContain(response.status);
      }
    }
  });
});
