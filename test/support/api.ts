// Drives the real Hono application in-process with real Request/Response objects, as a browser
// on the same machine would (Host: localhost).
import type { OpenApp } from "../../src/app/open.js";
import { createApp } from "../../src/server/app.js";

export interface ApiResponse {
  status: number;
  contentType: string;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies and assert on them
  body: any;
}

export interface TestApi {
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse>;
  get(path: string): Promise<ApiResponse>;
  post(path: string, body?: unknown): Promise<ApiResponse>;
  put(path: string, body: unknown): Promise<ApiResponse>;
  patch(path: string, body: unknown): Promise<ApiResponse>;
  delete(path: string): Promise<ApiResponse>;
}

export function testApi(app: OpenApp): TestApi {
  const hono = createApp(app.ctx, { version: "test" });
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
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
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
