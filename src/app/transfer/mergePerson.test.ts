import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEGREES, HOW_KNOWN } from "../../domain/vocabulary.js";
import type { PersonFacts } from "./incomingPerson.js";
import { mergePerson } from "./mergePerson.js";
import { emailKey, phoneKey } from "./normalise.js";

const base: PersonFacts = {
  fullName: "Ana Souza",
  namePrefix: null,
  givenName: null,
  middleName: null,
  familyName: null,
  nameSuffix: null,
  title: null,
  organizationName: null,
  emails: [],
  phones: [],
  mailingAddress: null,
  profileUrl: null,
  howKnown: "other",
  degree: "none",
  tags: [],
  notes: "",
};

describe("merging an imported record into a known person", () => {
  it("fills empty fields and never overwrites a value", () => {
    const existing = { ...base, title: "PM", howKnown: "former_coworker" as const };
    const changes = mergePerson(existing, {
      ...base,
      fullName: "Ana S.",
      title: "Senior PM",
      organizationName: "Acme",
      howKnown: "online",
      degree: "first",
      profileUrl: "https://www.linkedin.com/in/ana",
    });
    expect(changes).toEqual({
      organizationName: "Acme",
      degree: "first",
      profileUrl: "https://www.linkedin.com/in/ana",
    });
  });

  it("unions emails, phones and tags without repeating what is there in another spelling", () => {
    const existing = {
      ...base,
      emails: ["ana@acme.example"],
      phones: ["+1 555 0100"],
      tags: ["Mentor"],
    };
    const changes = mergePerson(existing, {
      ...base,
      emails: ["ANA@acme.example", "ana@home.example"],
      phones: ["+15550100", "+1 555 0199"],
      tags: ["mentor", "linkedin"],
    });
    expect(changes).toEqual({
      emails: ["ana@acme.example", "ana@home.example"],
      phones: ["+1 555 0100", "+1 555 0199"],
      tags: ["Mentor", "linkedin"],
    });
  });

  it("appends notes only when the text is new", () => {
    const existing = {
      ...base,
      notes: "Met at the meetup.\n\nConnected on LinkedIn on 2021-02-03.",
    };
    expect(
      mergePerson(existing, { ...base, notes: "Connected on LinkedIn on 2021-02-03." }),
    ).toEqual({});
    expect(mergePerson(existing, { ...base, notes: "Prefers mornings." })).toEqual({
      notes: `${existing.notes}\n\nPrefers mornings.`,
    });
    expect(mergePerson(base, { ...base, notes: "Prefers mornings." })).toEqual({
      notes: "Prefers mornings.",
    });
  });

  const text = fc.option(fc.constantFrom("a", "b", "Acme", "https://x.example/a"), { nil: null });
  const facts: fc.Arbitrary<PersonFacts> = fc.record({
    fullName: fc.constantFrom("Ana", "Bo"),
    namePrefix: fc.constant(null),
    givenName: fc.option(fc.constantFrom("Ana", "Bo"), { nil: null }),
    middleName: fc.constant(null),
    familyName: fc.option(fc.constantFrom("Souza", "Li"), { nil: null }),
    nameSuffix: fc.constant(null),
    title: text,
    organizationName: text,
    emails: fc.uniqueArray(fc.constantFrom("a@x.org", "A@x.org", "b@x.org"), {
      maxLength: 3,
      selector: emailKey,
    }),
    phones: fc.uniqueArray(fc.constantFrom("+1 555", "+1555", "555"), {
      maxLength: 3,
      selector: phoneKey,
    }),
    mailingAddress: text,
    profileUrl: text,
    howKnown: fc.constantFrom(...HOW_KNOWN),
    degree: fc.constantFrom(...DEGREES),
    tags: fc.uniqueArray(fc.constantFrom("x", "X", "y"), {
      maxLength: 3,
      selector: (t) => t.toLowerCase(),
    }),
    notes: fc.constantFrom("", "one", "two", "one\n\ntwo"),
  });

  it("never drops or changes anything the database had", () => {
    fc.assert(
      fc.property(facts, facts, (existing, incoming) => {
        const merged = { ...existing, ...mergePerson(existing, incoming) };
        expect(merged.fullName).toBe(existing.fullName);
        for (const field of [
          "title",
          "organizationName",
          "mailingAddress",
          "profileUrl",
        ] as const) {
          if (existing[field]) expect(merged[field]).toBe(existing[field]);
        }
        expect(merged.emails.slice(0, existing.emails.length)).toEqual(existing.emails);
        expect(merged.phones.slice(0, existing.phones.length)).toEqual(existing.phones);
        expect(merged.tags.slice(0, existing.tags.length)).toEqual(existing.tags);
        expect(merged.notes.startsWith(existing.notes)).toBe(true);
        if (existing.howKnown !== "other") expect(merged.howKnown).toBe(existing.howKnown);
        if (existing.degree !== "none") expect(merged.degree).toBe(existing.degree);
        // Merging the same record again adds nothing: re-importing a file is a no-op.
        expect(mergePerson(merged, incoming)).toEqual({});
      }),
      { numRuns: 2000 },
    );
  });
});
