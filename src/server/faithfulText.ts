// Text that cannot be stored as it was sent is refused, never quietly changed. A lone UTF-16
// surrogate has no UTF-8 form (it would come back as U+FFFD), and PostgreSQL cannot store NUL
// in text at all; SQLite could, but a backup from it would then not restore on PostgreSQL. So
// both are refused on every engine, with the field that holds them.
import type { MiddlewareHandler } from "hono";
import { problem, respondProblem } from "./problem.js";

export interface UnstorableText {
  field: string;
  message: string;
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function reason(text: string): string | undefined {
  if (text.includes("\u0000")) return "contains a NUL character, which cannot be stored";
  if (LONE_SURROGATE.test(text)) {
    return "contains a lone UTF-16 surrogate (not a character), which cannot be stored";
  }
  return undefined;
}

/** The first string (or key) in a parsed JSON value that cannot be stored faithfully. */
export function findUnstorableText(
  value: unknown,
  path: string[] = [],
): UnstorableText | undefined {
  const field = () => (path.length > 0 ? path.join(".") : "(body)");
  if (typeof value === "string") {
    const why = reason(value);
    return why ? { field: field(), message: why } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, String(index)]);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const why = reason(key);
      if (why) return { field: [...path, key].join("."), message: `its name ${why}` };
      const found = findUnstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Checks every JSON body before a route sees it, so a route added later is covered too. */
export function faithfulText(): MiddlewareHandler {
  return async (c, next) => {
    if (!BODY_METHODS.has(c.req.method) || !c.req.header("content-type")) return next();
    let text: string;
    try {
      // Bytes that are not UTF-8 would otherwise become U+FFFD without a word.
      text = strictUtf8.decode(await c.req.arrayBuffer());
    } catch {
      return respondProblem(
        c,
        problem(400, "Invalid input", "The body is not valid UTF-8.", [
          { field: "(body)", message: "not valid UTF-8" },
        ]),
      );
    }
    // Hono keeps the bytes read here: the route's validator reads the same body again.
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON at all: the route's validator says so, naming the body.
      return next();
    }
    const found = findUnstorableText(body);
    if (!found) return next();
    return respondProblem(
      c,
      problem(400, "Invalid input", `The body has text that cannot be stored: ${found.field}`, [
        found,
      ]),
    );
  };
}
