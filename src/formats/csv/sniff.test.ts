import { describe, expect, it } from "vitest";
import { fixtureText } from "../../../test/fixtures/formats/fixtures.js";
import { sniffFormat } from "./sniff.js";

describe("sniffFormat", () => {
  it.each([
    ["linkedin-current.csv", "linkedin"],
    ["linkedin-old.csv", "linkedin"],
    ["google-current.csv", "google"],
    ["google-old.csv", "google"],
    ["outlook.csv", "outlook"],
    ["vcard-30-apple.vcf", "vcard"],
    ["vcard-multi-bom.vcf", "vcard"],
  ])("recognises %s by its content", (name, format) => {
    expect(sniffFormat("upload.txt", fixtureText(name))).toBe(format);
  });

  it("trusts a .vcf extension", () => {
    expect(sniffFormat("Contacts.VCF", "")).toBe("vcard");
  });

  it("recognises our backup by its format marker", () => {
    const backup = JSON.stringify({ format: "inroads-backup", version: 1, people: [] });
    expect(sniffFormat("inroads.json", `\n${backup}`)).toBe("backup");
    expect(sniffFormat("other.json", '{"format":"something-else"}')).toBe("csv");
  });

  it("calls anything else a plain CSV, even when it cannot be parsed", () => {
    expect(sniffFormat("people.csv", "Name,Email\nAda,ada@example.org\n")).toBe("csv");
    expect(sniffFormat("people.csv", 'Name,"Email\nAda')).toBe("csv");
    expect(sniffFormat("people.csv", "")).toBe("csv");
  });

  it("looks past a long preamble but only at the top of a big file", () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `P${i},Q${i},,,,,1 Jan 2020`).join("\n");
    const text = `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows}`;
    expect(sniffFormat("Connections.csv", text)).toBe("linkedin");
  });
});
