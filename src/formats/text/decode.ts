// Files arrive as bytes in whatever encoding the exporting program chose: LinkedIn and Google
// write UTF-8, Outlook on Windows often writes the ANSI code page, some tools write UTF-16.
// Readers take text; this turns bytes into text the way those programs meant it.

import { DEFAULT_EIGHT_BIT, detectEightBit } from "./detect.js";
import type { EncodingGuess, TextEncoding } from "./encodings.js";
import { utf16WithoutBom } from "./utf16.js";

const UTF8_BOM = "\uFEFF";

export function stripBom(text: string): string {
  return text.startsWith(UTF8_BOM) ? text.slice(1) : text;
}

// Node's TextDecoder maps "windows-1252" to ISO-8859-1, losing the characters Windows puts in
// 0x80–0x9F (€, curly quotes, dashes) — exactly the ones people type in notes. The table is
// the WHATWG encoding's; unassigned bytes keep their code point as browsers do.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) {
    text += String.fromCharCode(
      byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte,
    );
  }
  return text;
}

/** Bytes in a known encoding as text, with the characters Windows puts in 0x80–0x9F kept. */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncoding, fatal = false): string {
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The bytes as UTF-8, or undefined when they are not UTF-8. */
export function strictUtf8Text(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function byteOrderMark(bytes: Uint8Array): EncodingGuess | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: "utf-16le", source: "byte-order mark" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: "utf-16be", source: "byte-order mark" };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: "utf-8", source: "byte-order mark" };
  }
  return undefined;
}

/** What a file's own bytes say, strongest sign first: a mark, the NUL pattern, valid UTF-8. */
export function guessEncoding(bytes: Uint8Array): EncodingGuess {
  const marked = byteOrderMark(bytes);
  if (marked !== undefined) return marked;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== undefined) return { encoding: utf16, source: "utf-16 pattern" };
  if (strictUtf8Text(bytes) !== undefined) return { encoding: "utf-8", source: "valid utf-8" };
  const detected = detectEightBit(bytes);
  return detected === undefined
    ? { encoding: DEFAULT_EIGHT_BIT, source: "default" }
    : { encoding: detected, source: "detected" };
}

export interface DecodedFile extends EncodingGuess {
  text: string;
}

/** A whole file as text, in the encoding chosen by the user or else the one its bytes suggest. */
export function decodeFile(bytes: Uint8Array, chosen?: TextEncoding): DecodedFile {
  const guess: EncodingGuess =
    chosen === undefined ? guessEncoding(bytes) : { encoding: chosen, source: "chosen" };
  return { ...guess, text: stripBom(decodeBytes(bytes, guess.encoding)) };
}

/** The text of a file whose encoding nobody chose. */
export function decodeText(bytes: Uint8Array): string {
  return decodeFile(bytes).text;
}
