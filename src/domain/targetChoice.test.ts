import { describe, expect, it } from "vitest";
import { suggestTarget, type TargetFacts } from "./targetChoice.js";

const target = (id: string, fields: Partial<TargetFacts> = {}): TargetFacts => ({
  id,
  active: true,
  industryId: null,
  organizationIds: [],
  ...fields,
});
const nobody = { organizationId: null, industryId: null };

describe("suggestTarget", () => {
  it("prefers the target aimed at the person's organization", () => {
    const targets = [target("a"), target("b", { organizationIds: ["org"] })];
    expect(suggestTarget({ ...nobody, organizationId: "org" }, targets, "a")).toBe("b");
  });

  it("then the target in their industry, or their organization's", () => {
    const targets = [target("a"), target("b", { industryId: "ind" })];
    expect(suggestTarget({ ...nobody, industryId: "ind" }, targets, "a")).toBe("b");
    expect(
      suggestTarget(
        { ...nobody, organizationId: "x", organizationIndustryId: "ind" },
        targets,
        null,
      ),
    ).toBe("b");
  });

  it("then the one used last, then the first active one", () => {
    const targets = [target("a"), target("b"), target("c", { active: false })];
    expect(suggestTarget(nobody, targets, "b")).toBe("b");
    expect(suggestTarget(nobody, targets, "c")).toBe("a");
    expect(suggestTarget(nobody, [], null)).toBeNull();
  });

  it("never suggests an inactive target", () => {
    const targets = [target("a", { active: false, organizationIds: ["org"] })];
    expect(suggestTarget({ ...nobody, organizationId: "org" }, targets, "a")).toBeNull();
  });
});
