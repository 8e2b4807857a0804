// The one door to the server. Every call is JSON; a failure arrives as a problem document
// (title, detail, the fields at fault) and is thrown as ApiError so forms can point at fields.

import type { FieldIssue } from "./types";

export type { FieldIssue };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldIssue[],
  ) {
    super(detail || title);
    this.name = "ApiError";
  }

  /** The message for one field, for a form input's error slot. */
  fieldError(field: string): string | undefined {
    return this.errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message;
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** A failed answer's body (a problem document, or anything else) as the error forms read. */
export function problemFromText(status: number, statusText: string, text: string): ApiError {
  try {
    const body = JSON.parse(text) as Partial<{
      title: string;
      detail: string;
      errors: FieldIssue[];
    }>;
    return new ApiError(status, body.title ?? statusText, body.detail ?? "", body.errors ?? []);
  } catch {
    return new ApiError(status, statusText, "The server sent no details.", []);
  }
}

async function problemOf(response: Response): Promise<ApiError> {
  let text = "";
  try {
    text = await response.text();
  } catch {
    // The body could not be read: reported below as an answer without details.
  }
  return problemFromText(response.status, response.statusText, text);
}

/** What a failed fetch (no answer at all) is reported as. */
export function offlineError(): ApiError {
  return new ApiError(0, "Offline", "Inroads could not reach its server. Is it still running?", []);
}

// Server mode: a 401 from a data route means the session has ended (expired, or revoked from
// another device). The account gate listens and brings the person to Sign in.
let onSignedOut: (() => void) | undefined;

export function whenSignedOut(listener: (() => void) | undefined): void {
  onSignedOut = listener;
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  keepalive = false,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      // keepalive lets a save finish while the tab is being closed or reloaded.
      keepalive,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw offlineError();
  }
  if (response.status === 401) onSignedOut?.();
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>("GET", withQuery(path, query)),
  post: <T>(path: string, body: unknown = {}) => request<T>("POST", path, body),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  patch: <T>(path: string, body: unknown, keepalive = false) =>
    request<T>("PATCH", path, body, keepalive),
  delete: (path: string) => request<void>("DELETE", path),
};

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = error.errors.map((e) => `${e.field}: ${e.message}`).join("; ");
    return fields && !error.detail.includes(fields) ? `${error.detail} (${fields})` : error.detail;
  }
  return error instanceof Error ? error.message : String(error);
}
