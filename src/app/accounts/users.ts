// An admin's work on accounts: invite (or add with a password), list, disable, reset, and open
// or close sign-up. The CLI calls these; the links they make are mailed, or printed when no
// mail server is set.
import { randomBytes } from "node:crypto";
import { Conflict, NotFound, RuleViolation } from "../../domain/errors.js";
import { passwordProblem } from "../../domain/passwordPolicy.js";
import { listAccounts, setServerSetting } from "../../store/repositories/accounts.repository.js";
import { resetMail } from "./accountMail.js";
import type { Accounts } from "./auth.js";

export interface NewAccount {
  email: string;
  name: string;
  password?: string;
  admin: boolean;
}

async function findByEmail(accounts: Accounts, email: string) {
  const context = await accounts.auth.$context;
  const found = await context.internalAdapter.findUserByEmail(email.trim().toLowerCase());
  if (!found) throw new NotFound("account", email);
  return { context, user: found.user };
}

export async function addAccount(
  accounts: Accounts,
  input: NewAccount,
): Promise<{ email: string; invitation?: string }> {
  const email = input.email.trim().toLowerCase();
  const context = await accounts.auth.$context;
  if (await context.internalAdapter.findUserByEmail(email)) {
    throw new Conflict(`${email} has an account already`, [
      { field: "email", message: "already has an account" },
    ]);
  }
  const role = input.admin ? "admin" : "user";
  if (input.password === undefined) {
    const invited = await accounts.invite(email, input.name, role);
    return { email, invitation: invited.url };
  }
  const problem = passwordProblem(input.password, [email, input.name]);
  if (problem)
    throw new RuleViolation(`the password ${problem}`, [{ field: "password", message: problem }]);
  await accounts.auth.api.createUser({
    body: {
      email,
      name: input.name,
      password: input.password,
      role,
      data: { emailVerified: true },
    },
  });
  return { email };
}

export async function listAccountsFor(accounts: Accounts) {
  const rows = await listAccounts(accounts.store.handle);
  return rows.map((row) => ({
    email: row.email,
    name: row.name,
    role: row.role ?? "user",
    verified: Boolean(row.emailVerified),
    invited: !row.hasPassword,
    disabled: Boolean(row.banned),
  }));
}

export async function disableAccount(accounts: Accounts, email: string): Promise<void> {
  const { context, user } = await findByEmail(accounts, email);
  await context.internalAdapter.updateUser(user.id, {
    banned: true,
    banReason: "disabled by an admin",
  });
  await context.internalAdapter.deleteUserSessions(user.id);
}

/** A one-hour link to choose a new password; choosing one ends every session of the account. */
export async function resetAccount(accounts: Accounts, email: string): Promise<string> {
  const { context, user } = await findByEmail(accounts, email);
  const token = randomBytes(24).toString("base64url");
  await context.internalAdapter.createVerificationValue({
    identifier: `reset-password:${token}`,
    value: user.id,
    expiresAt: new Date(Date.now() + 60 * 60 * 1000),
  });
  const url = `${accounts.publicUrl}/reset-password?token=${token}`;
  await accounts.mailer.send(resetMail(user, url));
  return url;
}

export async function setSignUp(accounts: Accounts, state: "open" | "closed"): Promise<void> {
  await setServerSetting(accounts.store.handle, "sign_up", state);
}
