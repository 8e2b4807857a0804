// The sign-in operations in our OpenAPI document, so a client finds them beside the rest of
// the API (better-auth serves them; these entries describe what it takes and answers).
import { z } from "@hono/zod-openapi";
import { AUTH_BASE_PATH } from "../../app/accounts/authPath.js";
import { problemSchema } from "../../app/views/problem.js";
import type { Api } from "../api.js";

const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  emailVerified: z.boolean(),
});
const sessionSchema = z.object({
  session: z.object({ id: z.string(), userId: z.string(), expiresAt: z.string() }),
  user: userSchema,
});
/** better-auth's own refusals: a code and a message. */
const authError = z.object({ code: z.string().optional(), message: z.string() });
const authRefusal = (description: string) => ({ description, content: json(authError) });
const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });
const refused = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

export function documentAuth(api: Api, options: { signUpOpen: boolean }): void {
  const registry = api.openAPIRegistry;
  registry.registerPath({
    operationId: "signIn",
    method: "post",
    path: `${AUTH_BASE_PATH}/sign-in/email`,
    tags: ["account"],
    summary: "Sign in with e-mail and password; sets the session cookie",
    request: {
      body: {
        required: true,
        content: json(
          z.object({
            email: z.string().email(),
            password: z.string(),
            rememberMe: z.boolean().optional(),
          }),
        ),
      },
    },
    responses: {
      200: { description: "signed in", content: json(z.object({ user: userSchema })) },
      401: authRefusal("unknown e-mail or wrong password (the same answer for both)"),
      403: authRefusal("the e-mail is not confirmed yet, or the account is disabled"),
      429: refused("too many failed attempts for this account or address; see Retry-After"),
    },
  });
  registry.registerPath({
    operationId: "signOut",
    method: "post",
    path: `${AUTH_BASE_PATH}/sign-out`,
    tags: ["account"],
    summary: "End this session, on every instance",
    responses: {
      200: { description: "signed out", content: json(z.object({ success: z.boolean() })) },
    },
  });
  registry.registerPath({
    operationId: "getSession",
    method: "get",
    path: `${AUTH_BASE_PATH}/get-session`,
    tags: ["account"],
    summary: "The current session and its account, or null",
    responses: {
      200: { description: "the session, or null", content: json(sessionSchema.nullable()) },
    },
  });
  if (options.signUpOpen) {
    registry.registerPath({
      operationId: "signUp",
      method: "post",
      path: `${AUTH_BASE_PATH}/sign-up/email`,
      tags: ["account"],
      summary: "Open an account; a confirmation mail is sent before the first sign-in",
      request: {
        body: {
          required: true,
          content: json(
            z.object({ email: z.string().email(), password: z.string(), name: z.string() }),
          ),
        },
      },
      responses: {
        200: {
          description: "the account, waiting for its e-mail to be confirmed",
          content: json(z.object({ user: userSchema.nullable() })),
        },
        400: authRefusal("a password that will not do, or an invalid e-mail"),
      },
    });
  }
}
