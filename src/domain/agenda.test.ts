import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AgendaItem,
  agendaPosition,
  agendaTotalSeconds,
  phaseLabel,
  planAgenda,
} from "./agenda.js";
import { RuleViolation } from "./errors.js";
import { AGENDA_PHASES } from "./vocabulary.js";

const shape = (agenda: AgendaItem[]) =>
  agenda.map((i) => [i.phase, i.minMinutes, i.maxMinutes, i.plannedSeconds, i.startsAtSecond]);

describe("planAgenda", () => {
  it("plans the 20-minute reference exactly", () => {
    expect(planAgenda(20)).toEqual([
      { phase: "welcome", minMinutes: 2, maxMinutes: 3, plannedSeconds: 150, startsAtSecond: 0 },
      { phase: "context", minMinutes: 1, maxMinutes: 2, plannedSeconds: 90, startsAtSecond: 150 },
      {
        phase: "questions",
        minMinutes: 12,
        maxMinutes: 15,
        plannedSeconds: 840,
        startsAtSecond: 240,
      },
      { phase: "wrap_up", minMinutes: 2, maxMinutes: 2, plannedSeconds: 120, startsAtSecond: 1080 },
    ]);
  });

  it("scales a 10-minute call", () => {
    expect(shape(planAgenda(10))).toEqual([
      ["welcome", 1, 1.5, 90, 0],
      ["context", 0.5, 1, 60, 90],
      ["questions", 6, 7.5, 390, 150],
      ["wrap_up", 1, 1, 60, 540],
    ]);
  });

  it("scales a 15-minute call", () => {
    expect(shape(planAgenda(15))).toEqual([
      ["welcome", 1.5, 2.5, 120, 0],
      ["context", 1, 1.5, 60, 120],
      ["questions", 9, 11.5, 630, 180],
      ["wrap_up", 1.5, 1.5, 90, 810],
    ]);
  });

  it("scales a 30-minute call", () => {
    expect(shape(planAgenda(30))).toEqual([
      ["welcome", 3, 4.5, 240, 0],
      ["context", 1.5, 3, 150, 240],
      ["questions", 18, 22.5, 1230, 390],
      ["wrap_up", 3, 3, 180, 1620],
    ]);
  });

  it("scales a 45-minute call", () => {
    expect(shape(planAgenda(45))).toEqual([
      ["welcome", 4.5, 7, 330, 0],
      ["context", 2.5, 4.5, 210, 330],
      ["questions", 27, 34, 1890, 540],
      ["wrap_up", 4.5, 4.5, 270, 2430],
    ]);
  });

  it("scales an hour", () => {
    expect(shape(planAgenda(60))).toEqual([
      ["welcome", 6, 9, 450, 0],
      ["context", 3, 6, 270, 450],
      ["questions", 36, 45, 2520, 720],
      ["wrap_up", 6, 6, 360, 3240],
    ]);
  });

  it("keeps floors for the shortest call", () => {
    const agenda = planAgenda(5);
    expect(agenda.map((i) => i.plannedSeconds)).toEqual([30, 30, 180, 60]);
    expect(agenda[3]).toMatchObject({ minMinutes: 0.5, maxMinutes: 1 });
  });

  it.each([4, 181, 0, -20, 20.5, Number.NaN])("refuses %s minutes", (minutes) => {
    expect(() => planAgenda(minutes)).toThrow(RuleViolation);
    try {
      planAgenda(minutes);
    } catch (error) {
      expect((error as RuleViolation).issues[0]?.field).toBe("minutes");
    }
  });

  it("sums to the length, keeps phases in order and plans inside each range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 180 }), (minutes) => {
        const agenda = planAgenda(minutes);
        expect(agenda.map((i) => i.phase)).toEqual([...AGENDA_PHASES]);
        expect(agendaTotalSeconds(agenda)).toBe(minutes * 60);
        let start = 0;
        for (const item of agenda) {
          expect(item.startsAtSecond).toBe(start);
          expect(item.plannedSeconds % 30).toBe(0);
          expect(item.plannedSeconds).toBeGreaterThanOrEqual(item.minMinutes * 60);
          expect(item.plannedSeconds).toBeLessThanOrEqual(item.maxMinutes * 60);
          expect((item.minMinutes * 2) % 1).toBe(0);
          expect((item.maxMinutes * 2) % 1).toBe(0);
          start += item.plannedSeconds;
        }
        const questions = agenda[2]?.plannedSeconds ?? 0;
        expect(questions).toBeGreaterThan(minutes * 60 * 0.5);
      }),
    );
  });
});

describe("agendaPosition", () => {
  const agenda = planAgenda(20);

  it("starts in the welcome", () => {
    expect(agendaPosition(agenda, 0)).toEqual({
      phase: "welcome",
      phaseIndex: 0,
      secondsLeftInPhase: 150,
      secondsLeftTotal: 1200,
      overtimeSeconds: 0,
      stopOnTime: false,
    });
  });

  it("moves to the next phase at its boundary", () => {
    expect(agendaPosition(agenda, 149).phase).toBe("welcome");
    expect(agendaPosition(agenda, 150)).toMatchObject({ phase: "context", secondsLeftInPhase: 90 });
    expect(agendaPosition(agenda, 600)).toMatchObject({
      phase: "questions",
      phaseIndex: 2,
      secondsLeftInPhase: 480,
      secondsLeftTotal: 600,
    });
    expect(agendaPosition(agenda, 1199)).toMatchObject({ phase: "wrap_up", secondsLeftInPhase: 1 });
  });

  it("offers to stop at the promised end and counts overtime in the wrap-up", () => {
    expect(agendaPosition(agenda, 1200)).toMatchObject({
      phase: "wrap_up",
      phaseIndex: 3,
      stopOnTime: true,
      overtimeSeconds: 0,
      secondsLeftTotal: 0,
    });
    expect(agendaPosition(agenda, 1500)).toMatchObject({ overtimeSeconds: 300, stopOnTime: true });
  });

  it("treats a clock before the start as the start", () => {
    expect(agendaPosition(agenda, -5)).toMatchObject({ phase: "welcome", secondsLeftTotal: 1200 });
  });

  it("refuses an empty agenda", () => {
    expect(() => agendaPosition([], 10)).toThrow(RuleViolation);
  });

  it("always accounts for every second", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 180 }), fc.nat(20_000), (minutes, elapsed) => {
        const plan = planAgenda(minutes);
        const position = agendaPosition(plan, elapsed);
        const total = minutes * 60;
        expect(position.secondsLeftTotal - position.overtimeSeconds).toBe(total - elapsed);
        expect(position.stopOnTime).toBe(elapsed >= total);
        expect(plan[position.phaseIndex]?.phase).toBe(position.phase);
      }),
    );
  });
});

describe("phaseLabel", () => {
  it("labels every phase", () => {
    for (const phase of AGENDA_PHASES) expect(phaseLabel(phase).length).toBeGreaterThan(0);
    expect(phaseLabel("wrap_up")).toBe("Thanks and wrap-up");
  });
});
