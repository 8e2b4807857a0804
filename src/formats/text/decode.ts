// Files arrive as bytes in whatever encoding the exporting program chose: LinkedIn and Google
// write UTF-8, Outlook on Windows often writes the ANSI code page, some tools write UTF-16.
// Readers take text; this turns bytes into text the way those programs meant it.

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

/**
 * Decodes a file: a UTF-16 byte-order mark wins, then strict UTF-8, and bytes that are not
 * UTF-8 are read as Windows-1252 (a superset of ISO-8859-1 for printable text).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return stripBom(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return decodeWindows1252(bytes);
  }
}
