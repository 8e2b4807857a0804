import { describe, expect, it } from "vitest";
import { fixtureText } from "../../../test/fixtures/formats/fixtures.js";
import { FormatError } from "../contact.js";
import { readLinkedInConnections } from "./linkedin.js";

describe("readLinkedInConnections", () => {
  it("finds the header below the notes preamble and keeps real file line numbers", () => {
    const { records, skipped } = readLinkedInConnections(fixtureText("linkedin-current.csv"));
    expect(records.map((r) => [r.line, r.fullName])).toEqual([
      [7, "Ana Souza"],
      [8, "Björn Ødegård"],
      [9, "Chen Li"],
      [11, "Dana O'Neil"],
    ]);
    expect(records[0]).toEqual({
      fullName: "Ana Souza",
      givenName: "Ana",
      familyName: "Souza",
      organization: "Acme Robotics",
      title: "Senior Product Manager",
      profileUrl: "https://www.linkedin.com/in/ana-souza-1a2b3c",
      connectedOn: "2021-02-03",
      emails: [],
      phones: [],
      addresses: [],
      source: "linkedin",
      line: 7,
    });
    expect(records[1]?.emails).toEqual([{ value: "bjorn@example.no" }]);
    expect(records[1]?.organization).toBe("Fjord Analytics, AS");
    expect(records[2]?.organization).toBe('Northwind "Labs"');
    expect(records[2]?.title).toBe("Head of Research\n(Applied ML)");
    expect(skipped).toEqual([{ line: 12, reason: "no name and no email address" }]);
  });

  it("reads the older layout without URL or preamble, with a BOM, CRLF and trailing ,,,,, rows", () => {
    const { records, skipped } = readLinkedInConnections(fixtureText("linkedin-old.csv"));
    expect(records.map((r) => [r.line, r.fullName, r.organization])).toEqual([
      [2, "Emeka Okafor", "Lagos Fintech"],
      [3, "Fatima Zahra", "Atlas Consulting"],
      [4, "Greg Hall", undefined],
      [5, "Hana Kim", "Seoul Bio"],
    ]);
    expect(records.every((r) => r.profileUrl === undefined)).toBe(true);
    expect(records[0]?.connectedOn).toBe("2017-03-12");
    expect(skipped).toEqual([]);
  });

  it("keeps a date it cannot read as raw text instead of dropping or guessing it", () => {
    const fatima = readLinkedInConnections(fixtureText("linkedin-old.csv")).records[1];
    expect(fatima?.connectedOn).toBeUndefined();
    expect(fatima?.connectedOnRaw).toBe("sometime in 2016");
  });

  it("reads the same records whatever the line ends", () => {
    const text = fixtureText("linkedin-current.csv");
    const expected = readLinkedInConnections(text);
    expect(readLinkedInConnections(text.replace(/\n/g, "\r\n"))).toEqual(expected);
    expect(readLinkedInConnections(text.replace(/\n/g, "\r"))).toEqual(expected);
  });

  it("maps columns by name in any order and case", () => {
    const text = "connected on,POSITION,last name,first name\n1 Mar 2022,CTO,Lovelace,Ada\n";
    expect(readLinkedInConnections(text).records[0]).toMatchObject({
      fullName: "Ada Lovelace",
      title: "CTO",
      connectedOn: "2022-03-01",
      line: 2,
    });
  });

  it("throws a FormatError on line 1 when there is no name header", () => {
    expect(() => readLinkedInConnections("Name,Email\nAda,ada@example.org\n")).toThrow(
      new FormatError('no header row with "First Name" and "Last Name" was found', 1),
    );
  });

  it("reads a 30,000-connection export quickly", () => {
    const preamble = 'Notes:\n"A note\nover two lines"\n\n';
    const header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    const rows: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      rows.push(
        `Person${i},Family${i},https://www.linkedin.com/in/p${i},,"Company ${i % 500}, Inc.",Engineer,${(i % 28) + 1} Jan 2020\n`,
      );
    }
    const started = performance.now();
    const { records, skipped } = readLinkedInConnections(preamble + header + rows.join(""));
    const elapsed = performance.now() - started;
    expect(records).toHaveLength(30_000);
    expect(skipped).toEqual([]);
    expect(records[29_999]?.line).toBe(30_005);
    expect(records[29_999]?.connectedOn).toBe("2020-01-12");
    // Generous for a loaded CI machine; a quadratic slip would take minutes, not seconds.
    expect(elapsed).toBeLessThan(4_000);
  });
});
