import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Identity, PeopleIndex, samePerson } from "./matchPeople.js";

const person = (fields: Partial<Identity>): Identity => ({
  uid: null,
  emails: [],
  profileUrl: null,
  fullName: "Ana Souza",
  organizationName: "Acme",
  ...fields,
});

describe("the duplicate rules", () => {
  it("finds the same person by email, whatever the name says", () => {
    expect(
      samePerson(
        person({ emails: ["ana@acme.example"] }),
        person({ fullName: "A. Souza-Lima", emails: ["other@x.example", "ANA@acme.example"] }),
      ),
    ).toBe(true);
  });

  it("finds the same person by profile URL", () => {
    expect(
      samePerson(
        person({ profileUrl: "https://www.linkedin.com/in/ana" }),
        person({ fullName: "Ana", organizationName: null, profileUrl: "linkedin.com/in/ana/" }),
      ),
    ).toBe(true);
  });

  it("uses name and organization only when neither side has an email or profile", () => {
    expect(
      samePerson(person({}), person({ fullName: "ANA  SOUZA", organizationName: "acme" })),
    ).toBe(true);
    expect(samePerson(person({}), person({ organizationName: "Globex" }))).toBe(false);
    expect(samePerson(person({ emails: ["ana@acme.example"] }), person({}))).toBe(false);
    expect(
      samePerson(
        person({ emails: ["ana@acme.example"] }),
        person({ emails: ["ana@home.example"] }),
      ),
    ).toBe(false);
  });

  it("knows a person by the id our own export wrote as the uid", () => {
    expect(samePerson(person({ uid: "p1", fullName: "Someone Else" }), person({ uid: "p1" }))).toBe(
      true,
    );
  });

  it("lets a name match stop once the earlier record has gained an email", () => {
    const entries = [{ identity: person({}) }];
    const index = new PeopleIndex((entry: { identity: Identity }) => entry.identity);
    for (const entry of entries) index.add(entry);
    expect(index.find(person({}))).toBe(entries[0]);
    (entries[0] as { identity: Identity }).identity = person({ emails: ["ana@acme.example"] });
    index.add(entries[0] as { identity: Identity });
    expect(index.find(person({}))).toBeUndefined();
    expect(index.find(person({ emails: ["ANA@acme.example"] }))).toBe(entries[0]);
  });

  // Small alphabets so that collisions (the interesting cases) are frequent.
  const identity: fc.Arbitrary<Identity> = fc.record({
    uid: fc.option(fc.constantFrom("u1", "u2"), { nil: null }),
    emails: fc.array(fc.constantFrom("a@x.org", "A@X.org", "b@x.org", "c@y.org"), { maxLength: 2 }),
    profileUrl: fc.option(
      fc.constantFrom(
        "https://linkedin.com/in/a",
        "http://www.linkedin.com/in/a/",
        "linkedin.com/in/b",
      ),
      { nil: null },
    ),
    fullName: fc.constantFrom("Ana Souza", "ana souza", "Bo Li"),
    organizationName: fc.option(fc.constantFrom("Acme", "ACME", "Globex"), { nil: null }),
  });

  it("the index finds exactly what the pairwise rule says", () => {
    fc.assert(
      fc.property(fc.array(identity, { maxLength: 12 }), identity, (known, candidate) => {
        const index = new PeopleIndex((entry: Identity) => entry);
        for (const entry of known) index.add(entry);
        const found = index.find(candidate);
        if (found === undefined) {
          expect(known.some((entry) => samePerson(candidate, entry))).toBe(false);
        } else {
          expect(samePerson(candidate, found)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
