// vCard (RFC 6350) and iCalendar (RFC 5545) share the content-line rules: text escaping, lines
// of at most 75 octets folded with CRLF and one space, and CRLF line ends.

export const CRLF = "\r\n";
const MAX_OCTETS = 75;

/**
 * Control characters other than tab and newline are not allowed in either format, and a lone
 * CR would read as a line end, so line ends become LF and the rest is dropped.
 */
export function stripControls(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/**
 * Escapes a TEXT value: backslash, newline, comma and semicolon, as iCalendar requires and as
 * vCard requires inside the components of N, ADR and ORG.
 */
export function escapeText(value: string): string {
  return stripControls(value).replace(/[\\;,\n]/g, (char) => (char === "\n" ? "\\n" : `\\${char}`));
}

/**
 * Escapes a vCard TEXT value outside compound properties. RFC 6350 (3.4) leaves the semicolon
 * unescaped there, and readers such as ical.js keep `\;` literally, so it stays bare.
 */
export function escapeVCardText(value: string): string {
  return stripControls(value).replace(/[\\,\n]/g, (char) => (char === "\n" ? "\\n" : `\\${char}`));
}

/** A URI is not TEXT: only what would break the line (backslash and newline) is escaped. */
export function escapeUri(value: string): string {
  return stripControls(value).replace(/[\\\n]/g, (char) => (char === "\n" ? "\\n" : "\\\\"));
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line so no physical line exceeds 75 octets of UTF-8. It breaks between code
 * points, never inside a multi-byte character, because clients that unfold byte-wise would
 * otherwise glue together two halves of nothing.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      pieces.push(current);
      // The continuation's leading space counts towards its 75 octets.
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(CRLF);
}

/** Joins content lines, folded, each ending in CRLF (the last one too, as both RFCs require). */
export function joinContentLines(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line) + CRLF).join("");
}

/** Undoes folding: a line break followed by one space or tab continues the previous line. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]|\n[ \t]|\r[ \t]/g, "");
}
