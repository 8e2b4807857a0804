// Starts the HTTP server on Node. Binds 127.0.0.1 unless told otherwise: Inroads holds a
// person's whole network and should not be on the LAN by accident.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import type { Accounts } from "../app/accounts/auth.js";
import type { AppContext } from "../app/context.js";
import type { Api } from "./api.js";
import { type AppOptions, createApp } from "./app.js";
import { sendWebFile, webFiles } from "./webFiles.js";

export interface ServeOptions {
  port: number;
  host: string;
  version: string;
  allowedHosts?: string[];
  /** Folder of the built web app; served when it exists. */
  webRoot?: string;
  /**
   * Server mode: called once the address is known (a port of 0 is chosen when listening), with
   * the URL the server answers at; gives the accounts and what the public address is.
   */
  serverMode?: (listeningAt: string) => Promise<{
    accounts: Accounts;
    publicUrl: string;
    trustProxy: boolean;
    signUpOpen: boolean;
  }>;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../dist/web", import.meta.url));

function buildApp(
  ctx: AppContext,
  options: ServeOptions,
  server?: AppOptions["server"],
  publicUrl?: string,
) {
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const publicHost = publicUrl ? new URL(publicUrl).hostname : undefined;
  return createApp(ctx, {
    version: options.version,
    allowedHosts: [
      ...(options.allowedHosts ?? []),
      ...(isWildcard(options.host) ? [] : [options.host]),
      ...(publicHost ? [publicHost] : []),
    ],
    publicOrigin: publicUrl ? new URL(publicUrl).origin : undefined,
    server,
    extend: (api) => {
      if (!existsSync(webRoot)) return;
      api.use("/*", webFiles(webRoot));
      // Deep links (/people/123) load the app, which routes on the client; an unknown API or
      // calendar address is not a page, so it falls through to the 404 problem.
      api.get("*", async (c, next) =>
        isDataPath(c.req.path) ? next() : (sendWebFile(c, webRoot, "/index.html") ?? next()),
      );
    },
  });
}

export function startServer(ctx: AppContext, options: ServeOptions): Promise<RunningServer> {
  // The app is built once the address is known: server mode needs it for links and cookies.
  let app: Api | undefined;
  let ready: Promise<Api> | undefined;
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: async (request, env) => {
          app ??= await ready;
          return (app as Api).fetch(request, env);
        },
        port: options.port,
        hostname: options.host,
      },
      (info) => {
        const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
        const url = `http://${host}:${info.port}`;
        ready = (async () => {
          if (!options.serverMode) return buildApp(ctx, options);
          const mode = await options.serverMode(url);
          return buildApp(
            ctx,
            options,
            { accounts: mode.accounts, trustProxy: mode.trustProxy, signUpOpen: mode.signUpOpen },
            mode.publicUrl,
          );
        })();
        ready.then(
          () =>
            resolve({
              url,
              close: () =>
                new Promise<void>((done, fail) =>
                  server.close((error) => (error ? fail(error) : done())),
                ),
            }),
          (error) => {
            server.close();
            reject(error);
          },
        );
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
