// A CSV whose columns we do not know: the user sees the header and a few rows, says which
// column holds what, and the file is read with that mapping.
import type { ContactReadResult, ContactRecord } from "../contact.js";
import { FormatError } from "../contact.js";
import type { ContactDraft } from "../record.js";
import { collectContacts } from "./collect.js";
import { ColumnIndex } from "./columns.js";
import { parseConnectionDate } from "./dates.js";
import { splitMultiValue } from "./multiValue.js";
import { type CsvOptions, type CsvRow, isBlankRow, parseCsvRows, parseTopRows } from "./table.js";

/** What a column can be mapped to: a record field, a single email or phone, or an address part. */
export type CsvMappingField =
  | keyof ContactRecord
  | "email"
  | "phone"
  | "street"
  | "city"
  | "region"
  | "postalCode"
  | "country";

/** Field → column name (matched case-insensitively). `source` and `line` are ignored. */
export type CsvColumnMapping = Partial<Record<CsvMappingField, string>>;

export interface CsvPreview {
  headers: string[];
  /** The file line the header is on. */
  headerLine: number;
  /** The first data rows, each padded or cut to the header's length. */
  sample: string[][];
}

// Blank rows above the header count too, so the preview looks further than it shows.
const PREVIEW_ROWS = 200;

function headerRow(rows: readonly CsvRow[]): number {
  const at = rows.findIndex((row) => !isBlankRow(row));
  if (at === -1) throw new FormatError("the file has no header row", 1);
  return at;
}

export function csvHeaders(text: string, sampleSize = 5, options: CsvOptions = {}): CsvPreview {
  const rows = parseTopRows(text, { ...options, maxRows: PREVIEW_ROWS });
  const at = headerRow(rows);
  const header = rows[at] as CsvRow;
  const headers = header.cells.map((cell) => cell.trim());
  const sample = rows
    .slice(at + 1)
    .filter((row) => !isBlankRow(row))
    .slice(0, sampleSize)
    .map((row) => headers.map((_, i) => row.cells[i] ?? ""));
  return { headers, headerLine: header.line, sample };
}

/** Labels typed by hand come separated by " ::: ", ";" or ",". */
function splitLabels(cell: string | undefined): string[] {
  return (cell ?? "").split(/\s*(?::::|;|,)\s*/);
}

function draftFromRow(columns: ColumnIndex, mapping: CsvColumnMapping, row: CsvRow): ContactDraft {
  const cell = (field: CsvMappingField) => {
    const name = mapping[field];
    return name === undefined ? undefined : columns.cell(row, name);
  };
  const connected = cell("connectedOn")?.trim() ?? "";
  const connectedOn = connected === "" ? undefined : parseConnectionDate(connected);
  const values = (...fields: CsvMappingField[]) =>
    fields.flatMap((field) => splitMultiValue(cell(field))).map((value) => ({ value }));
  return {
    fullName: cell("fullName"),
    namePrefix: cell("namePrefix"),
    givenName: cell("givenName"),
    middleName: cell("middleName"),
    familyName: cell("familyName"),
    nameSuffix: cell("nameSuffix"),
    title: cell("title"),
    organization: cell("organization"),
    emails: values("emails", "email"),
    phones: values("phones", "phone"),
    addresses: [
      {
        // A whole address in one column is kept as its street text rather than guessed apart.
        street: cell("street") ?? cell("addresses"),
        city: cell("city"),
        region: cell("region"),
        postalCode: cell("postalCode"),
        country: cell("country"),
      },
    ],
    profileUrl: cell("profileUrl"),
    notes: cell("notes"),
    connectedOn,
    connectedOnRaw: connectedOn === undefined ? connected || cell("connectedOnRaw") : undefined,
    labels: splitLabels(cell("labels")),
    uid: cell("uid"),
  };
}

export function readMappedCsv(
  text: string,
  mapping: CsvColumnMapping,
  options: CsvOptions = {},
): ContactReadResult {
  const rows = parseCsvRows(text, options);
  const at = headerRow(rows);
  const columns = new ColumnIndex(rows[at] as CsvRow);
  for (const [field, name] of Object.entries(mapping)) {
    if (field === "source" || field === "line" || name === undefined) continue;
    if (!columns.has(name)) {
      throw new FormatError(
        `there is no column "${name}" to read ${field} from`,
        columns.line,
        field,
      );
    }
  }
  return collectContacts(rows.slice(at + 1), "csv", (row) => draftFromRow(columns, mapping, row));
}
