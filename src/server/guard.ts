// Local safety. A server on 127.0.0.1 is still reachable from web pages the user visits: DNS
// rebinding points a foreign name at 127.0.0.1, and cross-site forms can POST to it. So we
// answer only requests addressed to a local name, and refuse state-changing requests from a
// foreign origin.
import type { MiddlewareHandler } from "hono";
import { problem, respondProblem } from "./problem.js";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function hostname(hostHeader: string): string {
  const trimmed = hostHeader.trim().toLowerCase();
  if (trimmed.startsWith("[")) return trimmed.slice(0, trimmed.indexOf("]") + 1);
  return trimmed.split(":")[0] ?? "";
}

export function isLocalHost(hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (!hostHeader) return false;
  const name = hostname(hostHeader);
  return LOCAL_HOSTS.has(name) || name.endsWith(".localhost") || allowed.has(name);
}

/** The Origin names this very server: its scheme, host and port (https://… is not http://…). */
function isSameOrigin(origin: string, host: string | undefined, protocol: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return parsed.protocol === protocol && parsed.host.toLowerCase() === (host ?? "").toLowerCase();
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface GuardOptions {
  /** Extra host names the user allowed, e.g. when serving on a LAN address on purpose. */
  allowedHosts?: string[];
  /**
   * Server mode's public origin (https://inroads.example.edu): changes must come from it. Behind
   * a proxy that ends TLS, the request itself arrives as http, so its own URL cannot say.
   */
  publicOrigin?: string;
}

export function localOnly(options: GuardOptions = {}): MiddlewareHandler {
  const allowed = new Set((options.allowedHosts ?? []).map((h) => h.toLowerCase()));
  return async (c, next) => {
    if (!isLocalHost(c.req.header("host"), allowed)) {
      return respondProblem(
        c,
        problem(403, "Forbidden host", "This server answers only to local host names.", [
          { field: "Host", message: `not a local name: ${c.req.header("host") ?? "(none)"}` },
        ]),
      );
    }
    const origin = c.req.header("origin");
    // Only our own pages may change data: the Origin must be this very host and port (another
    // local app on another port is foreign too). Sandboxed frames send "null": foreign.
    if (!SAFE_METHODS.has(c.req.method) && origin !== undefined) {
      const own =
        origin === options.publicOrigin ||
        isSameOrigin(origin, c.req.header("host"), new URL(c.req.url).protocol);
      if (!own) {
        return respondProblem(
          c,
          problem(403, "Forbidden origin", "Changes are accepted only from this app's own pages.", [
            { field: "Origin", message: `foreign origin: ${origin}` },
          ]),
        );
      }
    }
    await next();
  };
}
