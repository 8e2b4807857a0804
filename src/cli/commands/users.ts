// Accounts for server mode, from the command line: the first admin is made here, and an admin
// invites, lists, disables and resets. Without a mail server the links are printed.
import type { Command } from "commander";
import type { CommandEnv } from "../main.js";
import { withApp } from "./run.js";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

export function usersCommand(program: Command, env: () => CommandEnv): void {
  const users = program
    .command("users")
    .description("accounts for server mode (serve --accounts)")
    .option(
      "--public-url <url>",
      "the server's address, for links in mail (env: INROADS_PUBLIC_URL)",
      process.env.INROADS_PUBLIC_URL ?? "http://127.0.0.1:4321",
    );
  const withAccounts = async <T>(
    work: (
      accounts: Awaited<ReturnType<typeof import("../../app/accounts/auth.js").createAccounts>>,
      e: CommandEnv,
    ) => Promise<T>,
  ) => {
    const e = env();
    return withApp(e, async ({ ctx }) => {
      const { createAccounts } = await import("../../app/accounts/auth.js");
      const { mailerFromEnvironment } = await import("../../app/mail/mailer.js");
      const { machineTimeZone } = await import("../../app/settings.js");
      const accounts = await createAccounts({
        store: ctx.store,
        publicUrl: String(users.opts<{ publicUrl: string }>().publicUrl).replace(/\/$/, ""),
        mailer: mailerFromEnvironment(process.env, e.out),
        clock: ctx.clock,
        defaultTimeZone: machineTimeZone(),
        secret: process.env.INROADS_AUTH_SECRET,
      });
      return work(accounts, e);
    });
  };

  users
    .command("add <email>")
    .description("invite someone: a link to choose a password (mailed, or printed)")
    .option("--name <name>", "their name")
    .option("--password-stdin", "set the password from standard input instead of inviting")
    .option("--admin", "an admin of this server")
    .action(
      async (
        email: string,
        options: { name?: string; passwordStdin?: boolean; admin?: boolean },
      ) => {
        const password = options.passwordStdin ? await readStdin() : undefined;
        await withAccounts(async (accounts, e) => {
          const { addAccount } = await import("../../app/accounts/users.js");
          const added = await addAccount(accounts, {
            email,
            name: options.name ?? "",
            password,
            admin: options.admin === true,
          });
          e.out(`Added ${added.email}${options.admin ? " (admin)" : ""}`);
          if (added.invitation) e.out(`Invitation link (valid 7 days): ${added.invitation}`);
        });
      },
    );

  users
    .command("list")
    .description("every account, with its role and state")
    .option("--json", "as JSON")
    .action(async (options: { json?: boolean }) => {
      await withAccounts(async (accounts, e) => {
        const { listAccountsFor } = await import("../../app/accounts/users.js");
        const list = await listAccountsFor(accounts);
        if (options.json) return e.out(JSON.stringify(list, null, 2));
        if (list.length === 0)
          return e.out("No accounts yet: add the first with `inroads users add <email> --admin`.");
        for (const account of list) {
          const state = account.disabled
            ? "disabled"
            : account.invited
              ? "invited"
              : account.verified
                ? "active"
                : "e-mail not confirmed";
          e.out(`${account.email}\t${account.name || "-"}\t${account.role}\t${state}`);
        }
      });
    });

  users
    .command("disable <email>")
    .description("stop an account from signing in, and end its sessions")
    .action(async (email: string) => {
      await withAccounts(async (accounts, e) => {
        const { disableAccount } = await import("../../app/accounts/users.js");
        await disableAccount(accounts, email);
        e.out(`Disabled ${email}; its sessions have ended.`);
      });
    });

  users
    .command("reset <email>")
    .description("send a password reset link (printed when no mail server is set)")
    .action(async (email: string) => {
      await withAccounts(async (accounts, e) => {
        const { resetAccount } = await import("../../app/accounts/users.js");
        const link = await resetAccount(accounts, email);
        e.out(`Reset link for ${email} (valid 1 hour): ${link}`);
      });
    });

  users
    .command("sign-up <open|closed>")
    .description("let anyone open an account (confirming their e-mail), or invitations only")
    .action(async (state: string) => {
      if (state !== "open" && state !== "closed") throw new Error('say "open" or "closed"');
      await withAccounts(async (accounts, e) => {
        const { setSignUp } = await import("../../app/accounts/users.js");
        await setSignUp(accounts, state);
        e.out(
          `Sign-up is ${state}${state === "open" ? "" : ": accounts come by invitation"}. Restart servers to update their OpenAPI document.`,
        );
      });
    });
}
