// What every refused request answers (application/problem+json, RFC 9457), as src/server/problem.ts
// builds it: the fields at fault are named so a form can point at them.
import { z } from "zod";

export const fieldIssueSchema = z.object({
  field: z.string().describe("dotted path of the field, e.g. `emails.0`, or `(body)`"),
  message: z.string(),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(fieldIssueSchema),
});

export type FieldIssueView = z.output<typeof fieldIssueSchema>;
export type ProblemView = z.output<typeof problemSchema>;
