// One route for one use case with at most an {id} in its path: most of the API. A plain case of
// route.ts, which also takes other path parameters and a query.
import { z } from "@hono/zod-openapi";
import type { AppContext } from "../../app/context.js";
import type { Api } from "../api.js";
import { route } from "./route.js";

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
  const { run, ...rest } = spec;
  route(api, {
    ...rest,
    params: spec.path.includes("{id}") ? { id: true } : undefined,
    run: (ctx, input) => run(ctx, { id: input.params.id ?? "" }, input.body),
  });
}
