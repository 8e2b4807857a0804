// One route for one use case: validate the body and path, call the use case, answer JSON.
import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../../app/context.js";
import { type Api, problemResponses } from "../api.js";

export const idParam = z.object({ id: z.string().min(1).max(64) });

export interface ActionSpec<B extends z.ZodType> {
  method: "get" | "post" | "put";
  path: string;
  tag: string;
  summary: string;
  body?: B;
  status?: 200 | 201;
  run: (ctx: AppContext, params: { id: string }, body: z.output<B>) => Promise<unknown>;
}

export function action<B extends z.ZodType>(api: Api, spec: ActionSpec<B>): void {
  const hasId = spec.path.includes("{id}");
  const status = spec.status ?? 200;
  const route = createRoute({
    method: spec.method,
    path: spec.path,
    tags: [spec.tag],
    summary: spec.summary,
    request: {
      ...(hasId ? { params: idParam } : {}),
      ...(spec.body
        ? { body: { required: true, content: { "application/json": { schema: spec.body } } } }
        : {}),
    },
    responses: {
      [status]: { description: "the result", content: { "application/json": { schema: z.any() } } },
      ...problemResponses,
    },
  });
  api.openapi(route, async (c) => {
    // The route was declared above with exactly these parts; the casts only reopen them.
    const valid = c.req.valid.bind(c.req) as (target: string) => unknown;
    const params = hasId ? (valid("param") as { id: string }) : { id: "" };
    const body = (spec.body ? valid("json") : undefined) as z.output<B>;
    const result = await spec.run(c.get("ctx"), params, body);
    return c.json(result as object, status);
  });
}
