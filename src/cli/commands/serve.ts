import type { Command } from "commander";
import type { CommandEnv } from "../main.js";
import { packageVersion } from "../version.js";

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new Error(`--port must be 0-65535, got "${value}"`);
  return n;
}

export function serveCommand(program: Command, env: () => CommandEnv): void {
  program
    .command("serve")
    .description("serve the web app and the API (local only by default)")
    .option("-p, --port <port>", "port to listen on", process.env.PORT ?? "4321")
    .option("-H, --host <host>", "address to bind; 127.0.0.1 keeps it on this machine", "127.0.0.1")
    .option(
      "--allow-host <names...>",
      "extra Host names to answer to (when binding another address)",
    )
    .action(async (options: { port: string; host: string; allowHost?: string[] }) => {
      const { open, out } = env();
      const { startServer } = await import("../../server/serve.js");
      const app = await open();
      const server = await startServer(app.ctx, {
        port: port(options.port),
        host: options.host,
        version: packageVersion(),
        allowedHosts: options.allowHost,
      });
      out(`Inroads is running at ${server.url}`);
      out(`Data: ${app.ctx.store.location}`);
      const stop = async () => {
        await server.close();
        await app.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
