// Decoding property values: vCard 2.1's quoted-printable and base64 with a CHARSET, then the
// backslash escapes of 3.0/4.0 (`\,` `\;` `\n` `\\`), split into components where the
// property is structured (N, ADR, ORG) or a list (CATEGORIES).
import { decodeWindows1252 } from "../text/decode.js";
import { paramWord, type VCardProperty } from "./property.js";

interface Decoder {
  decode(bytes: Uint8Array): string;
}

const LATIN_CHARSETS = new Set(["iso-8859-1", "latin1", "iso_8859-1", "windows-1252", "cp1252"]);

function decoderFor(charset: string | undefined): Decoder {
  const name = charset?.trim().toLowerCase() ?? "utf-8";
  // ISO-8859-1 labels mean Windows-1252 in practice (the WHATWG rule); Node gets that wrong.
  if (LATIN_CHARSETS.has(name)) return { decode: decodeWindows1252 };
  try {
    return new TextDecoder(name);
  } catch {
    // An unknown charset name should not cost the contact; UTF-8 is the best guess.
    return new TextDecoder("utf-8");
  }
}

function isHex(char: string | undefined): boolean {
  return char !== undefined && /^[0-9A-Fa-f]$/.test(char);
}

/** `=XX` runs become bytes decoded in the charset; anything else passes through as written. */
function decodeQuotedPrintable(value: string, decoder: Decoder): string {
  let out = "";
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) out += decoder.decode(new Uint8Array(bytes));
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
      out += char;
    }
  }
  flush();
  return out;
}

function decodeBase64Text(value: string, decoder: Decoder): string {
  const compact = value.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return value;
  return decoder.decode(Buffer.from(compact, "base64"));
}

/** The value as text, transfer encoding undone, escapes still in place. */
export function decodedValue(property: VCardProperty): string {
  const encoding = paramWord(property, "ENCODING");
  const decoder = decoderFor(property.params.get("CHARSET")?.[0]);
  if (encoding === "QUOTED-PRINTABLE") return decodeQuotedPrintable(property.value, decoder);
  if (encoding === "BASE64" || encoding === "B") return decodeBase64Text(property.value, decoder);
  return property.value;
}

const ESCAPES: Record<string, string> = {
  n: "\n",
  N: "\n",
  "\\": "\\",
  ",": ",",
  ";": ";",
  ":": ":",
};

/** Undoes text escaping. Unknown escapes keep their backslash, so `C:\Users` survives. */
export function unescapeText(value: string): string {
  return value.replace(/\\(.?)/gs, (whole, char: string) => ESCAPES[char] ?? whole);
}

/** Splits on `separator` where it is not escaped, then unescapes each part. */
export function splitEscaped(value: string, separator: ";" | ","): string[] {
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
  return parts.map(unescapeText);
}
