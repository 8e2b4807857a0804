// List, read, create, update and delete routes for one resource, with OpenAPI documents, built
// from its definition. Routes only validate and call the service: no rules live here.
import { createRoute, z } from "@hono/zod-openapi";
import type { ResourceService } from "../../app/crud.js";
import { boundedPageSchema, pageSchema } from "../../app/views/page.js";
import type { ListFilter } from "../../store/ownedRepository.js";
import type { Entity } from "../../store/tableSpec.js";
import { type Api, problemResponses } from "../api.js";
import { idParam } from "./action.js";

/** "follow-ups" → "FollowUps", "glossary term" → "GlossaryTerm": for operationIds. */
export function pascal(words: string): string {
  return words
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join("");
}

const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });

function filterSchema(service: ResourceService) {
  const { def } = service;
  const shape: Record<string, z.ZodType> = {
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  };
  const entityShape = def.entity.shape as Record<string, z.ZodType>;
  for (const field of def.equalsFilters) {
    const isFlag = def.columns[field] === "flag";
    shape[field] = isFlag ? z.enum(["true", "false"]).optional() : z.string().max(300).optional();
    if (!entityShape[field]) throw new Error(`${def.name}: filter ${field} is not a field`);
  }
  for (const field of def.containsFilters) shape[field] = z.string().max(300).optional();
  if (def.table === "people") {
    shape.q = z
      .string()
      .max(300)
      .optional()
      .describe("full-text search: every word as a prefix, accents ignored");
    shape.count = z
      .enum(["exact"])
      .optional()
      .describe("exact: count every match; otherwise a search past 1,000 matches says 1,000+");
  } else if (def.searchFields.length > 0) {
    shape.q = z
      .string()
      .max(300)
      .optional()
      .describe(`words to find in ${def.searchFields.join(", ")}`);
  }
  return z.object(shape);
}

function toFilter(service: ResourceService, query: Record<string, unknown>): ListFilter {
  const equals: Record<string, unknown> = {};
  const contains: Record<string, string> = {};
  for (const field of service.def.equalsFilters) {
    const value = query[field];
    if (value === undefined) continue;
    if (service.def.columns[field] === "flag") equals[field] = value === "true";
    else equals[field] = value === "" ? null : value;
  }
  for (const field of service.def.containsFilters) {
    if (typeof query[field] === "string") contains[field] = query[field] as string;
  }
  return { equals, contains };
}

export function crudRoutes(
  api: Api,
  service: ResourceService,
  options: { create?: boolean } = {},
): void {
  const { def } = service;
  const base = `/api/${def.plural}`;
  const tags = [def.plural];
  const item = def.listItem ?? def.entity;
  const page = def.table === "people" ? boundedPageSchema(item) : pageSchema(item);
  const one = pascal(def.name);

  api.openapi(
    createRoute({
      operationId: `list${pascal(def.plural)}`,
      method: "get",
      path: base,
      tags,
      summary: `List ${def.plural}`,
      request: { query: filterSchema(service) },
      responses: {
        200: { description: `a page of ${def.plural}`, ...json(page) },
        ...problemResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid("query") as Record<string, unknown>;
      const result = await service.list(
        c.get("ctx"),
        { limit: Number(query.limit), offset: Number(query.offset) },
        toFilter(service, query),
        typeof query.q === "string" ? query.q : undefined,
        { exactCount: query.count === "exact" },
      );
      return c.json(result, 200);
    },
  );

  api.openapi(
    createRoute({
      operationId: `get${one}`,
      method: "get",
      path: `${base}/{id}`,
      tags,
      summary: `Read one ${def.name}`,
      request: { params: idParam },
      responses: { 200: { description: def.name, ...json(def.entity) }, ...problemResponses },
    }),
    async (c) => c.json(await service.get(c.get("ctx"), c.req.valid("param").id), 200),
  );

  if (options.create !== false) {
    api.openapi(
      createRoute({
        operationId: `create${one}`,
        method: "post",
        path: base,
        tags,
        summary: `Create a ${def.name}`,
        request: { body: { required: true, ...json(def.create) } },
        responses: {
          201: { description: `the new ${def.name}`, ...json(def.entity) },
          ...problemResponses,
        },
      }),
      async (c) => c.json(await service.create(c.get("ctx"), c.req.valid("json") as Entity), 201),
    );
  }

  api.openapi(
    createRoute({
      operationId: `update${one}`,
      method: "patch",
      path: `${base}/{id}`,
      tags,
      summary: `Change a ${def.name}`,
      request: { params: idParam, body: { required: true, ...json(def.update) } },
      responses: {
        200: { description: `the ${def.name} as saved`, ...json(def.entity) },
        ...problemResponses,
      },
    }),
    async (c) =>
      c.json(
        await service.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json") as Entity),
        200,
      ),
  );

  api.openapi(
    createRoute({
      operationId: `delete${one}`,
      method: "delete",
      path: `${base}/{id}`,
      tags,
      summary: `Delete a ${def.name}`,
      request: { params: idParam },
      responses: { 204: { description: "deleted" }, ...problemResponses },
    }),
    async (c) => {
      await service.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
}
