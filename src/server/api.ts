// The OpenAPI-aware Hono app type and the hook that turns validation failures into problems.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppContext } from "../app/context.js";
import { problemSchema } from "../app/views/problem.js";
import { respondProblem, validationProblem } from "./problem.js";

export interface Env {
  Variables: { ctx: AppContext };
}

export type Api = OpenAPIHono<Env>;

export function newApi(): Api {
  return new OpenAPIHono<Env>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const where =
          result.target === "json" ? "body" : result.target === "query" ? "query string" : "path";
        return respondProblem(c, validationProblem(result.error, where));
      }
    },
  });
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

export const problemResponses = {
  400: problem("invalid input; `errors` names the fields"),
  404: problem("no such record for this owner"),
  409: problem("not allowed in the current state"),
} as const;
