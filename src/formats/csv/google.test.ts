import { describe, expect, it } from "vitest";
import { fixtureText } from "../../../test/fixtures/formats/fixtures.js";
import { readGoogleContacts } from "./google.js";

describe("readGoogleContacts, current layout", () => {
  const { records, skipped } = readGoogleContacts(fixtureText("google-current.csv"));

  it("splits ' ::: ' cells into separate values that share the group's label", () => {
    const irene = records[0];
    expect(irene?.emails).toEqual([
      { value: "irene@baker.example", label: "Work" },
      { value: "i.adler@baker.example", label: "Work" },
      { value: "irene@home.example", label: "Home" },
    ]);
    expect(irene?.phones).toEqual([
      { value: "+44 20 7946 0018", label: "Mobile" },
      { value: "+44 20 7946 0000", label: "Work" },
      { value: "+44 20 7946 0001", label: "Work" },
    ]);
  });

  it("reads names, organization, address, notes, labels and the LinkedIn website", () => {
    expect(records[0]).toMatchObject({
      fullName: "Irene M. Adler",
      givenName: "Irene",
      familyName: "Adler",
      organization: "Baker Street Holdings",
      title: "Operations Lead",
      addresses: [
        {
          label: "Work",
          street: "221B Baker St",
          city: "London",
          postalCode: "NW1 6XE",
          country: "United Kingdom",
        },
      ],
      notes: "Met at the\nWomen in Ops meetup",
      labels: ["myContacts", "Mentors"],
      profileUrl: "https://www.linkedin.com/in/ireneadler",
      source: "google",
      line: 2,
    });
  });

  it("counts the line break inside the notes when numbering later rows", () => {
    expect(records[1]).toMatchObject({ fullName: "Jorge Ramírez", line: 6 });
    expect(skipped).toEqual([]);
    expect(records.find((record) => record.line === 7)).toMatchObject({
      kind: "organization",
      fullName: "Nameless Org",
      organization: "Nameless Org",
    });
  });
});

describe("readGoogleContacts, older layout", () => {
  const { records } = readGoogleContacts(fixtureText("google-old.csv"));

  it("reads Name, Given/Family Name, Organization 1 and Group Membership", () => {
    expect(records[0]).toMatchObject({
      fullName: "Kofi Mensah",
      givenName: "Kofi",
      familyName: "Mensah",
      organization: "Volta Energy",
      title: "Grid Analyst",
      labels: ["My Contacts", "Referrals", "Energy"],
      emails: [
        { value: "kofi@example.gh", label: "Other" },
        { value: "kofi.mensah@volta.example", label: "Other" },
      ],
      phones: [{ value: "+233 20 000 0000", label: "Mobile" }],
      profileUrl: "https://linkedin.com/in/kofimensah",
      notes: "Former colleague at Volta Energy",
    });
  });

  it("splits ' ::: '-joined address fields into one address each", () => {
    expect(records[0]?.addresses).toEqual([
      {
        label: "Home",
        street: "12 Ring Rd",
        city: "Accra",
        region: "Greater Accra",
        country: "Ghana",
      },
      {
        label: "Home",
        street: "4 Beach Rd",
        city: "Cape Coast",
        region: "Central",
        country: "Ghana",
      },
    ]);
  });

  it("keeps a contact with only a first name and an email", () => {
    expect(records[1]).toMatchObject({
      fullName: "Lena",
      emails: [{ value: "lena@example.de", label: "Home" }],
      line: 3,
    });
  });
});
