import { describe, expect, it } from "vitest";
import {
  emailKey,
  nameOrganizationKey,
  organizationKey,
  phoneKey,
  profileKey,
} from "./normalise.js";

describe("matching keys", () => {
  it("treats copies of one LinkedIn link as the same profile", () => {
    const key = profileKey("https://www.linkedin.com/in/ana-souza/");
    for (const copy of [
      "http://linkedin.com/in/Ana-Souza",
      "https://uk.linkedin.com/in/ana-souza?trk=public_profile",
      "linkedin.com/in/ana-souza#about",
      " https://www.linkedin.com/in/ana-souza// ",
    ]) {
      expect(profileKey(copy)).toBe(key);
    }
    expect(profileKey("https://www.linkedin.com/in/ana-souza-2")).not.toBe(key);
    expect(profileKey("https://www.linkedin.com/in/j%C3%B6rg")).toBe("linkedin.com/in/jörg");
  });

  it("folds case in emails and organization names, and punctuation in phones", () => {
    expect(emailKey(" Ana@Example.COM ")).toBe("ana@example.com");
    expect(organizationKey("  Acme   Robotics ")).toBe(organizationKey("ACME robotics"));
    expect(phoneKey("+1 (555) 010-0100")).toBe(phoneKey("+15550100100"));
    expect(phoneKey("555 0100")).not.toBe(phoneKey("+5550100"));
  });

  it("folds accents, case and punctuation in names and organizations", () => {
    expect(nameOrganizationKey("José  O'Neil", "Société Générale")).toBe(
      nameOrganizationKey("jose o neil", "SOCIETE GENERALE"),
    );
    expect(nameOrganizationKey("Ana Souza", "Acme")).not.toBe(
      nameOrganizationKey("Ana Souza", null),
    );
  });
});
