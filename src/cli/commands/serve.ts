import type { Command } from "commander";
import type { CommandEnv } from "../main.js";
import { packageVersion } from "../version.js";

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new Error(`--port must be 0-65535, got "${value}"`);
  return n;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

interface ServeFlags {
  port: string;
  host: string;
  allowHost?: string[];
  accounts?: boolean;
  publicUrl?: string;
  trustProxy?: boolean;
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
    .option("--accounts", "server mode: sign-in, one account per person (for a group)")
    .option(
      "--public-url <url>",
      "where people reach this server, e.g. https://inroads.example.edu (env: INROADS_PUBLIC_URL)",
      process.env.INROADS_PUBLIC_URL,
    )
    .option("--trust-proxy", "believe X-Forwarded-For (only behind your own reverse proxy)")
    .action(async (options: ServeFlags) => {
      const { open, out, database } = env();
      if (!options.accounts && !LOOPBACK.test(options.host)) {
        throw new Error(
          `refusing to serve on ${options.host} without --accounts: local mode has no sign-in, so anyone who can reach this port would read and change all your data. Keep 127.0.0.1, or run a server with --accounts.`,
        );
      }
      const { startServer } = await import("../../server/serve.js");
      const app = await open();
      const reminders = options.accounts
        ? await (await import("../../server/jobs/reminders.js")).prepareReminders(
            app.ctx,
            database,
            process.env,
            out,
          )
        : undefined;
      const ctx = reminders?.ctx ?? app.ctx;
      const serverMode = options.accounts
        ? async (listeningAt: string) => {
            const { createAccounts, isSignUpOpen } = await import("../../app/accounts/auth.js");
            const { mailerFromEnvironment } = await import("../../app/mail/mailer.js");
            const { machineTimeZone } = await import("../../app/settings.js");
            const publicUrl = (options.publicUrl ?? listeningAt).replace(/\/$/, "");
            const mailer = mailerFromEnvironment(process.env, out);
            const accounts = await createAccounts({
              store: app.ctx.store,
              publicUrl,
              mailer,
              clock: app.ctx.clock,
              defaultTimeZone: machineTimeZone(),
              secret: process.env.INROADS_AUTH_SECRET,
            });
            const signUpOpen = await isSignUpOpen(app.ctx.store);
            out(`Server mode: accounts on, sign-up ${signUpOpen ? "open" : "by invitation"}`);
            out(`Public address: ${publicUrl}`);
            out(`Mail: ${mailer.describe()}`);
            if (reminders) {
              out(
                await reminders.start({
                  store: app.ctx.store,
                  clock: app.ctx.clock,
                  mailer,
                  publicUrl,
                  unsubscribeLinks: true,
                }),
              );
            }
            return { accounts, publicUrl, trustProxy: options.trustProxy === true, signUpOpen };
          }
        : undefined;
      const server = await startServer(ctx, {
        port: port(options.port),
        host: options.host,
        version: packageVersion(),
        allowedHosts: options.allowHost,
        serverMode,
      });
      out(`Inroads is running at ${server.url}`);
      out(`Data: ${app.ctx.store.location}`);
      const stop = async () => {
        await server.close();
        await reminders?.stop();
        await app.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
