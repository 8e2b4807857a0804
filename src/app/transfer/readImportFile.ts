// Picks the reader a file needs (the one named, or the one its name and first rows point to)
// and reads it. Reading happens before any transaction, and a file that cannot be read as a
// whole stops here with an error naming its line.
import { RuleViolation } from "../../domain/errors.js";
import {
  type ContactReadResult,
  type CsvColumnMapping,
  type CsvPreview,
  csvHeaders,
  PEOPLE_CSV_COLUMNS,
  readGoogleContacts,
  readLinkedInConnections,
  readMappedCsv,
  readOutlookContacts,
  readPeopleCsv,
  readVCards,
  sniffFormat,
  UNTERMINATED_CARD_REASON,
} from "../../formats/index.js";
import { lineIssue, readingFile } from "./inputError.js";
import type { ImportFormat } from "./kinds.js";

export { IMPORT_FORMATS, type ImportFormat, MAPPABLE_FIELDS } from "./kinds.js";

export interface ImportRequest {
  fileName: string;
  content: string;
  format?: ImportFormat | undefined;
  /** For a CSV of unknown columns: field → column name. */
  mapping?: CsvColumnMapping | undefined;
}

export type ReadImport =
  | { format: "backup"; text: string }
  | { format: Exclude<ImportFormat, "backup">; contacts: ContactReadResult; csv?: CsvPreview }
  /** A CSV whose columns we do not know and no mapping was given: the user has to map them. */
  | { format: "csv"; contacts: null; csv: CsvPreview };

/** Applying a CSV of unknown columns needs a mapping; the preview shows the columns to map. */
export function mappingNeeded(headers: readonly string[]): RuleViolation {
  return new RuleViolation(
    `this CSV's columns (${headers.join(", ")}) are not ones Inroads knows; map them to fields first`,
    [{ field: "mapping", message: "say which column holds the name (fullName) or the email" }],
  );
}

function readVCardFile(content: string): ContactReadResult {
  const result = readVCards(content);
  const broken = result.skipped.find((entry) => entry.reason === UNTERMINATED_CARD_REASON);
  if (broken) {
    const message =
      "this card never ends (no END:VCARD): the file is cut short, or a quoted-printable value ends in a soft line break that swallows the rest";
    throw new RuleViolation(`line ${broken.line}: ${message}`, [lineIssue(broken.line, message)]);
  }
  return result;
}

function readCsv(request: ImportRequest): ReadImport {
  const csv = readingFile(() => csvHeaders(request.content));
  if (request.mapping !== undefined && Object.keys(request.mapping).length > 0) {
    const mapping = request.mapping;
    return {
      format: "csv",
      contacts: readingFile(() => readMappedCsv(request.content, mapping)),
      csv,
    };
  }
  // Our own people CSV reads back without a mapping.
  if (csv.headers.includes(PEOPLE_CSV_COLUMNS.fullName)) {
    return { format: "csv", contacts: readingFile(() => readPeopleCsv(request.content)), csv };
  }
  return { format: "csv", contacts: null, csv };
}

export function readImportFile(request: ImportRequest): ReadImport {
  const format = request.format ?? sniffFormat(request.fileName, request.content);
  switch (format) {
    case "backup":
      return { format, text: request.content };
    case "linkedin":
      return { format, contacts: readingFile(() => readLinkedInConnections(request.content)) };
    case "google":
      return { format, contacts: readingFile(() => readGoogleContacts(request.content)) };
    case "outlook":
      return { format, contacts: readingFile(() => readOutlookContacts(request.content)) };
    case "vcard":
      return { format, contacts: readingFile(() => readVCardFile(request.content)) };
    case "csv":
      return readCsv(request);
  }
}
