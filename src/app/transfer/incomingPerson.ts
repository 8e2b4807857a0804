// Turns a contact read from a file into the person it would become. Values that do not fit a
// field (an address that is not an email, an eleventh-hour phone number of 80 characters) are
// kept in the notes with a label rather than dropped: the file's data is the user's data.
import { z } from "zod";
import type { Degree, HowKnown } from "../../domain/vocabulary.js";
import type { ContactRecord, PostalAddress, SkippedEntry } from "../../formats/index.js";
import { emailAddress } from "../entities/fields.js";

/** The parts of a name, as address books keep them; null where the file had none. */
export interface NameParts {
  namePrefix: string | null;
  givenName: string | null;
  middleName: string | null;
  familyName: string | null;
  nameSuffix: string | null;
}

export const NAME_PARTS = [
  "namePrefix",
  "givenName",
  "middleName",
  "familyName",
  "nameSuffix",
] as const satisfies readonly (keyof NameParts)[];

/** The person fields an import fills and merges. */
export interface PersonFacts extends NameParts {
  fullName: string;
  title: string | null;
  organizationName: string | null;
  emails: string[];
  phones: string[];
  mailingAddress: string | null;
  profileUrl: string | null;
  /** "other" and "none" mean "not known", so a later source may fill them. */
  howKnown: HowKnown;
  degree: Degree;
  tags: string[];
  notes: string;
}

export interface IncomingPerson extends PersonFacts {
  line: number;
  /** The identity the file gave the contact; our own exports write the person's id here. */
  uid: string | null;
}

// The same limits as the person schema (src/app/entities/person.ts).
export const LIMITS = {
  name: 300,
  text: 300,
  emails: 20,
  phones: 20,
  phone: 60,
  address: 1000,
  url: 1000,
  tags: 100,
  notes: 100_000,
} as const;

const validEmail = emailAddress.max(300);
const validUrl = z.url();

// Google puts every contact in its "My Contacts" group; as a tag it would say nothing.
const SYSTEM_GROUPS = new Set(["mycontacts", "my contacts", "starred"]);

/** Only web links become the profile: a `javascript:` or `file:` link is not a page to visit. */
function webUrl(text: string): string | null {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  if (!/^https?:\/\//i.test(candidate) || candidate.length > LIMITS.url) return null;
  return validUrl.safeParse(candidate).success ? candidate : null;
}

export function formatAddress(address: PostalAddress): string {
  const cityLine = [address.postalCode, address.city, address.region].filter(Boolean).join(" ");
  return [address.street, cityLine, address.country].filter(Boolean).join("\n");
}

function uniqueBy(values: string[], key: (value: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

class Overflow {
  readonly lines: string[] = [];
  add(label: string, value: string): void {
    this.lines.push(`${label}: ${value}`);
  }
}

function emailsOf(record: ContactRecord, overflow: Overflow): string[] {
  const emails: string[] = [];
  for (const { value } of record.emails) {
    if (validEmail.safeParse(value).success && emails.length < LIMITS.emails) emails.push(value);
    else overflow.add("Email", value);
  }
  return uniqueBy(emails, (email) => email.toLowerCase());
}

function phonesOf(record: ContactRecord, overflow: Overflow): string[] {
  const phones: string[] = [];
  for (const { value, label } of record.phones) {
    if (value.length <= LIMITS.phone && phones.length < LIMITS.phones) phones.push(value);
    else overflow.add(label ? `Phone (${label})` : "Phone", value);
  }
  return phones;
}

function tagsOf(record: ContactRecord, overflow: Overflow): string[] {
  const tags = record.source === "linkedin" ? ["linkedin"] : [];
  for (const label of record.labels ?? []) {
    const tag = label.replace(/\s+/g, " ").trim();
    if (tag === "" || SYSTEM_GROUPS.has(tag.toLowerCase())) continue;
    if (tag.length <= LIMITS.text && tags.length < LIMITS.tags) tags.push(tag);
    else overflow.add("Label", tag);
  }
  return uniqueBy(tags, (tag) => tag.toLowerCase());
}

function connectedLine(record: ContactRecord): string | null {
  const when = record.connectedOn ?? record.connectedOnRaw;
  if (when === undefined) return null;
  return record.source === "linkedin"
    ? `Connected on LinkedIn on ${when}.`
    : `Connected on ${when}.`;
}

/** Parts longer than a field holds are left out: the full name still has them. */
export function namePartsOf(record: ContactRecord): NameParts {
  const part = (value: string | undefined) => {
    const text = value?.replace(/\s+/g, " ").trim() ?? "";
    return text === "" || text.length > LIMITS.text ? null : text;
  };
  return {
    namePrefix: part(record.namePrefix),
    givenName: part(record.givenName),
    middleName: part(record.middleName),
    familyName: part(record.familyName),
    nameSuffix: part(record.nameSuffix),
  };
}

export function toIncomingPerson(record: ContactRecord): IncomingPerson | SkippedEntry {
  const line = record.line;
  const fullName = record.fullName.replace(/\s+/g, " ").trim();
  if (fullName.length > LIMITS.name) {
    return { line, reason: `the name is longer than ${LIMITS.name} characters` };
  }
  const overflow = new Overflow();
  let title = record.title?.replace(/\s+/g, " ") ?? null;
  if (title !== null && title.length > LIMITS.text) {
    overflow.add("Title", title);
    title = null;
  }
  let organizationName = record.organization?.replace(/\s+/g, " ") ?? null;
  if (organizationName !== null && organizationName.length > LIMITS.name) {
    overflow.add("Organization", organizationName);
    organizationName = null;
  }
  const [first, ...others] = record.addresses.map(formatAddress).filter((text) => text !== "");
  let mailingAddress = first ?? null;
  if (mailingAddress !== null && mailingAddress.length > LIMITS.address) {
    overflow.add("Address", mailingAddress);
    mailingAddress = null;
  }
  for (const other of others) overflow.add("Address", other);
  const profileUrl = record.profileUrl === undefined ? null : webUrl(record.profileUrl);
  if (record.profileUrl !== undefined && profileUrl === null) {
    overflow.add("Web page", record.profileUrl);
  }
  // A person has no field for other pages; a company's site is kept where the user reads it.
  for (const website of record.websites ?? []) overflow.add("Web page", website);
  const emails = emailsOf(record, overflow);
  const phones = phonesOf(record, overflow);
  const tags = tagsOf(record, overflow);
  const notes = [record.notes, connectedLine(record), ...overflow.lines]
    .filter((part) => part !== undefined && part !== null && part !== "")
    .join("\n");
  if (notes.length > LIMITS.notes) {
    return { line, reason: `the notes are longer than ${LIMITS.notes} characters` };
  }
  const isLinkedIn = record.source === "linkedin";
  return {
    line,
    uid: record.uid ?? null,
    fullName,
    ...namePartsOf(record),
    title,
    organizationName,
    emails,
    phones,
    mailingAddress,
    profileUrl,
    howKnown: isLinkedIn ? "online" : "other",
    degree: isLinkedIn ? "first" : "none",
    tags,
    notes,
  };
}
