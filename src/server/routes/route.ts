// One route for one use case, with any path parameters, query and body: validate them, call the
// use case, answer JSON (or 204). The answer's schema is part of the spec, and `run` must return
// what it describes, so the OpenAPI document cannot promise one thing while the code answers
// another. action.ts is the common case of it: at most an {id}.
import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../../app/context.js";
import { type Api, problemResponses } from "../api.js";

const pathId = z.string().min(1).max(64);

export interface RouteSpec<
  P extends Record<string, true>,
  Q extends z.ZodObject,
  B extends z.ZodType,
  R extends z.ZodType,
> {
  operationId: string;
  method: "get" | "post" | "put" | "delete";
  path: string;
  tag: string;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  /** null: 204 with no body. */
  response: R | null;
  /** What the answer is, for the document. */
  describe?: string;
  status?: 200 | 201 | 204;
  run: (
    ctx: AppContext,
    input: { params: Record<keyof P, string>; query: z.output<Q>; body: z.output<B> },
  ) => Promise<z.output<R>>;
}

export function route<
  P extends Record<string, true>,
  Q extends z.ZodObject,
  B extends z.ZodType,
  R extends z.ZodType,
>(api: Api, spec: RouteSpec<P, Q, B, R>): void {
  const names = Object.keys(spec.params ?? {});
  const status = spec.status ?? (spec.response === null ? 204 : 200);
  const created = createRoute({
    operationId: spec.operationId,
    method: spec.method,
    path: spec.path,
    tags: [spec.tag],
    summary: spec.summary,
    request: {
      ...(names.length > 0
        ? { params: z.object(Object.fromEntries(names.map((name) => [name, pathId]))) }
        : {}),
      ...(spec.query ? { query: spec.query } : {}),
      ...(spec.body
        ? { body: { required: true, content: { "application/json": { schema: spec.body } } } }
        : {}),
    },
    responses: {
      [status]:
        spec.response === null
          ? { description: "done" }
          : {
              description: spec.describe ?? "the result",
              content: { "application/json": { schema: spec.response } },
            },
      ...problemResponses,
    },
  });
  api.openapi(created, async (c) => {
    // The route was declared above with exactly these parts; the cast only reopens them.
    const valid = c.req.valid.bind(c.req) as (target: string) => unknown;
    const input = {
      params: (names.length > 0 ? valid("param") : {}) as Record<keyof P, string>,
      query: (spec.query ? valid("query") : {}) as z.output<Q>,
      body: (spec.body ? valid("json") : undefined) as z.output<B>,
    };
    const result = await spec.run(c.get("ctx"), input);
    // A 204 has no body to type; the document above says so.
    if (status === 204) return c.body(null, 204) as never;
    return c.json(result as object, status as 200 | 201);
  });
}
