// Joining a program, on both engines: a personal invitation is mailed and used once; a join
// link works for many until it expires and can be held to the school's domain; a CSV invites
// its good rows and reports the bad ones by line; someone without an account makes one from a
// personal invitation; a join link's visitor gets a personal invitation by mail. Joining shares
// the name and address only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApp } from "../../../src/app/open.js";
import { type CenterScene, centerScene, ok, tokenOf } from "../../support/centers.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../../support/databases.js";
import { type ServerModeApp, serverModeApp } from "../../support/serverMode.js";

describe.each(ENGINES)("joining a program on %s", (engine) => {
  let database: TestDatabase;
  let app: OpenApp;
  let server: ServerModeApp;
  let scene: CenterScene;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = await database.open();
    server = await serverModeApp(app);
    scene = await centerScene(server, "join", 0);
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
  });

  const invitations = () => `/api/programs/${scene.programId}/invitations`;

  it("mails a personal invitation that works once", async () => {
    const first = await server.signedIn("ada@school.edu");
    await ok(scene.coach.post(invitations(), { email: first.email }), 201);
    const mail = server.mail.at(-1);
    expect(mail?.to).toBe(first.email);
    expect(mail?.text).toContain("Winter workshop");
    const token = tokenOf(mail?.text ?? "");
    const preview = await ok<{ programName: string; email: string; shares: string }>(
      server.anonymous.post("/api/join/preview", { token }),
    );
    expect(preview).toMatchObject({ programName: "Winter workshop", email: first.email });
    expect(preview.shares).toContain("name and e-mail");
    await ok(first.post("/api/invitations/accept", { token }));
    const second = await server.signedIn("grace@school.edu");
    const again = await second.post("/api/invitations/accept", { token });
    expect(again.status).toBe(404);
    expect(JSON.stringify(again.body)).toContain("token");
  });

  it("keeps a join link to its domain and its expiry, and lets it be revoked", async () => {
    const link = await ok<{ id: string; token: string; url: string; expiresAt: string }>(
      scene.coach.post(invitations(), { emailDomain: "School.edu", expiresInDays: 7 }),
      201,
    );
    expect(link.url).toBe(`http://localhost/join?token=${link.token}`);
    expect(link.expiresAt.slice(0, 10)).toBe("2026-11-30");
    const student = await server.signedIn("linus@school.edu");
    await ok(student.post("/api/invitations/accept", { token: link.token }));
    const other = await server.signedIn("linus@gmail.example");
    const refused = await other.post("/api/invitations/accept", { token: link.token });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("school.edu");
    // The same link again for a second student: a join link is for many.
    const classmate = await server.signedIn("barbara@school.edu");
    await ok(classmate.post("/api/invitations/accept", { token: link.token }));
    expect((await scene.coach.delete(`/api/invitations/${link.id}`)).status).toBe(204);
    const late = await server.signedIn("edsger@school.edu");
    expect((await late.post("/api/invitations/accept", { token: link.token })).status).toBe(404);
  });

  it("lets a join link's visitor ask for a personal invitation, then make an account", async () => {
    const link = await ok<{ token: string }>(
      scene.coach.post(invitations(), { emailDomain: "school.edu" }),
      201,
    );
    const wrong = await server.anonymous.post("/api/join/by-mail", {
      token: link.token,
      email: "x@elsewhere.example",
    });
    expect(wrong.status).toBe(400);
    const asked = await ok<{ sent: boolean }>(
      server.anonymous.post("/api/join/by-mail", {
        token: link.token,
        email: "Margaret@school.edu",
      }),
    );
    expect(asked.sent).toBe(true);
    // Asking again at once sends nothing more, so a link cannot flood an inbox.
    expect(
      (
        await ok<{ sent: boolean }>(
          server.anonymous.post("/api/join/by-mail", {
            token: link.token,
            email: "margaret@school.edu",
          }),
        )
      ).sent,
    ).toBe(false);
    const mail = server.mail.at(-1);
    expect(mail?.to).toBe("margaret@school.edu");
    const personal = tokenOf(mail?.text ?? "");
    const weak = await server.anonymous.post("/api/join/new-account", {
      token: personal,
      name: "Margaret",
      password: "short",
    });
    expect(weak.status).toBe(400);
    expect(JSON.stringify(weak.body)).toContain("password");
    const joined = await ok<{ email: string }>(
      server.anonymous.post("/api/join/new-account", {
        token: personal,
        name: "Margaret Hamilton",
        password: "a long enough pass phrase",
      }),
      201,
    );
    expect(joined.email).toBe("margaret@school.edu");
    const signedIn = await server.anonymous.post("/api/auth/sign-in/email", {
      email: "margaret@school.edu",
      password: "a long enough pass phrase",
    });
    expect(signedIn.status).toBe(200);
    const cohort = await ok<{ rows: { email: string; scopes: string[] }[] }>(
      scene.coach.get(`/api/programs/${scene.programId}/cohort?q=margaret`),
    );
    expect(cohort.rows).toEqual([
      expect.objectContaining({ email: "margaret@school.edu", scopes: [] }),
    ]);
  });

  it("invites a CSV's good rows and reports the bad ones by line", async () => {
    const csv = [
      "Name,Email,Year",
      "Ada,ada.l@school.edu,2",
      "Bad,not-an-address,3",
      "Twice,ada.l@school.edu,2",
      '"Quoted, Name",quoted@school.edu,1',
      "",
    ].join("\r\n");
    const before = server.mail.length;
    const result = await ok<{
      invited: { line: number; email: string }[];
      errors: { line: number; message: string }[];
    }>(scene.coach.post(`${invitations()}/csv`, { csv }));
    expect(result.invited.map((r) => [r.line, r.email])).toEqual([
      [2, "ada.l@school.edu"],
      [5, "quoted@school.edu"],
    ]);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(result.errors[0]?.message).toContain("not an e-mail address");
    expect(server.mail.length - before).toBe(2);
    const broken = await scene.coach.post(`${invitations()}/csv`, { csv: 'email\n"unclosed' });
    expect(broken.status).toBe(400);
    expect(JSON.stringify(broken.body)).toContain("csv");
  });

  it("lets only the program's admins and coaches invite", async () => {
    for (const stranger of [scene.analyst, scene.otherCoach, scene.outsider]) {
      expect((await stranger.post(invitations(), { email: "z@school.edu" })).status).toBe(404);
    }
  });
});
