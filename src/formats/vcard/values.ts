// Decoding property values: vCard 2.1's quoted-printable and base64 with or without a CHARSET,
// then the backslash escapes each version defines, split into components where the
// property is structured (N, ADR, ORG) or a list (CATEGORIES).
import { decodeBytes, strictUtf8Text } from "../text/decode.js";
import { encodingFromLabel, type TextEncoding } from "../text/encodings.js";
import { paramWord, type VCardProperty } from "./property.js";

export type VCardGrammar = "2.1" | "3.0" | "4.0";

/** What a card's values are read with: its version's escapes, and the guess for 8-bit bytes. */
export interface ValueContext {
  version: VCardGrammar;
  /** The encoding raw 8-bit text in the file was found to be in; undeclared bytes use it too. */
  fallback: TextEncoding;
}

export const DEFAULT_VALUE_CONTEXT: ValueContext = { version: "3.0", fallback: "windows-1252" };

/**
 * Bytes of a value: in its declared CHARSET; with none, UTF-8 when they are UTF-8 and else the
 * same guess raw 8-bit text got, so `Iksi=F1ski` keeps its letter instead of becoming U+FFFD.
 */
function decodeValueBytes(bytes: Uint8Array, charset: string | undefined, fallback: TextEncoding) {
  const declared = charset === undefined ? undefined : encodingFromLabel(charset);
  if (declared !== undefined) return decodeBytes(bytes, declared);
  // An unknown charset name should not cost the contact; read it as if none were declared.
  return strictUtf8Text(bytes) ?? decodeBytes(bytes, fallback);
}

function isHex(char: string | undefined): boolean {
  return char !== undefined && /^[0-9A-Fa-f]$/.test(char);
}

/**
 * A quoted-printable value as runs of bytes (`=XX` and ASCII) to decode, and characters the
 * file had already decoded (non-ASCII written raw), which pass through as they are.
 */
function quotedPrintableParts(value: string): (Uint8Array | string)[] {
  const parts: (Uint8Array | string)[] = [];
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) parts.push(Uint8Array.from(bytes));
    bytes = [];
  };
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    if (char === "=" && isHex(value[i + 1]) && isHex(value[i + 2])) {
      bytes.push(Number.parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (char.charCodeAt(0) < 0x80) {
      bytes.push(char.charCodeAt(0));
    } else {
      flush();
      parts.push(char);
    }
  }
  flush();
  return parts;
}

/** The raw bytes of a quoted-printable value written in 8-bit text (read byte for byte). */
export function quotedPrintableBytes(latin1Value: string): Uint8Array {
  const out: number[] = [];
  for (const part of quotedPrintableParts(latin1Value)) {
    if (typeof part === "string") out.push(part.charCodeAt(0) & 0xff);
    else out.push(...part);
  }
  return Uint8Array.from(out);
}

function decodeBase64Text(value: string, decode: (bytes: Uint8Array) => string): string {
  const compact = value.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return value;
  return decode(Buffer.from(compact, "base64"));
}

/** The value as text, transfer encoding undone, escapes still in place. */
export function decodedValue(
  property: VCardProperty,
  context: ValueContext = DEFAULT_VALUE_CONTEXT,
): string {
  const encoding = paramWord(property, "ENCODING");
  const charset = property.params.get("CHARSET")?.[0];
  const decode = (bytes: Uint8Array) => decodeValueBytes(bytes, charset, context.fallback);
  if (encoding === "QUOTED-PRINTABLE") {
    return quotedPrintableParts(property.value)
      .map((part) => (typeof part === "string" ? part : decode(part)))
      .join("");
  }
  if (encoding === "BASE64" || encoding === "B") return decodeBase64Text(property.value, decode);
  return property.value;
}

// vCard 2.1 escapes little: a backslash is mostly itself (Windows paths in notes), and only
// the separators of structured values need one. 3.0 (RFC 2426) adds the newline and backslash,
// and writers of 3.0 escape quotes too; 4.0 (RFC 6350) keeps 3.0's set.
const ESCAPES: Record<VCardGrammar, Record<string, string>> = {
  "2.1": { "\\": "\\", ";": ";", ",": ",", ":": ":" },
  "3.0": { n: "\n", N: "\n", "\\": "\\", ",": ",", ";": ";", ":": ":", '"': '"' },
  "4.0": { n: "\n", N: "\n", "\\": "\\", ",": ",", ";": ";", ":": ":", '"': '"' },
};

/** Undoes text escaping. Unknown escapes keep their backslash, so `C:\Users` survives. */
export function unescapeText(value: string, version: VCardGrammar = "3.0"): string {
  const escapes = ESCAPES[version];
  return value.replace(/\\(.?)/gs, (whole, char: string) => escapes[char] ?? whole);
}

/** Splits on `separator` where it is not escaped, then unescapes each part. */
export function splitEscaped(
  value: string,
  separator: ";" | ",",
  version: VCardGrammar = "3.0",
): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === "\\") i++;
    else if (char === separator) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((part) => unescapeText(part, version));
}
