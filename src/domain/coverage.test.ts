import { describe, expect, it } from "vitest";
import { type CoveragePerson, targetCoverage } from "./coverage.js";
import type { ConversationStatus, Role } from "./vocabulary.js";

let next = 0;
const person = (
  roles: Role[],
  stage: ConversationStatus | null,
  organizationId: string | null = "org-a",
  over: Partial<CoveragePerson> = {},
): CoveragePerson => {
  next += 1;
  return {
    id: `p${next}`,
    fullName: `Person ${next}`,
    roles,
    organizationId,
    hiringPower: false,
    stage,
    ...over,
  };
};

const allAreas = [
  { area: "industry" as const },
  { area: "company" as const },
  { area: "job" as const },
];
const codes = (result: ReturnType<typeof targetCoverage>) => result.gaps.map((g) => g.code);

describe("coverage", () => {
  it("lists every gap for an empty plan", () => {
    const result = targetCoverage({ insights: [], people: [] });
    expect(result.areas).toEqual({ industry: 0, company: 0, job: 0 });
    expect(codes(result)).toEqual([
      "industry_insight",
      "company_insight",
      "job_insight",
      "practitioner",
      "supervisor",
      "hiring_manager",
      "two_organizations",
      "hiring_power",
    ]);
    expect(result.complete).toBe(false);
    for (const gap of result.gaps) expect(gap.message.length).toBeGreaterThan(10);
  });

  it("counts insights per area", () => {
    const result = targetCoverage({
      insights: [{ area: "industry" }, { area: "industry" }, { area: "job" }],
      people: [],
    });
    expect(result.areas).toEqual({ industry: 2, company: 0, job: 1 });
    expect(codes(result)).toContain("company_insight");
    expect(codes(result)).not.toContain("industry_insight");
  });

  it("is complete with the three roles across two organizations", () => {
    const result = targetCoverage({
      insights: allAreas,
      people: [
        person(["practitioner"], "held", "org-a"),
        person(["supervisor"], "thanked", "org-b"),
        person(["hiring_manager"], "in_touch", "org-b"),
      ],
    });
    expect(result.gaps).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.organizations).toEqual({ talked: 2, planned: 0 });
    expect(result.hiringPower.talked).toHaveLength(1);
  });

  it("lets a supervisor who also does the work fill both slots", () => {
    const both = person(["supervisor", "practitioner"], "held", "org-a");
    const result = targetCoverage({
      insights: allAreas,
      people: [both, person(["hiring_manager"], "held", "org-b")],
    });
    expect(result.roles.practitioner.talked).toEqual([both]);
    expect(result.roles.supervisor.talked).toEqual([both]);
    expect(result.complete).toBe(true);
  });

  it("counts planned people apart from talked ones, and ended ones for neither", () => {
    const planned = person(["practitioner"], "scheduled", "org-c", { fullName: "Ana Ruiz" });
    const result = targetCoverage({
      insights: allAreas,
      people: [
        planned,
        person(["practitioner"], "declined", "org-d"),
        person(["supervisor"], "no_response"),
        person(["hiring_manager"], "cancelled"),
        person(["supervisor"], null),
      ],
    });
    expect(result.roles.practitioner).toEqual({ talked: [], planned: [planned] });
    expect(result.roles.supervisor).toEqual({ talked: [], planned: [] });
    expect(result.organizations).toEqual({ talked: 0, planned: 1 });
    const gap = result.gaps.find((g) => g.code === "practitioner");
    expect(gap?.message).toContain("Ana Ruiz");
  });

  it("needs talked people from two distinct organizations", () => {
    const sameOrg = targetCoverage({
      insights: allAreas,
      people: [
        person(["practitioner"], "held", "org-a"),
        person(["supervisor"], "held", "org-a"),
        person(["hiring_manager"], "held", null),
        person(["practitioner"], "asked", "org-b"),
      ],
    });
    expect(sameOrg.organizations).toEqual({ talked: 1, planned: 1 });
    expect(codes(sameOrg)).toEqual(["two_organizations"]);
    expect(sameOrg.gaps[0]?.message).toMatch(/second organization/);
  });

  it("takes hiring power from the flag or the hiring-manager role", () => {
    const flagged = person(["industry_leader"], "held", "org-a", { hiringPower: true });
    const manager = person(["hiring_manager"], "asked", "org-b");
    const result = targetCoverage({ insights: allAreas, people: [flagged, manager] });
    expect(result.hiringPower).toEqual({ talked: [flagged], planned: [manager] });
    expect(codes(result)).not.toContain("hiring_power");
    expect(codes(result)).toContain("hiring_manager");
  });

  it("returns the caller's own person objects", () => {
    const rich = { ...person(["practitioner"], "held"), email: "a@example.org" };
    const result = targetCoverage({ insights: [], people: [rich] });
    expect(result.roles.practitioner.talked[0]?.email).toBe("a@example.org");
  });
});
