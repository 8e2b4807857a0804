// Exports read back the way other programs read them: vCard by our reader (and back into an
// import that finds everyone again), CSV likewise, iCalendar by ical.js; and the calendar feed
// behind its secret link.
import { createHash } from "node:crypto";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/app/demo.js";
import { readPeopleCsv, readVCards } from "../../src/formats/index.js";
import { testApi } from "../support/api.js";
import { ENGINES, TEST_NOW } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((component) => ({
    component,
    event: new ICAL.Event(component),
  }));
}

describe.each(ENGINES)("exports on %s", (engine) => {
  const subject = setupApp(engine);
  const { api } = subject;
  let names: string[];

  beforeAll(async () => {
    await loadDemo(subject.app.ctx);
    names = (await api.get("/api/people?limit=500")).body.items.map(
      (p: { fullName: string }) => p.fullName,
    );
  });

  it("writes vCard 4.0 and 3.0 that read back as the same people", async () => {
    for (const [query, version] of [
      ["", "4.0"],
      ["?version=3.0", "3.0"],
    ] as const) {
      const file = await api.get(`/api/export/vcard${query}`);
      expect(file.status).toBe(200);
      expect(file.contentType).toBe("text/vcard; charset=utf-8");
      expect(file.body).toContain(`VERSION:${version}\r\n`);
      const { records, skipped } = readVCards(file.body);
      expect(skipped).toEqual([]);
      expect(records.map((r) => r.fullName).sort()).toEqual([...names].sort());
      const dana = records.find((r) => r.fullName === "Dana Álvarez");
      expect(dana).toMatchObject({ organization: "Northwind Traders" });
    }
  });

  it("writes vCard and CSV files that import back as the same people, changing nothing", async () => {
    const vcard = await api.get("/api/export/vcard");
    expect(vcard.body).toMatch(/\r\n/);
    const again = await api.post("/api/import/preview", {
      fileName: "people.vcf",
      content: vcard.body,
    });
    expect(again.body.counts).toEqual({
      new: 0,
      updated: 0,
      duplicate: names.length,
      skipped: 0,
      organizations: 0,
    });

    const csv = await api.get("/api/export/csv");
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    expect(csv.body).toBeTypeOf("string");
    expect(
      readPeopleCsv(csv.body)
        .records.map((r) => r.fullName)
        .sort(),
    ).toEqual([...names].sort());
    const fromCsv = await api.post("/api/import/preview", {
      fileName: "people.csv",
      content: csv.body,
    });
    expect(fromCsv.body).toMatchObject({
      format: "csv",
      counts: { new: 0, updated: 0, skipped: 0 },
    });
  });

  it("names the download, and answers an unknown kind with 400", async () => {
    const file = await api.get("/api/export/json");
    const disposition = file.headers.get("content-disposition");
    expect(file.status).toBe(200);
    expect(disposition).toBe('attachment; filename="inroads-backup-2026-11-23.json"');
    expect((await api.get("/api/export/xlsx")).status).toBe(400);
  });

  it("writes the calendar as ical.js reads it: UTC events, all-day follow-ups, stable UIDs", async () => {
    const file = await api.get("/api/export/ics");
    expect(file.contentType).toBe("text/calendar; charset=utf-8");
    const ics: string = file.body;
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const items = events(ics);
    const timed = items.filter(({ event }) => !event.startDate.isDate);
    const allDay = items.filter(({ event }) => event.startDate.isDate);
    expect(timed.map(({ event }) => event.summary)).toContain(
      "Informational interview: June Park (Contoso Retail)",
    );
    for (const { event } of timed) {
      expect(event.startDate.zone?.tzid).toBe("UTC");
      expect(event.endDate.toJSDate().getTime()).toBeGreaterThan(
        event.startDate.toJSDate().getTime(),
      );
    }
    const open = (await api.get("/api/follow-ups?limit=500")).body.items.filter(
      (f: { doneAt: string | null }) => f.doneAt === null,
    );
    expect(allDay).toHaveLength(open.length);
    for (const { event } of allDay) {
      expect(event.endDate.toString()).toBe(event.startDate.clone().adjust(1, 0, 0, 0).toString());
    }
    expect(allDay.map(({ event }) => event.uid).sort()).toEqual(
      open.map((f: { id: string }) => `${f.id}@inroads`).sort(),
    );
    expect(ics).not.toContain("VALARM");
    expect((await api.get("/api/export/ics")).body).toBe(ics);
  });

  it("raises SEQUENCE when a conversation changes", async () => {
    const before = events((await api.get("/api/export/ics")).body).find(({ event }) =>
      event.summary.includes("June Park"),
    );
    expect(before).toBeDefined();
    const id = before?.event.uid.replace("@inroads", "");
    const later = await subject.database.open("2026-11-23T10:30:00.000Z");
    try {
      const laterApi = testApi(later);
      expect(
        (await laterApi.patch(`/api/conversations/${id}`, { place: "Blue Bottle, 3rd St" })).status,
      ).toBe(200);
      const after = events((await laterApi.get("/api/export/ics")).body).find(
        ({ event }) => event.uid === before?.event.uid,
      );
      expect(after?.event.sequence).toBeGreaterThan(before?.event.sequence ?? 0);
      expect(after?.event.location).toBe("Blue Bottle, 3rd St");
    } finally {
      await later.close();
    }
  });

  it("serves the same calendar at a secret feed link until it is revoked", async () => {
    const created = await api.post("/api/calendar-feeds");
    expect(created.status).toBe(201);
    const { id, token, url } = created.body;
    expect(url).toBe(`http://localhost/calendar/${token}.ics`);
    const path = new URL(url).pathname;

    const feed = await api.get(path);
    expect(feed.status).toBe(200);
    expect(feed.contentType).toBe("text/calendar; charset=utf-8");
    expect(feed.body).toBe((await api.get("/api/export/ics")).body);

    const listed = await api.get("/api/calendar-feeds");
    expect(listed.body.items).toEqual([{ id, createdAt: TEST_NOW, revokedAt: null, active: true }]);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    const stored = await subject.app.ctx.store.db
      .selectFrom("calendar_feeds")
      .selectAll()
      .execute();
    expect(stored[0]?.token_hash).toBe(createHash("sha256").update(token).digest("hex"));

    expect((await api.get(`/calendar/${token.slice(0, -1)}x.ics`)).status).toBe(404);
    expect((await api.get("/calendar/nothing.ics")).status).toBe(404);
    expect((await api.get(`/calendar/${token}`)).status).toBe(404);

    const revoked = await api.post(`/api/calendar-feeds/${id}/revoke`);
    expect(revoked.body).toMatchObject({ id, active: false, revokedAt: TEST_NOW });
    expect((await api.get(path)).status).toBe(404);
    expect((await api.post("/api/calendar-feeds/nope/revoke")).status).toBe(404);
  });
});
