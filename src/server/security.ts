// What every answer says about itself, and what every request may carry, in both modes.
// A page on another site must not frame the app (a click in an invisible frame is our own
// origin's click), scripts run only from our own files, and nothing personal is cached.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { MAX_IMPORT_BODY_BYTES } from "../app/views/transfer.js";
import { problem, respondProblem } from "./problem.js";

/**
 * Scripts only from our own origin (no inline script: index.html loads its prefetch from a
 * file). Styles allow inline: the component library sets style attributes and injects its CSS
 * variables at run time, and a style cannot run code. Images from data: URLs for the icon.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Paths whose answers hold the owner's data: never stored by a browser or a proxy. */
function isPrivate(path: string): boolean {
  return path.startsWith("/api/") || path === "/api" || path.startsWith("/calendar/");
}

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.set("X-Frame-Options", "DENY");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    if (isPrivate(c.req.path)) headers.set("Cache-Control", "no-store");
  };
}

/** Every JSON route takes up to 1 MB; imports carry a whole file, up to 50 MB. */
export const MAX_JSON_BYTES = 1024 * 1024;

const IMPORT_PATHS = new Set(["/api/import", "/api/import/preview"]);

const jsonLimit = bodyLimit({
  maxSize: MAX_JSON_BYTES,
  onError: (c) =>
    respondProblem(
      c,
      problem(413, "Body too large", "A request body may hold up to 1 MB.", [
        { field: "(body)", message: "larger than 1 MB" },
      ]),
    ),
});

const importLimit = bodyLimit({
  // A 50 MB file sent as base64 is a third larger; the decoded bytes are held to 50 MB.
  maxSize: MAX_IMPORT_BODY_BYTES,
  onError: (c) =>
    respondProblem(
      c,
      problem(413, "File too large", "Files of up to 50 MB can be imported.", [
        { field: "content", message: "larger than 50 MB" },
      ]),
    ),
});

// A GET or HEAD request has no body (a fetch Request cannot carry one), so there is nothing to
// limit. Asking would cost every read: the limit looks at the request's body, for which the
// Node adapter builds a whole fetch Request with its AbortSignal, and V8 keeps what that signal
// registers until a full collection, so under load those objects piled up in the old heap.
const BODILESS_METHODS = new Set(["GET", "HEAD"]);

/** Runs before anything reads a body, so no route can be made to hold more than its limit. */
export function bodyLimits(): MiddlewareHandler {
  return (c, next) => {
    if (BODILESS_METHODS.has(c.req.method)) return next();
    return (IMPORT_PATHS.has(c.req.path) ? importLimit : jsonLimit)(c, next);
  };
}

// JSON is UTF-8 (RFC 8259). A body declared in another charset, or as some other type that
// merely ends in "json", would be read as something it is not.
const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

export function jsonOnly(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header("content-type");
    if (BODY_METHODS.has(c.req.method) && type !== undefined && !JSON_TYPE.test(type.trim())) {
      return respondProblem(
        c,
        problem(415, "Unsupported media type", "Send the body as application/json in UTF-8.", [
          { field: "Content-Type", message: `not application/json in UTF-8: ${type}` },
        ]),
      );
    }
    return next();
  };
}
