// The HTTP application: local-safety guard, the context for each request, the API routes, the
// OpenAPI document, problem+json errors and (when built) the web app's static files.
import type { Accounts } from "../app/accounts/auth.js";
import type { AppContext } from "../app/context.js";
import { type Api, newApi } from "./api.js";
import { documentAuth } from "./auth/authDocs.js";
import { mountAuth } from "./auth/mountAuth.js";
import { faithfulText } from "./faithfulText.js";
import { type GuardOptions, localOnly } from "./guard.js";
import { problem, problemFor, respondProblem } from "./problem.js";
import { RESOURCES } from "./resources.js";
import { calendarFeedRoutes } from "./routes/calendarFeeds.js";
import { centerRoutes } from "./routes/centers/index.js";
import { conversationRoutes } from "./routes/conversations.js";
import { crudRoutes } from "./routes/crud.js";
import { followUpRoutes } from "./routes/followUps.js";
import { overviewRoutes } from "./routes/overview.js";
import { reminderRoutes } from "./routes/reminders.js";
import { transferRoutes } from "./routes/transfer.js";
import { bodyLimits, jsonOnly, securityHeaders } from "./security.js";

export interface AppOptions extends GuardOptions {
  version: string;
  /** Server mode: accounts and sessions; every request's owner comes from its session. */
  server?: { accounts: Accounts; trustProxy: boolean; signUpOpen: boolean };
  /** Adds routes after the API, e.g. the web app's static files. */
  extend?: (api: Api) => void;
}

export function createApp(ctx: AppContext, options: AppOptions): Api {
  const api = newApi();
  api.use("*", securityHeaders());
  api.use("*", localOnly(options));
  api.use("/api/*", jsonOnly());
  api.use("/api/*", bodyLimits());
  api.use("/api/*", faithfulText());
  if (options.server) {
    mountAuth(api, {
      accounts: options.server.accounts,
      base: ctx,
      trustProxy: options.server.trustProxy,
    });
    documentAuth(api, { signUpOpen: options.server.signUpOpen });
  } else {
    // Local mode: one owner, the one who runs the program.
    api.use("/api/*", async (c, next) => {
      c.set("ctx", ctx);
      await next();
    });
  }

  api.get("/api/health", async (c) => {
    await ctx.store.ping();
    return c.json({ status: "ok", version: options.version, database: ctx.store.engine });
  });
  // Action routes first: "/api/touchpoints" POST and "/api/referrals/capture" must win over CRUD.
  conversationRoutes(api);
  followUpRoutes(api);
  overviewRoutes(api);
  transferRoutes(api);
  calendarFeedRoutes(api, ctx);
  reminderRoutes(api, ctx);
  // Coaches and centers need accounts: staff and seekers are different people.
  if (options.server) centerRoutes(api, options.server.accounts);
  for (const resource of RESOURCES) crudRoutes(api, resource.service, { create: resource.create });

  api.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Inroads API",
      version: options.version,
      description:
        "Informational interviews, end to end: people, outreach, preparation, conversations, follow-ups and referrals.",
    },
  });

  options.extend?.(api);

  api.notFound((c) =>
    respondProblem(
      c,
      problem(404, "Not found", `No route for ${c.req.method} ${c.req.path}`, [
        { field: "path", message: c.req.path },
      ]),
    ),
  );
  api.onError((error, c) => {
    const body = problemFor(error);
    if (body.status >= 500 && body.status !== 503) console.error(error);
    return respondProblem(c, body);
  });
  return api;
}
