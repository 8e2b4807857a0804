// Server mode as a group would run it: two `inroads serve --accounts` processes on one
// PostgreSQL database, mail through a real SMTP server on 127.0.0.1. A session made on one
// instance works on the other, a sign-out on one ends it on both, request counts are shared,
// and a reset link sent by mail works (accounts.test.ts shows a reset ends every session).
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/databases.js";
import { runCliAsync, type ServerProcess, startServerProcess } from "../support/process.js";

const PASSWORD = "a long enough pass phrase";

describe("two server instances on one PostgreSQL, with mail over SMTP", () => {
  let database: TestDatabase;
  let smtp: SMTPServer;
  const inbox: ParsedMail[] = [];
  let env: Record<string, string>;
  const instances: ServerProcess[] = [];

  beforeAll(async () => {
    database = await freshDatabase("postgres");
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, done) {
        simpleParser(stream).then(
          (mail) => {
            inbox.push(mail);
            done();
          },
          (error: Error) => done(error),
        );
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    env = { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "Inroads <inroads@example.org>" };
    const added = await runCliAsync(
      ["--db", database.target, "users", "add", "admin@example.org", "--admin", "--password-stdin"],
      env,
      `${PASSWORD}\n`,
    );
    expect(added.status, added.stderr).toBe(0);
    for (let i = 0; i < 2; i++) {
      instances.push(await startServerProcess(database.target, env, ["--accounts"]));
    }
  }, 120_000);

  afterAll(async () => {
    for (const instance of instances) instance.child.kill("SIGTERM");
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    await database?.destroy();
  });

  const send = async (base: string, method: string, path: string, body?: unknown, cookie = "") => {
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(cookie ? { cookie } : {}),
        origin: base,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const cookieFrom = (headers: Headers) =>
    headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");

  it("shares sessions: made on one instance, used on the other, ended on both by one sign-out", async () => {
    const [one, two] = instances.map((i) => i.url) as [string, string];
    const signedIn = await send(one, "POST", "/api/auth/sign-in/email", {
      email: "admin@example.org",
      password: PASSWORD,
    });
    expect(signedIn.status).toBe(200);
    const cookie = cookieFrom(signedIn.headers);
    const created = await send(two, "POST", "/api/people", { fullName: "Made on two" }, cookie);
    expect(created.status).toBe(201);
    expect((await send(one, "GET", "/api/people?q=made", undefined, cookie)).text).toContain(
      "Made on two",
    );
    expect((await send(two, "POST", "/api/auth/sign-out", {}, cookie)).status).toBe(200);
    expect((await send(one, "GET", "/api/people", undefined, cookie)).status).toBe(401);
  });

  it("counts failed sign-ins across instances: the lock set on one holds on the other", async () => {
    const [one, two] = instances.map((i) => i.url) as [string, string];
    const wrong = { email: "admin@example.org", password: "not the right one at all" };
    for (const base of [one, two, one, two, one]) {
      expect((await send(base, "POST", "/api/auth/sign-in/email", wrong)).status).toBe(401);
    }
    const locked = await send(two, "POST", "/api/auth/sign-in/email", {
      email: "admin@example.org",
      password: PASSWORD,
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("shares better-auth's request counts: five reset requests a minute from one address, in all", async () => {
    const [one, two] = instances.map((i) => i.url) as [string, string];
    const statuses: number[] = [];
    for (const base of [one, two, one, two, one, two, one]) {
      const response = await send(base, "POST", "/api/auth/request-password-reset", {
        email: "nobody@example.org",
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it("mails a reset link over SMTP that sets a new password", async () => {
    const reset = await runCliAsync(
      ["--db", database.target, "users", "reset", "admin@example.org"],
      env,
    );
    expect(reset.status, reset.stderr).toBe(0);
    const mail = inbox.at(-1);
    expect(mail?.to && "text" in mail.to ? mail.to.text : "").toBe("admin@example.org");
    expect(mail?.subject).toMatch(/new Inroads password/);
    expect(mail?.html).toContain("Choose a new password");
    const token = /token=([\w-]+)/.exec(mail?.text ?? "")?.[1];
    expect(token).toBeDefined();
    const two = instances[1]?.url ?? "";
    const changed = await send(two, "POST", "/api/auth/reset-password", {
      token,
      newPassword: "the new long pass phrase",
    });
    expect(changed.status).toBe(200);
  });
});
