// One route for one use case: validate the body and path, call the use case, answer JSON. The
// answer's schema is part of the spec, and `run` must return what it describes, so the OpenAPI
// document cannot promise one thing while the code answers another.
import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../../app/context.js";
import { type Api, problemResponses } from "../api.js";

export const idParam = z.object({ id: z.string().min(1).max(64) });

export interface ActionSpec<B extends z.ZodType, R extends z.ZodType> {
  /** Stable name for generated clients: a camelCase verb and the practice's noun. */
  operationId: string;
  method: "get" | "post" | "put";
  path: string;
  tag: string;
  summary: string;
  body?: B;
  response: R;
  /** What the answer is, for the document. */
  describe?: string;
  status?: 200 | 201;
  run: (ctx: AppContext, params: { id: string }, body: z.output<B>) => Promise<z.output<R>>;
}

export function action<B extends z.ZodType, R extends z.ZodType>(
  api: Api,
  spec: ActionSpec<B, R>,
): void {
  const hasId = spec.path.includes("{id}");
  const status = spec.status ?? 200;
  const route = createRoute({
    operationId: spec.operationId,
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
      [status]: {
        description: spec.describe ?? "the result",
        content: { "application/json": { schema: spec.response } },
      },
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
