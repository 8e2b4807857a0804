// Reads a .vcf file of one or many cards, versions 2.1, 3.0 and 4.0 as phones, Apple Contacts,
// Google and Outlook write them. A card that cannot become a contact is reported with its
// line; only a file with no card at all is an error.
import type { ContactReadResult, ContactRecord, SkippedEntry } from "../contact.js";
import { FormatError } from "../contact.js";
import { isSkipped } from "../record.js";
import { decodeBytes, strictUtf8Text } from "../text/decode.js";
import { DEFAULT_EIGHT_BIT, detectEightBit } from "../text/detect.js";
import type { EncodingGuess, TextEncoding } from "../text/encodings.js";
import { type ByteLine, logicalByteLines } from "./byteLines.js";
import { cardToRecord } from "./card.js";
import { type LogicalLine, logicalLines } from "./lines.js";
import { paramWord, parseProperty, type VCardProperty } from "./property.js";
import { quotedPrintableBytes } from "./values.js";

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
  return readLines(logicalLines(text), DEFAULT_EIGHT_BIT);
}

function readLines(lines: readonly LogicalLine[], fallback: TextEncoding): ContactReadResult {
  const records: ContactRecord[] = [];
  const skipped: SkippedEntry[] = [];
  let sawCard = false;
  let card: OpenCard | undefined;
  for (const { line, text: content } of lines) {
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
      const result = cardToRecord(card.properties, card.line, fallback);
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

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

/**
 * The 8-bit material of a file that is not UTF-8: raw lines, and quoted-printable values that
 * declare no charset. The detector looks at all of it together, so the guess for a value is
 * the guess for the file.
 */
function eightBitSample(lines: readonly ByteLine[], utf8: readonly (string | undefined)[]) {
  const pieces: Uint8Array[] = [];
  lines.forEach(({ line, bytes }, index) => {
    if (utf8[index] === undefined) {
      pieces.push(bytes, Uint8Array.of(0x0a));
      return;
    }
    // Only the head (before the colon) can say quoted-printable; most lines are not parsed.
    const colon = bytes.indexOf(0x3a);
    if (colon === -1 || !/QUOTED-PRINTABLE/i.test(latin1(bytes.subarray(0, colon)))) return;
    const property = parseProperty(latin1(bytes), line);
    if (property === undefined || paramWord(property, "ENCODING") !== "QUOTED-PRINTABLE") return;
    if (property.params.has("CHARSET")) return;
    const decoded = quotedPrintableBytes(property.value);
    if (strictUtf8Text(decoded) === undefined) pieces.push(decoded, Uint8Array.of(0x0a));
  });
  return Buffer.concat(pieces);
}

export interface VCardBytesResult extends ContactReadResult {
  /** UTF-8 when every line was; else the guess used for the lines that were not. */
  encoding: EncodingGuess;
}

/**
 * Reads a vCard file from its bytes (ASCII-compatible encodings: UTF-16 is decoded whole by the
 * caller). Lines are unfolded as bytes, then each logical line is UTF-8 when it is valid UTF-8
 * and otherwise in the file's guessed code page, so one bad line garbles only itself. A chosen
 * encoding applies to every line.
 */
export function readVCardBytes(bytes: Uint8Array, chosen?: TextEncoding): VCardBytesResult {
  const byteLines = logicalByteLines(bytes);
  if (chosen !== undefined) {
    const lines = byteLines.map(({ line, bytes: b }) => ({ line, text: decodeBytes(b, chosen) }));
    return { ...readLines(lines, chosen), encoding: { encoding: chosen, source: "chosen" } };
  }
  const utf8 = byteLines.map(({ bytes: b }) => strictUtf8Text(b));
  const sample = eightBitSample(byteLines, utf8);
  const detected = sample.length === 0 ? undefined : detectEightBit(sample);
  const fallback = detected ?? DEFAULT_EIGHT_BIT;
  const lines = byteLines.map(({ line, bytes: b }, index) => ({
    line,
    text: utf8[index] ?? decodeBytes(b, fallback),
  }));
  const encoding: EncodingGuess =
    sample.length === 0
      ? { encoding: "utf-8", source: "valid utf-8" }
      : { encoding: fallback, source: detected === undefined ? "default" : "detected" };
  return { ...readLines(lines, fallback), encoding };
}
