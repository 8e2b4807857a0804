import { describe, expect, it } from "vitest";
import { Conflict } from "./errors.js";
import { assertThankYouReady } from "./thankYou.js";

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Conflict);
    return (error as Conflict).issues[0]?.field;
  }
  return undefined;
};

describe("assertThankYouReady", () => {
  it("sends an email once the name is checked", () => {
    expect(() =>
      assertThankYouReady({ channel: "email", nameChecked: true, mailingAddress: null }),
    ).not.toThrow();
  });

  it("refuses any channel until the name is checked", () => {
    for (const channel of ["email", "card", "other"] as const) {
      expect(
        refusal(() => assertThankYouReady({ channel, nameChecked: false, mailingAddress: "1 Rd" })),
      ).toBe("nameChecked");
    }
  });

  it("refuses a card without a mailing address, blank counts as none", () => {
    for (const mailingAddress of [null, "", "   "]) {
      expect(
        refusal(() => assertThankYouReady({ channel: "card", nameChecked: true, mailingAddress })),
      ).toBe("mailingAddress");
    }
    expect(() =>
      assertThankYouReady({ channel: "card", nameChecked: true, mailingAddress: "1 High St" }),
    ).not.toThrow();
  });
});
