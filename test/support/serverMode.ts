// The app in server mode, in-process: accounts on the test database, mail captured instead of
// sent, and a client per signed-in account (its session cookie on every request).
import type { Accounts } from "../../src/app/accounts/auth.js";
import { createAccounts } from "../../src/app/accounts/auth.js";
import { addAccount } from "../../src/app/accounts/users.js";
import type { MailMessage } from "../../src/app/mail/mailer.js";
import type { OpenApp } from "../../src/app/open.js";
import type { Api } from "../../src/server/api.js";
import { createApp } from "../../src/server/app.js";
import { clientOf, type TestApi } from "./api.js";

export const PUBLIC_URL = "http://localhost";

export interface ServerModeApp {
  hono: Api;
  accounts: Accounts;
  /** Every message the server sent, oldest first. */
  mail: MailMessage[];
  /** A client with no session. */
  anonymous: TestApi;
  /** Adds an account with this password and answers a client signed in as it. */
  signedIn(email: string, password?: string): Promise<TestApi & { email: string; userId: string }>;
}

export async function serverModeApp(app: OpenApp, publicUrl = PUBLIC_URL): Promise<ServerModeApp> {
  const mail: MailMessage[] = [];
  const accounts = await createAccounts({
    store: app.ctx.store,
    publicUrl,
    mailer: { describe: () => "captured", send: async (message) => void mail.push(message) },
    clock: { now: () => new Date().toISOString() },
    defaultTimeZone: "Europe/Paris",
    secret: "a test secret that is long enough to sign cookies",
    // The suites sign in far more often than a person would, all from one address.
    signInsPerMinute: 10_000,
  });
  const hono = createApp(app.ctx, {
    version: "test",
    server: { accounts, trustProxy: false, signUpOpen: false },
  });
  const anonymous = clientOf(hono);
  return {
    hono,
    accounts,
    mail,
    anonymous,
    async signedIn(email, password = "a long enough pass phrase") {
      await addAccount(accounts, {
        email,
        name: email.split("@")[0] ?? email,
        password,
        admin: false,
      });
      const response = await anonymous.post("/api/auth/sign-in/email", { email, password });
      if (response.status !== 200) {
        throw new Error(
          `sign-in of ${email} answered ${response.status}: ${JSON.stringify(response.body)}`,
        );
      }
      const cookie = (response.headers.getSetCookie?.() ?? [])
        .map((line) => line.split(";")[0])
        .join("; ");
      return Object.assign(clientOf(hono, { cookie }), {
        email,
        userId: response.body.user.id as string,
      });
    },
  };
}
