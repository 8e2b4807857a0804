// The one place that calls csv-parse. It hands the readers plain rows that know the file line
// they start on, so every message about a row can point at the line a person sees in an editor.
import { CsvError, parse } from "csv-parse/sync";
import { FormatError } from "../contact.js";
import { stripBom } from "../text/decode.js";
import { type CsvDelimiter, sniffDelimiter } from "./delimiter.js";

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

interface ParsedRecord {
  record: string[];
  raw: string;
}

/**
 * Every CR, LF or CRLF becomes LF first: csv-parse guesses one record delimiter per file, and
 * files stitched together by hand mix them. Each ending stays one line, so line numbers hold.
 */
function normaliseLineEnds(text: string): string {
  return stripBom(text).replace(/\r\n?/g, "\n");
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

const PARSE_OPTIONS = {
  raw: true,
  record_delimiter: "\n",
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
} as const;

/**
 * csv-parse reports where it gave up (the end of the file for an unclosed quote); the person
 * needs the line where the broken row starts, which is just past the last complete record.
 * Its `bytes_records` cannot say where that is (it adds up running totals, so it overshoots
 * once two rows precede the broken one), but it counts the complete records: parsing just
 * those again, which stops before the trouble, gives their lines.
 */
function lineOfBrokenRow(error: CsvError, text: string, delimiter: CsvDelimiter): number | null {
  const complete = error.records;
  if (typeof complete === "number" && Number.isInteger(complete) && complete >= 0) {
    if (complete === 0) return 1;
    try {
      const options = { ...PARSE_OPTIONS, delimiter, to: complete };
      const records = parse(text, options) as unknown as ParsedRecord[];
      return records.reduce((line, record) => line + countNewlines(record.raw), 1);
    } catch {
      // Fall back to where csv-parse stopped.
    }
  }
  return typeof error.lines === "number" && error.lines > 0 ? error.lines : null;
}

function toFormatError(
  error: unknown,
  text: string,
  delimiter: CsvDelimiter,
  lineOffset = 0,
): FormatError {
  if (error instanceof CsvError) {
    const found = lineOfBrokenRow(error, text, delimiter);
    const line = found === null ? null : found + lineOffset;
    if (error.code === "CSV_QUOTE_NOT_CLOSED") {
      return new FormatError("a quoted field starts in this row and is never closed", line);
    }
    return new FormatError(`not readable as CSV (${error.code})`, line);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new FormatError(`not readable as CSV (${detail})`, null);
}

/** Parses normalised text; row lines count from `firstLine`. */
function parseNormalised(
  text: string,
  firstLine: number,
  delimiter: CsvDelimiter,
  maxRows?: number,
): CsvRow[] {
  let parsed: unknown;
  try {
    const limit = maxRows === undefined ? {} : { to: maxRows };
    parsed = parse(text, { ...PARSE_OPTIONS, delimiter, ...limit });
  } catch (error) {
    throw toFormatError(error, text, delimiter, firstLine - 1);
  }
  // With `raw`, csv-parse returns { record, raw } objects although its types say string[][].
  const records = parsed as ParsedRecord[];
  const rows: CsvRow[] = [];
  let line = firstLine;
  for (const { record, raw } of records) {
    rows.push({ line, cells: record });
    line += countNewlines(raw);
  }
  return rows;
}

/** The most common row width among the rows given (the wider one on a tie). */
function usualWidth(rows: readonly CsvRow[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.cells.length, (counts.get(row.cells.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of counts) {
    if (count > bestCount || (count === bestCount && width > best)) {
      best = width;
      bestCount = count;
    }
  }
  return best;
}

const PREAMBLE_SAMPLE = 20;

/**
 * csv-parse builds an error object (stack trace included) for every row whose width differs
 * from the FIRST row's, even when told to accept such rows. Behind a preamble (LinkedIn's
 * "Notes:" paragraph) that is every data row, which makes a 30,000-row export five times
 * slower to read. So the rows above the first one of the usual width are parsed on their own,
 * and the rest from there; the rows and their lines are the same either way.
 */
function parseAfterPreamble(normalised: string, delimiter: CsvDelimiter): CsvRow[] {
  const sample = parseTopRows(normalised, { maxRows: PREAMBLE_SAMPLE, delimiter });
  const width = usualWidth(sample);
  const first = sample.findIndex((row) => row.cells.length === width);
  const start = sample[first];
  if (first <= 0 || start === undefined || sample.length < PREAMBLE_SAMPLE) {
    return parseNormalised(normalised, 1, delimiter);
  }
  let offset = 0;
  for (let line = 1; line < start.line; line++) offset = normalised.indexOf("\n", offset) + 1;
  return [
    ...sample.slice(0, first),
    ...parseNormalised(normalised.slice(offset), start.line, delimiter),
  ];
}

export interface CsvOptions {
  /** The field separator; found from the file when left out. */
  delimiter?: CsvDelimiter | undefined;
}

/**
 * Parses CSV text into rows. Ragged rows are kept as they are (readers look cells up by
 * column), stray quotes inside unquoted fields are tolerated, and `maxRows` lets a sniffer look
 * at the top of a large file without reading all of it.
 */
export function parseCsvRows(
  text: string,
  options: CsvOptions & { maxRows?: number } = {},
): CsvRow[] {
  const normalised = normaliseLineEnds(text);
  const delimiter = options.delimiter ?? sniffDelimiter(normalised);
  return options.maxRows === undefined
    ? parseAfterPreamble(normalised, delimiter)
    : parseNormalised(normalised, 1, delimiter, options.maxRows);
}

/** True for rows with nothing in them, such as the `,,,,,,` rows spreadsheets leave behind. */
export function isBlankRow(row: CsvRow): boolean {
  return row.cells.every((cell) => cell.trim() === "");
}

// Enough rows to see past a notes preamble; enough text to hold them in any real export.
const TOP_ROWS = 50;
const TOP_CHARACTERS = 64 * 1024;

/**
 * The first rows of a file, for sniffing and previews. csv-parse scans to the end even when
 * asked for a few rows, so it is given the top of the text; if that cut falls inside a quoted
 * field, the whole text is parsed instead.
 */
export function parseTopRows(
  text: string,
  { maxRows = TOP_ROWS, delimiter }: CsvOptions & { maxRows?: number } = {},
): CsvRow[] {
  const separator = delimiter ?? sniffDelimiter(stripBom(text));
  if (text.length > TOP_CHARACTERS) {
    const head = text.slice(0, text.lastIndexOf("\n", TOP_CHARACTERS) + 1);
    try {
      const rows = parseCsvRows(head, { maxRows, delimiter: separator });
      if (rows.length > 0) return rows;
    } catch (error) {
      if (!(error instanceof FormatError)) throw error;
    }
  }
  return parseCsvRows(text, { maxRows, delimiter: separator });
}
