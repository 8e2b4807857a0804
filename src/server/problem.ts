// Errors as RFC 9457 problem documents. Every error names the fields at fault so a form can
// point at them and a script can say what to fix.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import {
  Conflict,
  type FieldIssue,
  NotFound,
  RuleViolation,
  TryAgainLater,
} from "../domain/errors.js";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: FieldIssue[];
}

export function problem(
  status: number,
  title: string,
  detail: string,
  errors: FieldIssue[] = [],
): Problem {
  return { type: "about:blank", title, status, detail, errors };
}

export function respondProblem(c: Context, body: Problem): Response {
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    "content-type": "application/problem+json",
    // A busy database frees up within seconds: say when to come back.
    ...(body.status === 503 ? { "retry-after": "2" } : {}),
  });
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join(".") : "(body)",
    message: issue.message,
  }));
}

export function validationProblem(error: z.ZodError, where: string): Problem {
  const errors = zodIssues(error);
  const fields = errors.map((e) => e.field).join(", ");
  return problem(400, "Invalid input", `The ${where} has invalid fields: ${fields}`, errors);
}

/** Maps a thrown error to a problem; unknown errors become a 500 without internals. */
export function problemFor(error: unknown): Problem {
  if (error instanceof RuleViolation)
    return problem(400, "Invalid input", error.message, error.issues);
  if (error instanceof NotFound) {
    return problem(404, "Not found", error.message, [
      { field: error.field, message: error.message },
    ]);
  }
  if (error instanceof Conflict) return problem(409, "Conflict", error.message, error.issues);
  if (error instanceof TryAgainLater) {
    return problem(503, "Busy", error.message, [
      { field: "(database)", message: "busy with another write" },
    ]);
  }
  if (error instanceof HTTPException) {
    // Hono's own refusals, e.g. a body that is not JSON.
    const field = error.status === 400 ? "(body)" : "(request)";
    return problem(
      error.status,
      error.status === 400 ? "Invalid input" : "Request refused",
      error.message,
      [{ field, message: error.message }],
    );
  }
  if (error instanceof SyntaxError) {
    return problem(400, "Invalid input", "The body is not valid JSON", [
      { field: "(body)", message: error.message },
    ]);
  }
  return problem(500, "Internal error", "Something went wrong; nothing was changed.");
}
