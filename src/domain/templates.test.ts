import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES, fillTemplate, reasonToSayYes } from "./templates.js";

describe("the built-in request", () => {
  it("gives them a reason to say yes", () => {
    expect(BUILT_IN_TEMPLATES.request).toContain("{whyYes}");
    const text = fillTemplate(BUILT_IN_TEMPLATES.request, {
      firstName: "Ana",
      whyYes: reasonToSayYes({ sharedSchool: true, role: null }),
    });
    expect(text).toMatch(/We share a school/);
    expect(text).not.toMatch(/[{}]/);
  });

  it("says plainly it is not asking for a job", () => {
    expect(BUILT_IN_TEMPLATES.request).toMatch(/not asking you for a job/);
  });
});

describe("reasonToSayYes", () => {
  it("speaks of future colleagues and giving back without shared ground", () => {
    const reason = reasonToSayYes({ sharedSchool: false, role: "Supply chain analyst" });
    expect(reason).toMatch(/in supply chain analyst work/);
    expect(reasonToSayYes({ sharedSchool: false, role: "CFO" })).toMatch(/in CFO work/);
    expect(reason).toMatch(/colleagues/);
  });
});

describe("fillTemplate", () => {
  it("leaves no stray braces or doubled spaces for empty fields", () => {
    expect(fillTemplate("Hi {firstName}  {whyYou}\n\n\n\nBye", { firstName: "Bo" })).toBe(
      "Hi Bo\n\nBye",
    );
  });
});
