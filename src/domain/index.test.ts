import { describe, expect, it } from "vitest";
import * as domain from "./index.js";

describe("domain index", () => {
  it("exposes every rule", () => {
    for (const name of [
      "canTransition",
      "nextStatuses",
      "assertTransition",
      "personStage",
      "isTalked",
      "attemptPlan",
      "assertAttemptAllowed",
      "planAgenda",
      "agendaPosition",
      "phaseLabel",
      "questionBudget",
      "questionCountGuide",
      "countWords",
      "pitchTiming",
      "followUpsAfterHeld",
      "nextCheckIn",
      "comeBackFollowUp",
      "followUpAfterAttempt",
      "classifyFollowUps",
      "snoozeUntil",
      "targetCoverage",
      "referralYield",
      "dateInZone",
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name], name).toBe("function");
    }
    expect(domain.BUILT_IN_QUESTIONS.length).toBeGreaterThan(0);
    expect(domain.PITCH_PARTS).toHaveLength(4);
    expect(domain.DEFAULT_SETTINGS.maxAttempts).toBe(3);
  });
});
