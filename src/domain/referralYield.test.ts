import { describe, expect, it } from "vitest";
import { referralYield } from "./referralYield.js";
import type { ConversationStatus } from "./vocabulary.js";

const refs = (...stages: (ConversationStatus | null)[]) =>
  stages.map((referredStage) => ({ referredStage }));

describe("referralYield", () => {
  it("is all zeros with nothing yet", () => {
    expect(referralYield({ talkedConversations: 0, referrals: [] })).toEqual({
      referrals: 0,
      perConversation: 0,
      reached: 0,
      reachRate: 0,
    });
  });

  it("counts referrals per conversation and how many were reached", () => {
    expect(
      referralYield({
        talkedConversations: 3,
        referrals: refs("held", "thanked", "in_touch", "asked", "declined", null, "scheduled"),
      }),
    ).toEqual({ referrals: 7, perConversation: 2.33, reached: 3, reachRate: 0.43 });
  });

  it("does not divide by zero conversations", () => {
    expect(referralYield({ talkedConversations: 0, referrals: refs("identified") })).toMatchObject({
      referrals: 1,
      perConversation: 0,
      reachRate: 0,
    });
  });
});
