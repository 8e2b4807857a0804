// Writes contacts as vCard 3.0 (what Apple and Google import best) or 4.0 (RFC 6350). Lines
// end in CRLF and are folded at 75 octets; labels use TYPE when standard, X-ABLabel otherwise.
import type { ContactRecord, PostalAddress } from "../contact.js";
import { escapeText, escapeUri, escapeVCardText, joinContentLines } from "../text/contentLine.js";
import { typesForLabel } from "./labels.js";

export type VCardVersion = "3.0" | "4.0";

export const PRODUCT_ID = "-//Inroads//Inroads//EN";

interface LabelledLine {
  name: string;
  /** Parameters written before TYPE, e.g. VALUE=text. */
  params?: string[];
  types?: string[];
  label: string | undefined;
  value: string;
}

class CardLines {
  readonly lines: string[] = [];
  private groups = 0;

  add(name: string, value: string): void {
    this.lines.push(`${name}:${value}`);
  }

  /** A labelled value: TYPE for standard labels, a group with X-ABLabel for any other text. */
  addLabelled({ name, params = [], types = [], label, value }: LabelledLine): void {
    const labelTypes = label === undefined ? [] : typesForLabel(label);
    const allTypes = [...types, ...(labelTypes ?? [])];
    const allParams = allTypes.length > 0 ? [...params, `TYPE=${allTypes.join(",")}`] : params;
    const head = [name, ...allParams].join(";");
    if (label !== undefined && labelTypes === undefined) {
      this.groups++;
      const group = `item${this.groups}`;
      this.lines.push(`${group}.${head}:${value}`);
      this.lines.push(`${group}.X-ABLabel:${escapeVCardText(label)}`);
    } else {
      this.lines.push(`${head}:${value}`);
    }
  }
}

function structured(parts: readonly (string | undefined)[]): string {
  return parts.map((part) => escapeText(part ?? "")).join(";");
}

function addressValue(address: PostalAddress): string {
  // PO box and extended address stay empty: the street holds every line the source had.
  return structured([
    "",
    "",
    address.street,
    address.city,
    address.region,
    address.postalCode,
    address.country,
  ]);
}

function cardLines(record: ContactRecord, version: VCardVersion): string[] {
  const card = new CardLines();
  card.add("BEGIN", "VCARD");
  card.add("VERSION", version);
  card.add("PRODID", PRODUCT_ID);
  if (record.uid !== undefined) card.add("UID", escapeVCardText(record.uid));
  card.add("FN", escapeVCardText(record.fullName));
  card.add(
    "N",
    structured([
      record.familyName,
      record.givenName,
      record.middleName,
      record.namePrefix,
      record.nameSuffix,
    ]),
  );
  if (record.kind === "organization" && version === "4.0") card.add("KIND", "org");
  if (record.organization !== undefined) card.add("ORG", escapeText(record.organization));
  if (record.title !== undefined) card.add("TITLE", escapeVCardText(record.title));
  // 3.0 readers expect INTERNET on mail addresses; 4.0 dropped it.
  const emailTypes = version === "3.0" ? ["INTERNET"] : [];
  for (const { value, label } of record.emails) {
    card.addLabelled({ name: "EMAIL", types: emailTypes, label, value: escapeVCardText(value) });
  }
  // 4.0 readers may take a bare TEL for a URI; free-form numbers ("+1 (555) 010-0100") are text.
  const phoneParams = version === "4.0" ? ["VALUE=text"] : [];
  for (const { value, label } of record.phones) {
    card.addLabelled({ name: "TEL", params: phoneParams, label, value: escapeVCardText(value) });
  }
  for (const address of record.addresses) {
    card.addLabelled({ name: "ADR", label: address.label, value: addressValue(address) });
  }
  if (record.profileUrl !== undefined) card.add("URL", escapeUri(record.profileUrl));
  if (record.notes !== undefined) card.add("NOTE", escapeVCardText(record.notes));
  if (record.labels !== undefined && record.labels.length > 0) {
    card.add("CATEGORIES", record.labels.map(escapeVCardText).join(","));
  }
  card.add("END", "VCARD");
  return card.lines;
}

export function writeVCards(records: readonly ContactRecord[], version: VCardVersion): string {
  return joinContentLines(records.flatMap((record) => cardLines(record, version)));
}
