// The encodings a contact file may be read in, by their WHATWG labels: browsers and Node's
// TextDecoder both know these names, so a choice made in the web app means the same thing on
// the server and on the command line.

export const TEXT_ENCODINGS = [
  "utf-8",
  "utf-16le",
  "utf-16be",
  "windows-1252",
  "windows-1250",
  "windows-1251",
  "windows-1253",
  "windows-1254",
  "windows-1255",
  "windows-1256",
  "windows-1257",
  "windows-1258",
  "windows-874",
  "iso-8859-2",
  "iso-8859-5",
  "iso-8859-7",
  "iso-8859-8",
  "koi8-r",
  "macintosh",
  "shift_jis",
  "euc-jp",
  "euc-kr",
  "gb18030",
  "big5",
] as const;

export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** How the encoding was settled, so the preview can say whether it is a guess. */
export type EncodingSource =
  | "chosen"
  | "byte-order mark"
  | "utf-16 pattern"
  | "valid utf-8"
  | "detected"
  | "default";

export interface EncodingGuess {
  encoding: TextEncoding;
  source: EncodingSource;
}

// Latin-1 labels are read as Windows-1252, as browsers do: files that say ISO-8859-1 use the
// 0x80–0x9F range for €, dashes and curly quotes anyway.
const ALIASES: Record<string, TextEncoding> = {
  "iso-8859-1": "windows-1252",
  "iso_8859-1": "windows-1252",
  latin1: "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  cp1252: "windows-1252",
  "iso-8859-9": "windows-1254",
  utf8: "utf-8",
  "utf-16": "utf-16le",
  sjis: "shift_jis",
  "x-sjis": "shift_jis",
  gbk: "gb18030",
  gb2312: "gb18030",
};

/** The encoding a label names, or undefined for one we do not read. */
export function encodingFromLabel(label: string | undefined): TextEncoding | undefined {
  if (label === undefined) return undefined;
  const name = label.trim().toLowerCase();
  const alias = ALIASES[name] ?? (/^cp125\d$/.test(name) ? `windows-${name.slice(2)}` : name);
  return (TEXT_ENCODINGS as readonly string[]).includes(alias)
    ? (alias as TextEncoding)
    : undefined;
}

export function isAsciiCompatible(encoding: TextEncoding): boolean {
  return encoding !== "utf-16le" && encoding !== "utf-16be";
}
