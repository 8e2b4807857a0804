import { describe, expect, it } from "vitest";
import { pseudonym, redactDeep, redactor } from "./pseudonyms.js";

describe("a third party as a coach sees them without contacts", () => {
  it("is a number, what the organization is to the seeker, and its name", () => {
    expect(pseudonym(3, "supplier", "Northwind")).toBe("Person 3, Supplier, Northwind");
    expect(pseudonym(4, "former_employer", "Contoso")).toBe("Person 4, Former employer, Contoso");
    expect(pseudonym(1, null, null)).toBe("Person 1");
  });

  it("has every known name, address and phone number taken out of free text", () => {
    const redact = redactor([
      { label: "Person 1", names: ["Zoë Dvořák", "Zoë", "Dvořák", "zoe@acme.example"] },
      { label: "Person 2", names: ["Al"] },
    ]);
    expect(
      redact("Met ZOË DVOŘÁK; Dvořák said write to zoe@acme.example or +1 (555) 010-9999."),
    ).toBe("Met Person 1; Person 1 said write to [e-mail address] or [phone number].");
    // Names of two letters stay, so words are not eaten; dates are not phone numbers.
    expect(redact("Al is all in on 2026-11-30T10:00:00.000Z")).toBe(
      "Al is all in on 2026-11-30T10:00:00.000Z",
    );
    // A name inside a longer word is not a name.
    expect(redact("Zoëtrope")).toBe("Zoëtrope");
  });

  it("redacts inside any value and keeps its shape", () => {
    const redact = redactor([{ label: "Person 1", names: ["Quillon"] }]);
    expect(redactDeep({ a: ["Quillon said"], n: 3, b: null }, redact)).toEqual({
      a: ["Person 1 said"],
      n: 3,
      b: null,
    });
  });
});
