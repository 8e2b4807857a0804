// The address a request came from, as the server saw the connection; behind a reverse proxy
// that the operator trusts (`--trust-proxy`), the first address it forwarded. Counting sign-in
// attempts per address needs this to be something a client cannot simply choose.
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // In-process requests (tests) have no socket.
    return "local";
  }
}
