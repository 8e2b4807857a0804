// Reminder mail in server mode, in-process on SQLite, over a real SMTP server on 127.0.0.1:
// the digest for a pinned clock in two time zones (sent from each person's own hour, once), the
// thank-you nudge at 18 hours and never twice, one-click unsubscribe with no session, a mail
// server that is down and then up, the settings API and the invitation for the other person.
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../../src/app/context.js";
import { smtpMailer } from "../../src/app/mail/mailer.js";
import type { OpenApp } from "../../src/app/open.js";
import { type ReminderDeps, sendNudge } from "../../src/app/reminders/deliver.js";
import { sendDueReminders } from "../../src/app/reminders/tick.js";
import type { TestApi } from "../support/api.js";
import { buildConversation, buildPerson } from "../support/builders.js";
import { freshDatabase, type TestDatabase } from "../support/databases.js";
import { PUBLIC_URL, type ServerModeApp, serverModeApp } from "../support/serverMode.js";
import { rawHeader, type SmtpInbox, smtpInbox } from "../support/smtpInbox.js";

describe("reminder mail", () => {
  let database: TestDatabase;
  let app: OpenApp;
  let server: ServerModeApp;
  let inbox: SmtpInbox;
  let now = "2026-11-23T07:30:00.000Z";
  const clock: Clock = { now: () => now };
  let deps: ReminderDeps;
  let ana: TestApi & { userId: string };
  let ben: TestApi & { userId: string };
  const conversations: Record<string, string> = {};
  const tick = () => sendDueReminders(deps, (error) => console.error(error));

  /** A person with a markup-laden name, held yesterday at 14:00 UTC, and a talk today at 15:00. */
  async function dayOf(api: TestApi, who: string) {
    const person = await buildPerson(api, {
      fullName: `Zoë <b>${who}</b>`,
      emails: [`${who.toLowerCase()}@example.org`],
    });
    const held = await buildConversation(api, { personId: person.id });
    await api.post(`/api/conversations/${held.id}/schedule`, {
      scheduledAt: "2026-11-22T13:30:00.000Z",
    });
    const marked = await api.post(`/api/conversations/${held.id}/held`, {
      heldAt: "2026-11-22T14:00:00.000Z",
    });
    expect(marked.status).toBe(200);
    conversations[who] = held.id;
    const next = await buildConversation(api, { personId: (await buildPerson(api)).id });
    await api.post(`/api/conversations/${next.id}/schedule`, {
      scheduledAt: "2026-11-23T15:00:00.000Z",
    });
  }

  beforeAll(async () => {
    database = await freshDatabase("sqlite");
    app = await database.open();
    server = await serverModeApp(app);
    inbox = await smtpInbox();
    deps = {
      store: app.ctx.store,
      clock,
      mailer: smtpMailer(inbox.url, "Inroads <inroads@example.org>"),
      publicUrl: PUBLIC_URL,
      unsubscribeLinks: true,
    };
    ana = await server.signedIn("ana@example.org");
    ben = await server.signedIn("ben@example.org");
    expect((await ben.put("/api/settings", { timeZone: "America/New_York" })).status).toBe(200);
    await dayOf(ana, "Ana");
    await dayOf(ben, "Ben");
  }, 30_000);

  afterAll(async () => {
    await inbox?.close();
    await app?.close();
    await database?.destroy();
  });

  const first = (mail: ParsedMail[]): ParsedMail => {
    const [message] = mail;
    if (!message) throw new Error("no such mail");
    return message;
  };
  const digestsTo = (address: string) =>
    inbox.mail.filter(
      (m) => m.subject?.startsWith("Inroads:") && m.to && JSON.stringify(m.to).includes(address),
    );

  it("sends each person's digest from their own hour, in their zone, once", async () => {
    // 07:30 UTC: 08:30 in Paris (Ana), 02:30 in New York (Ben).
    expect(await tick()).toEqual({ sent: 1, failed: 0 });
    const digest = first(digestsTo("ana@example.org"));
    expect(digest.subject).toBe("Inroads: 2 things for 2026-11-23");
    const text = digest?.text ?? "";
    expect(text.indexOf("Thank-yous")).toBeLessThan(text.indexOf("Today's conversations"));
    expect(text).toContain("Send thanks: Zoë <b>Ana</b>");
    expect(text).toContain(`${PUBLIC_URL}/conversations/${conversations.Ana}/after`);
    expect(text).toMatch(/16:00 .+, 20 min — prepare/);
    const html = String(digest?.html);
    expect(html).toContain("Zoë &lt;b&gt;Ana&lt;/b&gt;");
    expect(html).not.toContain("<b>Ana");
    expect(html).toContain('content="light dark"');
    expect(rawHeader(digest, "List-Unsubscribe")).toMatch(
      /^<http:\/\/localhost\/unsubscribe\/[A-Za-z0-9_-]{43}>$/,
    );
    expect(rawHeader(digest, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");

    now = "2026-11-23T13:30:00.000Z"; // 08:30 in New York; Ana's nudge is due too (see below)
    await tick();
    const [bens] = digestsTo("ben@example.org");
    expect(bens?.text).toMatch(/10:00 .+, 20 min — prepare/);
    expect(digestsTo("ana@example.org")).toHaveLength(1);
    await tick();
    expect(inbox.mail.filter((m) => m.subject?.startsWith("Inroads:"))).toHaveLength(2);
  });

  it("nudges for a thank-you 18 hours after the conversation, and never twice", async () => {
    const nudges = () => inbox.mail.filter((m) => m.subject?.startsWith("Thank "));
    // The first test's 13:30 tick already sent both (held at 14:00 the day before).
    expect(nudges().map((m) => m.subject)).toEqual([
      "Thank Zoë <b>Ana</b> today",
      "Thank Zoë <b>Ben</b> today",
    ]);
    expect(await sendNudge(deps, ana.userId, conversations.Ana as string)).toBe("already_sent");
    // A new conversation held now: not at 17:59, yes at 18:00, then never again.
    const late = await buildConversation(ana, {});
    await ana.post(`/api/conversations/${late.id}/schedule`, { scheduledAt: now });
    await ana.post(`/api/conversations/${late.id}/held`, { heldAt: now });
    now = "2026-11-24T07:29:00.000Z";
    expect(await sendNudge(deps, ana.userId, late.id)).toBe("not_due");
    now = "2026-11-24T07:30:00.000Z";
    await tick();
    expect(nudges()).toHaveLength(3);
    await tick();
    expect(await sendNudge(deps, ana.userId, late.id)).toBe("already_sent");
    expect(nudges()).toHaveLength(3);
  });

  it("unsubscribes with one click and no session; the link is a secret", async () => {
    const digest = first(digestsTo("ana@example.org"));
    const link = (rawHeader(digest, "List-Unsubscribe") ?? "").slice(1, -1);
    const path = new URL(link).pathname;
    const page = await server.anonymous.request("GET", path);
    expect(page.status).toBe(200);
    expect((await ana.get("/api/reminder-settings")).body.digest).toBe(true);
    const done = await server.anonymous.request("POST", path, "List-Unsubscribe=One-Click");
    expect(done.status).toBe(200);
    expect((await ana.get("/api/reminder-settings")).body).toMatchObject({
      digest: false,
      nudge: true,
    });
    expect(
      (await server.anonymous.request("POST", "/unsubscribe/not-a-real-token-at-all")).status,
    ).toBe(404);
    // Turned back on, the old link no longer works.
    expect((await ana.put("/api/reminder-settings", { digest: true })).status).toBe(200);
    expect((await server.anonymous.request("POST", path)).status).toBe(404);
    expect((await ana.put("/api/reminder-settings", { digestHour: 24 })).status).toBe(400);
  });

  it("keeps a mail the server refused, and sends it once the server is back", async () => {
    const down = await smtpInbox({ down: true });
    const failing = { ...deps, mailer: smtpMailer(down.url, "Inroads <inroads@example.org>") };
    now = "2026-11-25T14:00:00.000Z"; // a new day for both, past the hour; thank-yous overdue
    const first = await sendDueReminders(failing, () => {});
    expect(first).toEqual({ sent: 0, failed: 2 });
    await down.start();
    expect(await sendDueReminders(failing, () => {})).toEqual({ sent: 2, failed: 0 });
    expect(await sendDueReminders(failing, () => {})).toEqual({ sent: 0, failed: 0 });
    expect(down.mail.map((m) => m.subject?.replace(/\d+ things?/, "n"))).toEqual([
      "Inroads: n for 2026-11-25",
      "Inroads: n for 2026-11-25",
    ]);
    await down.close();
  });

  it("offers an invitation for the other person as an iCalendar REQUEST", async () => {
    const response = await ana.request("GET", `/api/conversations/${conversations.Ana}/invitation`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const text = String(response.body).replace(/\r\n /g, "");
    expect(text).toContain("METHOD:REQUEST");
    expect(text).toContain('ORGANIZER;CN="ana":mailto:ana@example.org');
    expect(text).toMatch(/ATTENDEE;CN="Zoë <b>Ana<\/b>";.*:mailto:ana@example\.org/);
    expect(
      (await ben.request("GET", `/api/conversations/${conversations.Ana}/invitation`)).status,
    ).toBe(404);
  });
});
