import { describe, expect, it } from "vitest";
import type { IncomingPerson } from "./incomingPerson.js";
import { type KnownPerson, planImport } from "./planImport.js";

const facts = {
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
  howKnown: "other" as const,
  degree: "none" as const,
  tags: [],
  notes: "",
};
const known = (id: string, fields: Partial<KnownPerson>): KnownPerson => ({
  id,
  fullName: "Someone",
  ...facts,
  ...fields,
});
const row = (line: number, fields: Partial<IncomingPerson>): IncomingPerson => ({
  line,
  uid: null,
  fullName: "Someone",
  ...facts,
  ...fields,
});

describe("planning an import", () => {
  const people = [
    known("p1", { fullName: "Ana Souza", emails: ["ana@acme.example"] }),
    known("p2", {
      fullName: "Bo Li",
      profileUrl: "https://www.linkedin.com/in/boli",
      title: "CTO",
    }),
    known("p3", { fullName: "Cy Twombly", organizationName: "Gagosian" }),
  ];

  it("counts every row once: new, updated, duplicate or skipped", () => {
    const plan = planImport(
      people,
      [
        row(2, { fullName: "Ana S.", emails: ["ANA@acme.example"], title: "PM" }),
        row(3, { fullName: "Bo Li", profileUrl: "linkedin.com/in/boli", title: "CEO" }),
        row(4, { fullName: "cy twombly", organizationName: "GAGOSIAN" }),
        row(5, { fullName: "Dee New", emails: ["dee@x.example"] }),
        row(6, { fullName: "Dee Again", emails: ["dee@x.example"], phones: ["+1 555"] }),
        row(7, { fullName: "Ana Souza", organizationName: null }),
      ],
      [{ line: 8, reason: "no name and no email address" }],
    );
    expect(plan.counts).toEqual({ new: 2, updated: 1, duplicate: 3, skipped: 1, organizations: 0 });
    expect(plan.updates).toEqual([
      {
        id: "p1",
        changes: { title: "PM" },
        person: expect.objectContaining({ fullName: "Ana Souza", title: "PM" }),
      },
    ]);
    // The second Dee row merged into the first; the name-only Ana is not the Ana with an email.
    expect(plan.creates.map((p) => [p.fullName, p.phones])).toEqual([
      ["Dee New", ["+1 555"]],
      ["Ana Souza", []],
    ]);
    expect(plan.sample.map((s) => s.action)).toEqual([
      "update",
      "duplicate",
      "duplicate",
      "new",
      "duplicate",
      "new",
    ]);
  });

  it("plans nothing for a file already imported", () => {
    const rows = [row(2, { fullName: "Eve", emails: ["eve@x.example"], tags: ["linkedin"] })];
    const first = planImport([], rows, []);
    const again = planImport(
      first.creates.map((person, i) => known(`n${i}`, person)),
      rows,
      [],
    );
    expect(again.counts).toEqual({
      new: 0,
      updated: 0,
      duplicate: 1,
      skipped: 0,
      organizations: 0,
    });
    expect(again.updates).toEqual([]);
  });
});
