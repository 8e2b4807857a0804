// Finding: colleagues who share a company website were merged into one person. Only a profile
// on a social or professional site identifies someone, and two sets of e-mail addresses with
// nothing in common are two people.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureText } from "../../../test/fixtures/formats/fixtures.js";
import type { ContactRecord } from "../../formats/index.js";
import { readOutlookContacts } from "../../formats/index.js";
import { type IncomingPerson, toIncomingPerson } from "./incomingPerson.js";
import { type Identity, samePerson } from "./matchPeople.js";
import { type KnownPerson, planImport } from "./planImport.js";

function incoming(records: readonly ContactRecord[]): IncomingPerson[] {
  return records.map((record) => {
    const person = toIncomingPerson(record);
    if ("reason" in person) throw new Error(person.reason);
    return person;
  });
}

const identity = (fields: Partial<Identity>): Identity => ({
  uid: null,
  emails: [],
  profileUrl: null,
  fullName: "Lena Fischer",
  organizationName: "Fabrikam",
  ...fields,
});

describe("people who share a website", () => {
  it("stay apart in an Outlook export; a LinkedIn profile still joins one person's rows", () => {
    const { records } = readOutlookContacts(fixtureText("outlook-shared-website.csv"));
    const plan = planImport([], incoming(records), []);
    expect(plan.counts).toMatchObject({ new: 3, updated: 0, duplicate: 1 });
    expect(plan.creates.map((person) => person.fullName)).toEqual([
      "Lena Fischer",
      "Tomás Ortega",
      "Amara Nwosu",
    ]);
    // The company's site is kept in the notes, the GitHub page is Tomás's profile.
    expect(plan.creates[0]).toMatchObject({
      profileUrl: null,
      notes: "Web page: https://www.fabrikam.example/",
    });
    expect(plan.creates[1]?.profileUrl).toBe("https://github.com/tortega");
    expect(plan.creates[2]?.phones).toEqual(["+1 206 555 0103"]);
  });

  it("never matches on a page that is not a social profile", () => {
    expect(
      samePerson(
        identity({ profileUrl: "https://www.fabrikam.example/" }),
        identity({ fullName: "Tomás Ortega", profileUrl: "https://fabrikam.example" }),
      ),
    ).toBe(false);
  });

  it("never joins two people whose e-mail addresses differ, whatever profile they share", () => {
    expect(
      samePerson(
        identity({ emails: ["a@x.example"], profileUrl: "https://linkedin.com/in/lena" }),
        identity({ emails: ["b@y.example"], profileUrl: "https://www.linkedin.com/in/lena/" }),
      ),
    ).toBe(false);
  });

  it("does not merge a known person with a newcomer who shares only the company site", () => {
    const known: KnownPerson = {
      id: "p1",
      fullName: "Lena Fischer",
      namePrefix: null,
      givenName: null,
      middleName: null,
      familyName: null,
      nameSuffix: null,
      title: null,
      organizationName: "Fabrikam",
      emails: ["lena.fischer@fabrikam.example"],
      phones: [],
      mailingAddress: null,
      // Imported before websites were told apart from profiles.
      profileUrl: "https://www.fabrikam.example/",
      howKnown: "other",
      degree: "none",
      tags: [],
      notes: "",
    };
    const { records } = readOutlookContacts(fixtureText("outlook-shared-website.csv"));
    const plan = planImport([known], incoming(records), []);
    // Lena is herself (same address); Tomás and Amara are not Lena, website or not.
    expect(plan.counts.new).toBe(2);
    expect(plan.creates.map((person) => person.fullName)).toEqual(["Tomás Ortega", "Amara Nwosu"]);
  });

  it("N people with distinct e-mails who share websites and organizations import as N", () => {
    const websites = ["https://www.acme.example", "acme.example/", "https://blog.example/team"];
    const person = fc.record({
      fullName: fc.constantFrom("Ana Souza", "Bo Li", "Ana Souza"),
      organization: fc.constantFrom("Acme", "ACME", "Globex"),
      website: fc.constantFrom(...websites),
      asProfile: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 25 }), (people) => {
        const records: ContactRecord[] = people.map((p, i) => ({
          fullName: p.fullName,
          organization: p.organization,
          emails: [{ value: `person${i}@mail.example` }],
          phones: [],
          addresses: [],
          // A mapped CSV may put a company site in the profile column; a reader, in websites.
          ...(p.asProfile ? { profileUrl: p.website } : { websites: [p.website] }),
          source: "csv",
          line: i + 2,
        }));
        const plan = planImport([], incoming(records), []);
        expect(plan.counts).toMatchObject({ new: people.length, updated: 0, duplicate: 0 });
        // And the same file again adds nothing.
        const known = plan.creates.map((created, i) => ({ ...created, id: `p${i}` }));
        const again = planImport(known, incoming(records), []);
        expect(again.counts).toMatchObject({ new: 0, updated: 0, duplicate: people.length });
      }),
      { numRuns: 300 },
    );
  });
});
