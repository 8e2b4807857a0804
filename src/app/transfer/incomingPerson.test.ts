import { describe, expect, it } from "vitest";
import type { ContactRecord } from "../../formats/index.js";
import { toIncomingPerson } from "./incomingPerson.js";

const record = (fields: Partial<ContactRecord>): ContactRecord => ({
  fullName: "Ana Souza",
  emails: [],
  phones: [],
  addresses: [],
  source: "google",
  line: 7,
  ...fields,
});

describe("a contact becomes the person it would be", () => {
  it("makes a LinkedIn connection a first-degree, online contact tagged linkedin", () => {
    expect(
      toIncomingPerson(
        record({
          source: "linkedin",
          organization: "Acme Robotics",
          title: "Senior PM",
          profileUrl: "https://www.linkedin.com/in/ana",
          connectedOn: "2021-02-03",
        }),
      ),
    ).toMatchObject({
      line: 7,
      howKnown: "online",
      degree: "first",
      tags: ["linkedin"],
      organizationName: "Acme Robotics",
      notes: "Connected on LinkedIn on 2021-02-03.",
    });
  });

  it("keeps other sources' labels as tags, without Google's everyone-group", () => {
    expect(
      toIncomingPerson(record({ labels: ["myContacts", "Mentors", "mentors"] })),
    ).toMatchObject({
      howKnown: "other",
      degree: "none",
      tags: ["Mentors"],
    });
  });

  it("keeps values that fit no field in the notes instead of dropping them", () => {
    const person = toIncomingPerson(
      record({
        notes: "Met at the meetup.",
        emails: [{ value: "ana@acme.example" }, { value: "not an address" }],
        profileUrl: "javascript:alert(1)",
        addresses: [
          { street: "1 Main St", city: "Springfield", country: "US" },
          { label: "home", street: "2 Elm St" },
        ],
      }),
    );
    expect(person).toMatchObject({
      emails: ["ana@acme.example"],
      profileUrl: null,
      mailingAddress: "1 Main St\nSpringfield\nUS",
      notes:
        "Met at the meetup.\nAddress: 2 Elm St\nWeb page: javascript:alert(1)\nEmail: not an address",
    });
  });

  it("adds https:// to a profile written without it", () => {
    expect(toIncomingPerson(record({ profileUrl: "www.linkedin.com/in/ana" }))).toMatchObject({
      profileUrl: "https://www.linkedin.com/in/ana",
    });
  });

  it("skips a row whose name cannot be stored, saying why", () => {
    expect(toIncomingPerson(record({ fullName: "x".repeat(301) }))).toEqual({
      line: 7,
      reason: "the name is longer than 300 characters",
    });
  });
});
