import { describe, expect, it } from "vitest";
import { fixtureBytes, fixtureText } from "../../../test/fixtures/formats/fixtures.js";
import { decodeText, readOutlookContacts, readVCards } from "../../formats/index.js";
import { toIncomingOrganization } from "./incomingOrganization.js";
import { toIncomingPerson } from "./incomingPerson.js";
import { planOrganizations } from "./planOrganizations.js";

describe("an entry with an organization and no person's name", () => {
  const { records } = readVCards(fixtureText("vcard-30-organization-and-unicode-email.vcf"));

  it("becomes the organization, with its website, and its phone and e-mail in the notes", () => {
    expect(toIncomingOrganization(records[0] as never)).toEqual({
      line: 1,
      name: "Harbour Books",
      website: "https://harbourbooks.example",
      notes:
        "Open Sundays; ask for the careers shelf.\nPhone (work): +44 20 7000 0000\nEmail: shop@harbourbooks.example",
    });
  });

  it("adds to an organization of the same name without overwriting, and only once", () => {
    const outlook = readOutlookContacts(decodeText(fixtureBytes("outlook-de-semicolon.csv")));
    const reception = outlook.records.find((record) => record.kind === "organization");
    const entry = toIncomingOrganization(reception as never);
    if ("reason" in entry) throw new Error(entry.reason);
    const known = [
      {
        id: "o1",
        name: "praxis dr. weiß – empfang",
        website: null,
        notes: "Dr. Weiß's front desk",
      },
    ];
    const plan = planOrganizations(known, [entry, entry]);
    expect(plan.creates).toEqual([]);
    expect(plan.rows).toBe(2);
    expect(plan.updates).toEqual([
      {
        id: "o1",
        website: "https://praxis-weiss.example",
        notes: `Dr. Weiß's front desk\n\n${entry.notes}`,
      },
    ]);
    const again = planOrganizations(
      [{ ...(known[0] as (typeof known)[number]), ...plan.updates[0] }],
      [entry],
    );
    expect(again.updates).toEqual([]);
    expect(planOrganizations([], [entry, entry]).creates).toHaveLength(1);
  });
});

describe("an e-mail address with a non-ASCII local part (RFC 6531)", () => {
  it("stays an e-mail address instead of going to the notes", () => {
    const { records } = readVCards(fixtureText("vcard-30-organization-and-unicode-email.vcf"));
    const person = toIncomingPerson(records[2] as never);
    expect(person).toMatchObject({
      emails: ["blablö@dæmi.example", "björk@example.is"],
      notes: "",
    });
  });
});

describe("the structured name", () => {
  it("is kept on the incoming person", () => {
    const { records } = readVCards(fixtureText("vcard-40-structured-name.vcf"));
    expect(toIncomingPerson(records[0] as never)).toMatchObject({
      fullName: "Dr. Maya Rani Patel PhD",
      namePrefix: "Dr.",
      givenName: "Maya",
      middleName: "Rani",
      familyName: "Patel",
      nameSuffix: "PhD",
    });
  });
});
