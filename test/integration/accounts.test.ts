// Accounts in server mode, through the API as a browser would drive them, on both engines:
// invitations, passwords, sign-up and its e-mail check, no account enumeration, the sign-in
// lockout, sessions (listed, revoked, ended by a password change or reset), disabled accounts,
// cookies, and a local seeker moving in with their backup.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disableAccount, setSignUp } from "../../src/app/accounts/users.js";
import { loadDemo } from "../../src/app/demo.js";
import type { OpenApp } from "../../src/app/open.js";
import { clientOf, type TestApi, testApi } from "../support/api.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../support/databases.js";
import { type ServerModeApp, serverModeApp } from "../support/serverMode.js";

const PASSWORD = "a long enough pass phrase";

function cookieOf(response: { headers: Headers }): string {
  return (response.headers.getSetCookie?.() ?? []).map((line) => line.split(";")[0]).join("; ");
}

const tokenIn = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? "";

describe.each(ENGINES)("accounts on %s", (engine) => {
  const databases: TestDatabase[] = [];
  const apps: OpenApp[] = [];
  let server: ServerModeApp;
  let anonymous: TestApi;

  beforeAll(async () => {
    const database = await freshDatabase(engine);
    databases.push(database);
    const app = await database.open();
    apps.push(app);
    server = await serverModeApp(app);
    anonymous = server.anonymous;
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const database of databases) await database.destroy();
  });

  const signIn = (email: string, password = PASSWORD) =>
    anonymous.post("/api/auth/sign-in/email", { email, password });

  it("documents signIn, signOut and getSession, and no signUp while sign-up is closed", async () => {
    const doc = (await anonymous.get("/api/openapi.json")).body;
    const ids = Object.values(doc.paths).flatMap((methods) =>
      Object.values(methods as Record<string, { operationId?: string }>).map((o) => o.operationId),
    );
    expect(ids).toEqual(expect.arrayContaining(["signIn", "signOut", "getSession"]));
    expect(ids).not.toContain("signUp");
    expect(
      doc.paths["/api/auth/sign-in/email"].post.requestBody.content["application/json"].schema
        .required,
    ).toEqual(["email", "password"]);
  });

  it("invites by e-mail: the link sets a password that follows the policy, then sign-in works", async () => {
    const invited = await server.accounts.invite("ines@example.org", "Inès");
    const message = server.mail.at(-1);
    expect(message?.to).toBe("ines@example.org");
    expect(message?.text).toContain(invited.url);
    expect(message?.html).toContain("Accept the invitation");
    const token = tokenIn(invited.url);
    for (const weak of ["too short", "password1234", "ines@example.org and more"]) {
      const refused = await anonymous.post("/api/auth/reset-password", {
        token,
        newPassword: weak,
      });
      expect(refused.status, weak).toBe(400);
    }
    const accepted = await anonymous.post("/api/auth/reset-password", {
      token,
      newPassword: PASSWORD,
    });
    expect(accepted.status).toBe(200);
    expect((await signIn("ines@example.org")).status).toBe(200);
    // The link works once.
    const again = await anonymous.post("/api/auth/reset-password", {
      token,
      newPassword: PASSWORD,
    });
    expect(again.status).toBe(400);
  });

  it("keeps sign-up closed by default, and when open checks the e-mail before the first session", async () => {
    const closed = await anonymous.post("/api/auth/sign-up/email", {
      email: "self@example.org",
      password: PASSWORD,
      name: "Self",
    });
    expect(closed.status).toBe(403);
    await setSignUp(server.accounts, "open");
    try {
      const opened = await anonymous.post("/api/auth/sign-up/email", {
        email: "self@example.org",
        password: PASSWORD,
        name: "Self",
      });
      expect(opened.status).toBe(200);
      expect((await signIn("self@example.org")).status).toBe(403);
      const check = server.mail.at(-1);
      expect(check?.subject).toMatch(/Confirm/);
      const link = new URL((/https?:\/\/\S+/.exec(check?.text ?? "") ?? [""])[0]);
      const verified = await anonymous.get(link.pathname + link.search);
      expect(verified.status).toBeLessThan(400);
      expect((await signIn("self@example.org")).status).toBe(200);
      // Signing up again with a known address answers as if it were new: no enumeration.
      const known = await anonymous.post("/api/auth/sign-up/email", {
        email: "self@example.org",
        password: PASSWORD,
        name: "Someone",
      });
      expect(known.status).toBe(opened.status);
    } finally {
      await setSignUp(server.accounts, "closed");
    }
  });

  it("answers the same for an unknown address as for a wrong password, and for resets", async () => {
    await server.signedIn("known@example.org");
    const wrong = await signIn("known@example.org", "not the password at all");
    const unknown = await signIn("nobody@example.org", "not the password at all");
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.body).toEqual(wrong.body);
    const sent = server.mail.length;
    const resetKnown = await anonymous.post("/api/auth/request-password-reset", {
      email: "known@example.org",
    });
    const resetUnknown = await anonymous.post("/api/auth/request-password-reset", {
      email: "nobody@example.org",
    });
    expect(resetUnknown.status).toBe(resetKnown.status);
    expect(resetUnknown.body).toEqual(resetKnown.body);
    expect(server.mail.length).toBe(sent + 1);
  });

  it("locks sign-in after a few failures for an account: 429 with Retry-After, even with the right password", async () => {
    await server.signedIn("target@example.org");
    for (let i = 0; i < 5; i++) {
      expect((await signIn("target@example.org", "wrong guess number")).status).toBe(401);
    }
    const locked = await signIn("target@example.org");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(locked.body.errors[0].field).toBe("email");
  });

  it("lists sessions, ends one from another, and ends the others on a password change", async () => {
    await server.signedIn("sam@example.org");
    const first = clientOf(server.hono, { cookie: cookieOf(await signIn("sam@example.org")) });
    const second = clientOf(server.hono, { cookie: cookieOf(await signIn("sam@example.org")) });
    const sessions = (await first.get("/api/auth/list-sessions")).body as { token: string }[];
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const secondSession = (await second.get("/api/auth/get-session")).body.session;
    const revoked = await first.post("/api/auth/revoke-session", { token: secondSession.token });
    expect(revoked.status).toBe(200);
    expect((await second.get("/api/people")).status).toBe(401);

    const third = clientOf(server.hono, { cookie: cookieOf(await signIn("sam@example.org")) });
    expect((await third.get("/api/people")).status).toBe(200);
    const changed = await first.post("/api/auth/change-password", {
      currentPassword: PASSWORD,
      newPassword: "another long pass phrase",
    });
    expect(changed.status).toBe(200);
    expect((await third.get("/api/people")).status).toBe(401);
  });

  it("ends every session on a reset, and keeps a disabled account out", async () => {
    const kim = await server.signedIn("kim@example.org");
    await anonymous.post("/api/auth/request-password-reset", { email: "kim@example.org" });
    const token = tokenIn(server.mail.at(-1)?.text ?? "");
    const reset = await anonymous.post("/api/auth/reset-password", {
      token,
      newPassword: "a brand new pass phrase",
    });
    expect(reset.status).toBe(200);
    expect((await kim.get("/api/people")).status).toBe(401);

    const lee = await server.signedIn("lee@example.org");
    await disableAccount(server.accounts, "lee@example.org");
    expect((await lee.get("/api/people")).status).toBe(401);
    expect((await signIn("lee@example.org")).status).toBeGreaterThanOrEqual(400);
  });

  it("sets the session cookie HttpOnly and SameSite=Lax", async () => {
    await server.signedIn("cookie@example.org");
    const line = (await signIn("cookie@example.org")).headers.getSetCookie?.()[0] ?? "";
    expect(line).toMatch(/^inroads\.session_token=/);
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Lax/i);
  });

  it("names the cookies __Host- and marks them Secure when served over HTTPS", async () => {
    const database = await freshDatabase(engine);
    databases.push(database);
    const app = await database.open();
    apps.push(app);
    const secure = await serverModeApp(app, "https://inroads.example.edu");
    await secure.signedIn("tls@example.org");
    const line =
      (
        await secure.anonymous.post("/api/auth/sign-in/email", {
          email: "tls@example.org",
          password: PASSWORD,
        })
      ).headers.getSetCookie?.()[0] ?? "";
    expect(line).toMatch(/^__Host-inroads\.session_token=/);
    expect(line).toMatch(/; Secure/i);
    expect(line).toMatch(/; Path=\//i);
    expect(line).not.toMatch(/Domain=/i);
  });

  it("deletes everything an account entered when the account is deleted", async () => {
    const leaving = await server.signedIn("leaving@example.org");
    expect((await leaving.post("/api/people", { fullName: "Someone I met" })).status).toBe(201);
    const deleted = await leaving.post("/api/auth/delete-user", { password: PASSWORD });
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    const db = apps[0]?.ctx.store.db;
    const left = await db
      ?.selectFrom("people")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("owner_id", "=", leaving.userId)
      .executeTakeFirst();
    expect(Number(left?.n)).toBe(0);
    const owner = await db
      ?.selectFrom("owners")
      .select("id")
      .where("id", "=", leaving.userId)
      .execute();
    expect(owner).toEqual([]);
  });

  it("moves a local seeker in: their JSON backup restores into their new, empty account", async () => {
    const localDatabase = await freshDatabase(engine);
    databases.push(localDatabase);
    const local = await localDatabase.open();
    apps.push(local);
    await loadDemo(local.ctx);
    const backup = (await testApi(local).get("/api/export/json")).body;
    const mover = await server.signedIn("mover@example.org");
    const restored = await mover.post("/api/import", {
      fileName: "backup.json",
      content: JSON.stringify(backup),
    });
    expect(restored.status, JSON.stringify(restored.body).slice(0, 300)).toBe(200);
    const mine = (await mover.get("/api/export/json")).body;
    expect(mine.tables).toEqual(backup.tables);
    // The same file into a second account: its ids are taken, so it is refused, not half-done.
    const other = await server.signedIn("second-mover@example.org");
    const refused = await other.post("/api/import", {
      fileName: "backup.json",
      content: JSON.stringify(backup),
    });
    expect(refused.status).toBe(409);
    expect((await other.get("/api/people")).body.total).toBe(0);
  });
});
