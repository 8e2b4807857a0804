import { describe, expect, it } from "vitest";
import { type GrantTerms, grantExpiry, isInForce, orderedScopes, scopesFor } from "./consent.js";

const NOW = "2026-11-23T09:00:00.000Z";
const grant = (terms: Partial<GrantTerms>): GrantTerms => ({
  programId: "p",
  coachId: null,
  scopes: ["progress"],
  expiresAt: "2027-01-31T23:59:59.999Z",
  revokedAt: null,
  ...terms,
});

describe("what a grant lets a coach see", () => {
  const coach = { userId: "c", coachesProgram: true };

  it("joins the scopes of the grants in force that speak to this coach", () => {
    const held = scopesFor(
      [
        grant({}),
        grant({ coachId: "c", scopes: ["notes"] }),
        grant({ coachId: "other", scopes: ["contacts"] }),
      ],
      coach,
      "p",
      NOW,
    );
    expect(orderedScopes(held)).toEqual(["progress", "notes"]);
  });

  it("shows nothing once revoked or expired, for another program, or to staff who do not coach it", () => {
    expect(scopesFor([grant({ revokedAt: NOW })], coach, "p", NOW).size).toBe(0);
    expect(scopesFor([grant({ expiresAt: NOW })], coach, "p", NOW).size).toBe(0);
    expect(scopesFor([grant({ programId: "q" })], coach, "p", NOW).size).toBe(0);
    expect(scopesFor([grant({})], { userId: "c", coachesProgram: false }, "p", NOW).size).toBe(0);
    expect(isInForce(grant({}), NOW)).toBe(true);
  });

  it("ends with the program unless an earlier day is chosen", () => {
    expect(grantExpiry("2027-01-31", null)).toBe("2027-01-31T23:59:59.999Z");
    expect(grantExpiry("2027-01-31", "2026-12-15")).toBe("2026-12-15T23:59:59.999Z");
    expect(grantExpiry("2027-01-31", "2027-06-01")).toBe("2027-01-31T23:59:59.999Z");
  });
});
