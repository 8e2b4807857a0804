import { describe, expect, it } from "vitest";
import { asSentence, BUILT_IN_TEMPLATES, fillTemplate, reasonToSayYes } from "./templates.js";

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

describe("text the person typed, inserted as a sentence", () => {
  it("is capitalized and punctuated where it stands as a sentence of its own", () => {
    const text = fillTemplate(BUILT_IN_TEMPLATES.thankYouCard, {
      firstName: "Dana",
      myName: "Sam Carter",
      learned: "your tip to learn SQL first",
    });
    expect(text).toContain(
      "Thank you for our conversation. Your tip to learn SQL first. Your advice gave me",
    );
    // A name at the end of the letter is a name, not a sentence.
    expect(text.endsWith("\nSam Carter")).toBe(true);
  });

  it("keeps the person's own punctuation and capitals", () => {
    expect(
      fillTemplate("Thanks. {learned}\n", { learned: "Did I get the S&OP cycle right?" }),
    ).toBe("Thanks. Did I get the S&OP cycle right?");
    expect(fillTemplate("{whyYou} Bye", { whyYou: "iPhones are my field." })).toBe(
      "IPhones are my field. Bye",
    );
  });

  it("punctuates two sentences typed side by side", () => {
    expect(
      fillTemplate("{howIFoundYou} {whyYou}", {
        howIFoundYou: "lee gave me your name",
        whyYou: "you plan demand at Northwind",
      }),
    ).toBe("Lee gave me your name. You plan demand at Northwind.");
  });

  it("leaves text inside someone else's sentence as typed", () => {
    expect(fillTemplate("What I liked: {learned}, mostly.", { learned: "the tour" })).toBe(
      "What I liked: the tour, mostly.",
    );
    expect(fillTemplate("Dear {firstName},", { firstName: "ana" })).toBe("Dear ana,");
  });

  it("makes a sentence of a fragment", () => {
    expect(asSentence("  a planner's week ")).toBe("A planner's week.");
    expect(asSentence('he said "go"!')).toBe('He said "go"!');
    expect(asSentence("")).toBe("");
  });
});
