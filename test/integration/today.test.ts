// The first-run sample and the day it produces, on both engines.
import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";

describe.each(ENGINES)("today with the sample data on %s", (engine) => {
  const subject = setupApp(engine, { now: "2026-11-23T09:00:00.000Z" });
  const { api } = subject;

  it("loads the sample once into an empty database", async () => {
    const loaded = await api.post("/api/demo", {});
    expect(loaded.status).toBe(201);
    expect(loaded.body.people).toBeGreaterThanOrEqual(7);
    const again = await api.post("/api/demo", {});
    expect(again.status).toBe(409);
  });

  it("puts the thank-you first, then the retry, the conversation coming up and the gaps", async () => {
    const day = (await api.get("/api/today")).body;
    expect(day.date).toBe("2026-11-23");
    const due = [...day.followUps.overdue, ...day.followUps.dueToday];
    expect(due[0]).toMatchObject({ kind: "thank_you", personName: "Lee Okafor" });
    expect(day.retries).toEqual([
      expect.objectContaining({
        kind: "retry",
        personName: "Priya Raman",
        attempts: 2,
        maxAttempts: 3,
      }),
    ]);
    expect(day.upcoming.map((c: { personName: string }) => c.personName)).toEqual(["June Park"]);
    expect(day.coverageGaps[0].role).toBe("Supply chain analyst");
    expect(day.coverageGaps[0].gaps.map((g: { code: string }) => g.code)).toContain(
      "hiring_manager",
    );
  });

  it("links the referral to the person who gave it", async () => {
    const grace = (await api.get("/api/people?q=grace")).body.items[0];
    const dana = (await api.get("/api/people?q=dana")).body.items[0];
    expect(grace.referredById).toBe(dana.id);
    const fromDana = (await api.get(`/api/referrals?fromPersonId=${dana.id}`)).body;
    expect(fromDana.total).toBe(2);
  });

  it("finds the same people with the same search on both engines", async () => {
    const names = async (q: string) =>
      (await api.get(`/api/people?q=${encodeURIComponent(q)}`)).body.items.map(
        (p: { fullName: string }) => p.fullName,
      );
    expect(await names("tomas")).toEqual(["Tomás Ruiz"]);
    expect(await names("north")).toEqual(["Dana Álvarez", "Grace Liu", "Tomás Ruiz"]);
    expect(await names("knows everyone")).toEqual(["Marco Bianchi"]);
  });
});
