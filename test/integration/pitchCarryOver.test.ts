// A new target's pitch starts from the last pitch written, so the second target's request has an
// introduction; the first target and another account's pitch are left alone. Both engines.
import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/databases.js";
import { setupApp } from "../support/setupApp.js";

describe.each(ENGINES)("a new target's pitch on %s", (engine) => {
  const subject = setupApp(engine);

  it("is empty for the first target and starts from the last one written after that", async () => {
    const { api } = subject;
    const first = (await api.post("/api/targets", { role: "Demand planner" })).body;
    expect((await api.get(`/api/targets/${first.id}/pitch`)).body.timing.words).toBe(0);
    await api.put(`/api/targets/${first.id}/pitch`, {
      whoIAm: "I'm Sam, a store operations lead.",
      whatIWant: "I want to plan demand.",
    });
    const second = (await api.post("/api/targets", { role: "Buyer" })).body;
    const carried = (await api.get(`/api/targets/${second.id}/pitch`)).body;
    expect(carried).toMatchObject({
      whoIAm: "I'm Sam, a store operations lead.",
      whatIWant: "I want to plan demand.",
    });

    // Changed for the second target: the third starts from that, and the first keeps its own.
    await api.put(`/api/targets/${second.id}/pitch`, { whatIWant: "I want to buy for a chain." });
    const third = (await api.post("/api/targets", { role: "Category manager" })).body;
    expect((await api.get(`/api/targets/${third.id}/pitch`)).body.whatIWant).toBe(
      "I want to buy for a chain.",
    );
    expect((await api.get(`/api/targets/${first.id}/pitch`)).body.whatIWant).toBe(
      "I want to plan demand.",
    );
  });
});
