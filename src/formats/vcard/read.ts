// Reads a .vcf file of one or many cards, versions 2.1, 3.0 and 4.0 as phones, Apple Contacts,
// Google and Outlook write them. A card that cannot become a contact is reported with its
// line; only a file with no card at all is an error.
import type { ContactReadResult, ContactRecord, SkippedEntry } from "../contact.js";
import { FormatError } from "../contact.js";
import { isSkipped } from "../record.js";
import { cardToRecord } from "./card.js";
import { logicalLines } from "./lines.js";
import { parseProperty, type VCardProperty } from "./property.js";

interface OpenCard {
  line: number;
  properties: VCardProperty[];
  /** vCard 2.1 may nest a card (AGENT); its properties are not this contact's. */
  nested: number;
}

/**
 * The reason given for a card that never ends. Everything after its BEGIN may have been read
 * into it (a quoted-printable soft break at the end of a value swallows the lines below), so an
 * importer should treat the file as broken rather than import the cards around it.
 */
export const UNTERMINATED_CARD_REASON = "the card has no END:VCARD (the file may be cut short)";

function isMarker(property: VCardProperty, name: "BEGIN" | "END"): boolean {
  return property.name === name && property.value.trim().toUpperCase() === "VCARD";
}

export function readVCards(text: string): ContactReadResult {
  const records: ContactRecord[] = [];
  const skipped: SkippedEntry[] = [];
  let sawCard = false;
  let card: OpenCard | undefined;
  for (const { line, text: content } of logicalLines(text)) {
    const property = parseProperty(content, line);
    if (property === undefined) continue;
    if (isMarker(property, "BEGIN")) {
      sawCard = true;
      if (card === undefined) card = { line, properties: [], nested: 0 };
      else card.nested++;
      continue;
    }
    if (card === undefined) continue;
    if (isMarker(property, "END")) {
      if (card.nested > 0) {
        card.nested--;
        continue;
      }
      const result = cardToRecord(card.properties, card.line);
      if (isSkipped(result)) skipped.push(result);
      else records.push(result);
      card = undefined;
      continue;
    }
    if (card.nested === 0) card.properties.push(property);
  }
  if (!sawCard) throw new FormatError("no BEGIN:VCARD found; this is not a vCard file", 1);
  if (card !== undefined) {
    skipped.push({
      line: card.line,
      reason: UNTERMINATED_CARD_REASON,
    });
  }
  return { records, skipped };
}
