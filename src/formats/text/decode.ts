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

const latin1 = new TextDecoder("windows-1252");

export function decodeWindows1252(bytes: Uint8Array): string {
  // Decoding natively and mending the 32 code points after is fast at 50 MB, where building
  // the string a character at a time took many seconds.
  return latin1
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) =>
      String.fromCharCode(WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char.charCodeAt(0)),
    );
}

/** Bytes in a known encoding as text, with the characters Windows puts in 0x80–0x9F kept. */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  // A vCard is decoded line by line, so each decoder is made once.
  let decoder = decoders.get(encoding);
  if (decoder === undefined) {
    decoder = new TextDecoder(encoding, { ignoreBOM: true });
    decoders.set(encoding, decoder);
  }
  return decoder.decode(bytes);
}

const decoders = new Map<TextEncoding, InstanceType<typeof TextDecoder>>();

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** The length of the UTF-8 sequence a lead byte starts, and the range its second byte is in. */
function sequence(lead: number): [length: number, low: number, high: number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return undefined;
}

/**
 * Whether the bytes are well-formed UTF-8 (no overlongs, surrogates or code points past
 * U+10FFFF). Checked by hand because a fatal decoder reports failure by throwing, and a vCard
 * of a hundred thousand 8-bit lines made as many exceptions.
 */
export function isUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const shape = sequence(lead);
    if (shape === undefined) return false;
    const [length, low, high] = shape;
    if (i + length > bytes.length) return false;
    const second = bytes[i + 1] as number;
    if (second < low || second > high) return false;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] as number;
      if (next < 0x80 || next > 0xbf) return false;
    }
    i += length;
  }
  return true;
}

/** The bytes as UTF-8, or undefined when they are not UTF-8. */
export function strictUtf8Text(bytes: Uint8Array): string | undefined {
  return isUtf8(bytes) ? utf8.decode(bytes) : undefined;
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
