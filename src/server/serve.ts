// Starts the HTTP server on Node. Binds 127.0.0.1 unless told otherwise: Inroads holds a
// person's whole network and should not be on the LAN by accident.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import type { AppContext } from "../app/context.js";
import { createApp } from "./app.js";

export interface ServeOptions {
  port: number;
  host: string;
  version: string;
  allowedHosts?: string[];
  /** Folder of the built web app; served when it exists. */
  webRoot?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../dist/web", import.meta.url));

export function startServer(ctx: AppContext, options: ServeOptions): Promise<RunningServer> {
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const app = createApp(ctx, {
    version: options.version,
    allowedHosts: [
      ...(options.allowedHosts ?? []),
      ...(isWildcard(options.host) ? [] : [options.host]),
    ],
    extend: (api) => {
      if (!existsSync(webRoot)) return;
      api.use("/*", serveStatic({ root: webRoot }));
      // Deep links (/people/123) load the app, which routes on the client; an unknown API or
      // calendar address is not a page, so it falls through to the 404 problem.
      const page = serveStatic({ root: webRoot, path: "index.html" });
      api.get("*", (c, next) => (isDataPath(c.req.path) ? next() : page(c, next)));
    },
  });
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info) => {
        const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done, fail) =>
              server.close((error) => (error ? fail(error) : done())),
            ),
        });
      },
    );
    server.once("error", reject);
  });
}

function isWildcard(host: string): boolean {
  return host === "0.0.0.0" || host === "::";
}

function isDataPath(path: string): boolean {
  return path === "/api" || path.startsWith("/api/") || path.startsWith("/calendar/");
}
