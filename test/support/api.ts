// Drives the real Hono application in-process with real Request/Response objects, as a browser
// on the same machine would (Host: localhost).
import type { OpenApp } from "../../src/app/open.js";
import type { Api } from "../../src/server/api.js";
import { createApp } from "../../src/server/app.js";

/**
 * An answer as a test reads it. `T` is the body's type when the test knows it
 * (`api.get<Page<Person>>(…)`); left out, the body is open for assertions on any shape.
 */
// biome-ignore lint/suspicious/noExplicitAny: by default tests read arbitrary JSON bodies and assert on them
export interface ApiResponse<T = any> {
  status: number;
  contentType: string;
  headers: Headers;
  body: T;
}

// biome-ignore-start lint/suspicious/noExplicitAny: the default body type, as above
export interface TestApi {
  request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T>>;
  get<T = any>(path: string): Promise<ApiResponse<T>>;
  post<T = any>(path: string, body?: unknown): Promise<ApiResponse<T>>;
  put<T = any>(path: string, body: unknown): Promise<ApiResponse<T>>;
  patch<T = any>(path: string, body: unknown): Promise<ApiResponse<T>>;
  delete<T = any>(path: string): Promise<ApiResponse<T>>;
}
// biome-ignore-end lint/suspicious/noExplicitAny: the default body type, as above

export function testApi(app: OpenApp): TestApi {
  return clientOf(createApp(app.ctx, { version: "test" }));
}

/** A client of an app already built (e.g. in server mode), sending `defaults` on every request. */
export function clientOf(hono: Api, defaults: Record<string, string> = {}): TestApi {
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await hono.request(`http://localhost${path}`, {
      method,
      headers: {
        host: "localhost",
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...defaults,
        ...headers,
      },
      // A string or bytes go as they are (a test of malformed bodies); anything else as JSON.
      body:
        body === undefined
          ? undefined
          : typeof body === "string" || body instanceof Uint8Array
            ? body
            : JSON.stringify(body),
    });
    const text = await response.text();
    const contentType = response.headers.get("content-type") ?? "";
    return {
      status: response.status,
      contentType,
      headers: response.headers,
      body: text.length > 0 && contentType.includes("json") ? JSON.parse(text) : text,
    };
  };
  return {
    request,
    get: (path) => request("GET", path),
    post: (path, body = {}) => request("POST", path, body),
    put: (path, body) => request("PUT", path, body),
    patch: (path, body) => request("PATCH", path, body),
    delete: (path) => request("DELETE", path),
  };
}
