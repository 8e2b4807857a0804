// Accounts and sessions for server mode, by better-auth on the store's own database (its tables
// come from our migrations). What we decide here: sign-up is closed unless an admin opens it;
// an open sign-up verifies the e-mail before the first session; passwords follow OWASP (see
// passwordPolicy and passwordHash); sessions last 7 days and slide daily; a password reset ends
// every session; request counts live in the database so every instance shares them.
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { admin } from "better-auth/plugins";
import { passwordProblem } from "../../domain/passwordPolicy.js";
import type { Store } from "../../store/database.js";
import { newId } from "../../store/ids.js";
import {
  authDatabaseOf,
  deleteOwner,
  serverSetting,
  serverSettingOnce,
} from "../../store/repositories/accounts.repository.js";
import { ensureOwner } from "../../store/repositories/settings.repository.js";
import type { Clock } from "../context.js";
import type { Mailer } from "../mail/mailer.js";
import { invitationMail, resetMail, verificationMail } from "./accountMail.js";
import { AUTH_BASE_PATH } from "./authPath.js";
import { hashPassword, verifyPassword } from "./passwordHash.js";

const hostOnlyCookies = Object.fromEntries(
  ["session_token", "session_data", "dont_remember"].map((name) => [
    name,
    { name: `__Host-inroads.${name}`, attributes: { secure: true, path: "/" } },
  ]),
);
const DAY = 24 * 60 * 60;

export interface AccountsOptions {
  store: Store;
  /** Where people reach the app (links in mail, cookie security): https://… in production. */
  publicUrl: string;
  mailer: Mailer;
  clock: Clock;
  /** The zone a new account's settings start in. */
  defaultTimeZone: string;
  /** Overrides the secret kept in the database (INROADS_AUTH_SECRET). */
  secret?: string;
  /** Sign-in requests allowed per address and minute (20); tests that sign in often raise it. */
  signInsPerMinute?: number;
}

/** The secret that signs cookies: given, or made once and shared by every instance. */
async function sharedSecret(store: Store, given?: string): Promise<string> {
  if (given) return given;
  return serverSettingOnce(store.handle, "auth_secret", randomBytes(32).toString("base64url"));
}

export async function isSignUpOpen(store: Store): Promise<boolean> {
  return (await serverSetting(store.handle, "sign_up")) === "open";
}

function passwordOf(body: unknown): { password?: string; context: string[] } {
  const fields = (body ?? {}) as Record<string, unknown>;
  const password = [fields.password, fields.newPassword].find((v) => typeof v === "string");
  const context = [fields.email, fields.name].filter((v): v is string => typeof v === "string");
  return { password: password as string | undefined, context };
}

export async function createAccounts(options: AccountsOptions) {
  const { store, mailer, publicUrl } = options;
  const secure = publicUrl.startsWith("https://");
  const auth = betterAuth({
    appName: "Inroads",
    baseURL: publicUrl,
    basePath: AUTH_BASE_PATH,
    secret: await sharedSecret(store, options.secret),
    database: authDatabaseOf(store),
    trustedOrigins: [new URL(publicUrl).origin],
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      autoSignIn: false,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      password: { hash: hashPassword, verify: verifyPassword },
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, token }) => {
        await mailer.send(resetMail(user, `${publicUrl}/reset-password?token=${token}`));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) => {
        await mailer.send(verificationMail(user, url));
      },
    },
    session: { expiresIn: 7 * DAY, updateAge: DAY },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 200,
      customRules: {
        "/sign-in/email": { window: 60, max: options.signInsPerMinute ?? 20 },
        "/sign-up/email": { window: 60, max: 10 },
        "/request-password-reset": { window: 60, max: 5 },
      },
    },
    user: { deleteUser: { enabled: true } },
    advanced: {
      cookiePrefix: "inroads",
      // Over HTTPS the cookies carry the __Host- prefix: Secure, for this host only, path /,
      // so no other subdomain can set or overwrite them. (better-auth's own prefix would be
      // the weaker __Secure-, so its switch stays off and the names are given here.)
      useSecureCookies: false,
      ...(secure ? { cookies: hostOnlyCookies } : {}),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure, path: "/" },
      // The server sets this header from the connection itself (see server/auth), so a client
      // cannot choose the address its attempts are counted under.
      ipAddress: { ipAddressHeaders: ["x-inroads-client-address"] },
      database: { generateId: () => newId() },
    },
    databaseHooks: {
      user: {
        delete: {
          // Deleting an account deletes everything its owner entered, in the same database.
          after: async (user) => {
            await deleteOwner(store.handle, user.id);
          },
        },
        create: {
          // Every account is an owner of its own data, with the practice's default settings.
          after: async (user) => {
            await ensureOwner(
              store.handle,
              { id: user.id, name: user.name || user.email, timeZone: options.defaultTimeZone },
              options.clock.now(),
            );
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-up/email" && !(await isSignUpOpen(store))) {
          throw new APIError("FORBIDDEN", {
            code: "SIGN_UP_CLOSED",
            message: "Sign-up is closed on this server: ask its admin for an invitation.",
          });
        }
        if (["/sign-up/email", "/reset-password", "/change-password"].includes(ctx.path)) {
          const { password, context } = passwordOf(ctx.body);
          // A reset or an invitation names its account by the token: check against its e-mail
          // and name too.
          const token = (ctx.body as { token?: unknown } | undefined)?.token;
          if (ctx.path === "/reset-password" && typeof token === "string") {
            const found = await ctx.context.internalAdapter.findVerificationValue(
              `reset-password:${token}`,
            );
            const user = found ? await ctx.context.internalAdapter.findUserById(found.value) : null;
            if (user) context.push(user.email, user.name);
          }
          if (ctx.path === "/change-password" && ctx.context.session?.user) {
            context.push(ctx.context.session.user.email, ctx.context.session.user.name);
          }
          const problem = password === undefined ? undefined : passwordProblem(password, context);
          if (problem) {
            throw new APIError("BAD_REQUEST", {
              code: "WEAK_PASSWORD",
              message: `The password ${problem}.`,
            });
          }
        }
        if (ctx.path === "/change-password") {
          // A changed password ends every other session, whatever the client asked.
          return { context: { body: { ...(ctx.body as object), revokeOtherSessions: true } } };
        }
      }),
    },
    plugins: [admin()],
    telemetry: { enabled: false },
  });
  return {
    auth,
    store,
    mailer,
    publicUrl,
    /** A link that lets an invited person set their password and sign in (valid 7 days). */
    async invite(email: string, name: string, role: "user" | "admin" = "user") {
      const created = await auth.api.createUser({
        body: { email, name, role, data: { emailVerified: true } },
      });
      const context = await auth.$context;
      const token = randomBytes(24).toString("base64url");
      await context.internalAdapter.createVerificationValue({
        identifier: `reset-password:${token}`,
        value: created.user.id,
        expiresAt: new Date(Date.now() + 7 * DAY * 1000),
      });
      const url = `${publicUrl}/accept-invitation?token=${token}`;
      await mailer.send(invitationMail({ email, name }, url));
      return { user: created.user, url };
    },
  };
}

export type Accounts = Awaited<ReturnType<typeof createAccounts>>;
export type Auth = Accounts["auth"];
