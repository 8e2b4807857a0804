import { describe, expect, it } from "vitest";
import { ENTITIES } from "./registry.js";

describe("the entity registry", () => {
  it("names each entity once, by table and by route", () => {
    const tables = ENTITIES.map((entry) => entry.def.table);
    const plurals = ENTITIES.map((entry) => entry.def.plural);
    expect(new Set(tables).size).toBe(tables.length);
    expect(new Set(plurals).size).toBe(plurals.length);
  });

  it("searches by substring exactly the entities that name fields to search", () => {
    for (const { def, search } of ENTITIES) {
      expect({ entity: def.name, search }).toEqual({
        entity: def.name,
        search: def.searchFields.length > 0 ? "substring" : "full-text",
      });
    }
  });

  it("serves each entity with the service built for it", () => {
    for (const { def, service } of ENTITIES) expect(service.def).toBe(def);
  });

  it("says which route creates an entity whose plain POST is closed", () => {
    for (const { api } of ENTITIES) {
      if (api && api.create === "closed") expect(api.createdBy).toMatch(/^(POST|PUT) \/api\//);
    }
  });
});
