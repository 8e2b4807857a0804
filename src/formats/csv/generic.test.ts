import { describe, expect, it } from "vitest";
import { FormatError } from "../contact.js";
import { csvHeaders, readMappedCsv } from "./generic.js";

const SHEET = [
  "",
  "Name,E-mail,Mobile,Employer,Role,Town,Tags,Met",
  "Rosa Parks,rosa@example.org,+1 555 0101,Library,Volunteer,Montgomery,civic; history,2020-05-01",
  ",,,,,,,",
  'Ida Wells,"ida@example.org ::: ida@press.example",,Free Speech,Editor,Memphis,press,last spring',
  "Nobody,,,,,,,",
].join("\n");

describe("csvHeaders", () => {
  it("returns the first non-blank row as the header and a padded sample", () => {
    expect(csvHeaders(SHEET, 2)).toEqual({
      headers: ["Name", "E-mail", "Mobile", "Employer", "Role", "Town", "Tags", "Met"],
      headerLine: 2,
      sample: [
        [
          "Rosa Parks",
          "rosa@example.org",
          "+1 555 0101",
          "Library",
          "Volunteer",
          "Montgomery",
          "civic; history",
          "2020-05-01",
        ],
        [
          "Ida Wells",
          "ida@example.org ::: ida@press.example",
          "",
          "Free Speech",
          "Editor",
          "Memphis",
          "press",
          "last spring",
        ],
      ],
    });
  });

  it("throws a FormatError for a file with nothing in it", () => {
    expect(() => csvHeaders(",,\n\n")).toThrow(FormatError);
  });
});

describe("readMappedCsv", () => {
  const mapping = {
    fullName: "name",
    email: "E-mail",
    phone: "Mobile",
    organization: "Employer",
    title: "Role",
    city: "Town",
    labels: "Tags",
    connectedOn: "Met",
  };

  it("reads each mapped column into its field", () => {
    const { records, skipped } = readMappedCsv(SHEET, mapping);
    expect(records[0]).toEqual({
      fullName: "Rosa Parks",
      emails: [{ value: "rosa@example.org" }],
      phones: [{ value: "+1 555 0101" }],
      addresses: [{ city: "Montgomery" }],
      organization: "Library",
      title: "Volunteer",
      labels: ["civic", "history"],
      connectedOn: "2020-05-01",
      source: "csv",
      line: 3,
    });
    expect(records[1]).toMatchObject({
      emails: [{ value: "ida@example.org" }, { value: "ida@press.example" }],
      connectedOnRaw: "last spring",
      line: 5,
    });
    expect(records.map((r) => r.fullName)).toEqual(["Rosa Parks", "Ida Wells", "Nobody"]);
    expect(skipped).toEqual([]);
  });

  it("names the field whose column does not exist", () => {
    try {
      readMappedCsv(SHEET, { fullName: "Name", notes: "Comments" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FormatError);
      expect(error).toMatchObject({ line: 2, field: "notes" });
    }
  });

  it("reads a row with only an organization as the organization's own entry", () => {
    const { records, skipped } = readMappedCsv("Company,Email\nAcme,\n,x@example.org\n", {
      organization: "Company",
      email: "Email",
    });
    expect(skipped).toEqual([]);
    expect(records[0]).toMatchObject({ kind: "organization", fullName: "Acme", line: 2 });
  });
});
