// Server mode's front door: better-auth's routes under /api/auth (with the sign-in lockout in
// front of them), and every other API route answered only for a session, as that session's
// owner. Health, the OpenAPI document and the calendar feed links stay open: a calendar program
// has no session, and the feed's secret link is its key; so do the join routes, whose
// invitation token is theirs.
import type { Accounts } from "../../app/accounts/auth.js";
import { AUTH_BASE_PATH } from "../../app/accounts/authPath.js";
import type { AppContext } from "../../app/context.js";
import type { Api } from "../api.js";
import { problem, respondProblem } from "../problem.js";
import { JOIN_BASE_PATH } from "../routes/centers/joinRoutes.js";
import { clientAddress } from "./clientAddress.js";
import { lockedFor, recordFailure, recordSuccess } from "./signInLockout.js";

const OPEN_PATHS = new Set(["/api/health", "/api/openapi.json"]);

export interface AuthMountOptions {
  accounts: Accounts;
  base: AppContext;
  /** Believe X-Forwarded-For (only behind a reverse proxy the operator runs). */
  trustProxy?: boolean;
}

async function emailOf(request: Request): Promise<string> {
  try {
    const body = (await request.clone().json()) as { email?: unknown };
    return typeof body.email === "string" ? body.email : "";
  } catch {
    return "";
  }
}

export function mountAuth(api: Api, options: AuthMountOptions): void {
  const { accounts, base } = options;
  const { auth } = accounts;

  api.on(["GET", "POST"], `${AUTH_BASE_PATH}/*`, async (c) => {
    const address = clientAddress(c, options.trustProxy === true);
    const headers = new Headers(c.req.raw.headers);
    headers.set("x-inroads-client-address", address);
    // The body was read already (limits, text checks): hand better-auth the same bytes anew.
    const hasBody = c.req.method !== "GET" && c.req.method !== "HEAD";
    const request = new Request(c.req.url, {
      method: c.req.method,
      headers,
      body: hasBody ? await c.req.arrayBuffer() : undefined,
    });
    const signingIn = c.req.method === "POST" && c.req.path === `${AUTH_BASE_PATH}/sign-in/email`;
    if (!signingIn) return auth.handler(request);

    const email = await emailOf(request);
    const wait = await lockedFor(base.store, base.clock, email, address);
    if (wait > 0) {
      const refused = respondProblem(
        c,
        problem(429, "Too many attempts", "Too many failed sign-ins: wait, then try again.", [
          { field: "email", message: `locked for ${wait} more seconds` },
        ]),
      );
      refused.headers.set("retry-after", String(wait));
      return refused;
    }
    const response = await auth.handler(request);
    if (response.status === 401) await recordFailure(base.store, base.clock, email, address);
    else if (response.ok) await recordSuccess(base.store, email);
    return response;
  });

  api.use("/api/*", async (c, next) => {
    if (
      OPEN_PATHS.has(c.req.path) ||
      c.req.path.startsWith(`${AUTH_BASE_PATH}/`) ||
      c.req.path.startsWith(JOIN_BASE_PATH)
    ) {
      c.set("ctx", base);
      return next();
    }
    const session = await auth.api.getSession({ headers: c.req.raw.headers });
    if (!session) {
      return respondProblem(
        c,
        problem(401, "Sign in first", "This server answers only to a signed-in account.", [
          { field: "session", message: "no valid session" },
        ]),
      );
    }
    c.set("ctx", { ...base, ownerId: session.user.id });
    return next();
  });
}
