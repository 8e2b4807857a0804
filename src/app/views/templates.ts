// GET and PUT /api/templates: the templates in use (the seeker's, else the built-in ones), the
// built-in ones for "start again", and which the seeker has edited.
import { z } from "zod";
import { TEMPLATE_KEYS } from "../../domain/templates.js";

const set = z.object({
  myName: z.string(),
  requestSubject: z.string(),
  request: z.string(),
  thankYouEmail: z.string(),
  thankYouCard: z.string(),
});

export const templatesSchema = set.extend({
  builtIn: set.describe("the program's own templates, the defaults"),
  edited: z.array(z.enum(TEMPLATE_KEYS)).describe("the templates this seeker changed"),
});

export const templatesUpdate = z
  .object({
    myName: z.string().trim().max(300).nullable(),
    requestSubject: z.string().max(1000).nullable(),
    request: z.string().max(20_000).nullable(),
    thankYouEmail: z.string().max(20_000).nullable(),
    thankYouCard: z.string().max(20_000).nullable(),
  })
  .partial()
  .strict()
  .describe("a field set to null goes back to the built-in template");

export type TemplatesView = z.output<typeof templatesSchema>;
