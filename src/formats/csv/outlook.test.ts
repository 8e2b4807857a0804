import { describe, expect, it } from "vitest";
import { fixtureText } from "../../../test/fixtures/formats/fixtures.js";
import { readOutlookContacts } from "./outlook.js";

describe("readOutlookContacts", () => {
  const { records, skipped } = readOutlookContacts(fixtureText("outlook.csv"));

  it("reads the job title, not the honorific, and joins business street lines", () => {
    expect(records[0]).toEqual({
      fullName: "Maya R. Patel",
      namePrefix: "Dr.",
      givenName: "Maya",
      middleName: "R.",
      familyName: "Patel",
      organization: "Contoso Health",
      title: "Chief Medical Officer",
      emails: [{ value: "maya.patel@contoso.example" }, { value: "maya@home.example" }],
      phones: [
        { value: "+1 425 555 0100", label: "work" },
        { value: "+1 425 555 0199", label: "mobile" },
      ],
      addresses: [
        {
          label: "work",
          street: "1 Contoso Way\nSuite 400",
          city: "Redmond",
          region: "WA",
          postalCode: "98052",
          country: "United States",
        },
      ],
      profileUrl: "https://www.linkedin.com/in/mayapatel",
      notes: "Prefers mornings.\nAsk about the residency program.",
      labels: ["Healthcare", "Hiring managers"],
      source: "outlook",
      line: 2,
    });
  });

  it("drops Exchange X.500 paths that are not email addresses and counts CRLF inside notes", () => {
    expect(records[1]).toMatchObject({
      fullName: "Noah Berg",
      emails: [],
      phones: [{ value: "+47 22 00 00 00", label: "home" }],
      addresses: [{ label: "home", street: "9 Elm St", city: "Oslo", country: "Norway" }],
      line: 4,
    });
  });

  it("reads a company-only row as the organization's own entry", () => {
    expect(skipped).toEqual([]);
    expect(records.find((record) => record.line === 5)).toMatchObject({ kind: "organization" });
  });
});
