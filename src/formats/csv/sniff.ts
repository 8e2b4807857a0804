// Guesses which reader a dropped file needs, from its name and its first rows, so the user is
// not asked "which program made this?" when the file can tell us. It never throws: anything
// unrecognised is a plain CSV and goes to the column-mapping step.
import { FormatError } from "../contact.js";
import { stripBom } from "../text/decode.js";
import { ColumnIndex } from "./columns.js";
import { looksLikeGoogle } from "./google.js";
import { isLinkedInHeader, looksLikeLinkedIn } from "./linkedin.js";
import { looksLikeOutlook } from "./outlook.js";
import { type CsvOptions, type CsvRow, isBlankRow, parseTopRows } from "./table.js";

export type SniffedFormat = "linkedin" | "google" | "outlook" | "vcard" | "backup" | "csv";

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot === -1 ? "" : fileName.slice(dot + 1).toLowerCase();
}

function isBackup(text: string): boolean {
  return text.startsWith("{") && /"format"\s*:\s*"inroads-backup"/.test(text);
}

function sniffCsv(text: string, options: CsvOptions): SniffedFormat {
  let rows: CsvRow[];
  try {
    rows = parseTopRows(text, options);
  } catch (error) {
    if (error instanceof FormatError) return "csv";
    throw error;
  }
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    const columns = new ColumnIndex(row);
    if (looksLikeLinkedIn(columns)) return "linkedin";
    if (looksLikeOutlook(columns)) return "outlook";
    if (looksLikeGoogle(columns)) return "google";
    // LinkedIn's preamble comes before its header; any other first row is the header.
    if (isLinkedInHeader(columns) || row.cells.length > 1) return "csv";
  }
  return "csv";
}

export function sniffFormat(
  fileName: string,
  text: string,
  options: CsvOptions = {},
): SniffedFormat {
  const start = stripBom(text).trimStart();
  const ext = extension(fileName);
  if (ext === "vcf" || ext === "vcard" || /^BEGIN:VCARD/i.test(start)) return "vcard";
  if (isBackup(start)) return "backup";
  return sniffCsv(text, options);
}
