// Picks the reader a file needs (the one named, or the one its name and first rows point to)
// and reads it. Reading happens before any transaction, and a file that cannot be read as a
// whole stops here with an error naming its line.
import { RuleViolation } from "../../domain/errors.js";
import {
  type ContactReadResult,
  type CsvColumnMapping,
  type CsvDelimiter,
  type CsvPreview,
  csvHeaders,
  decodeFile,
  type EncodingGuess,
  isAsciiCompatible,
  PEOPLE_CSV_COLUMNS,
  readGoogleContacts,
  readLinkedInConnections,
  readMappedCsv,
  readOutlookContacts,
  readPeopleCsv,
  readVCardBytes,
  readVCards,
  sniffDelimiter,
  sniffFormat,
  type TextEncoding,
  UNTERMINATED_CARD_REASON,
} from "../../formats/index.js";
import { lineIssue, readingFile } from "./inputError.js";
import type { ImportFormat } from "./kinds.js";

export { IMPORT_FORMATS, type ImportFormat, MAPPABLE_FIELDS } from "./kinds.js";

/** The file as text (already decoded by the caller) or as bytes (decoded here). */
export type ImportContent =
  | { content: string; bytes?: undefined }
  | { bytes: Uint8Array; content?: undefined };

export type ImportRequest = ImportContent & {
  fileName: string;
  format?: ImportFormat | undefined;
  /** For a CSV of unknown columns: field → column name. */
  mapping?: CsvColumnMapping | undefined;
  /** The encoding the user chose for the bytes, over the one they suggest. */
  encoding?: TextEncoding | undefined;
  /** The field separator the user chose for a CSV, over the one its rows suggest. */
  delimiter?: CsvDelimiter | undefined;
};

/** How the file was read, for the preview to show and the user to change. */
export interface ReadSettings {
  /** Null when the text came already decoded. */
  encoding: EncodingGuess | null;
  /** For a CSV: the field separator used, and whether the user chose it. */
  delimiter?: { delimiter: CsvDelimiter; chosen: boolean };
}

export type ReadImport = ReadSettings &
  (
    | { format: "backup"; text: string }
    | { format: Exclude<ImportFormat, "backup">; contacts: ContactReadResult; csv?: CsvPreview }
    /** A CSV whose columns we do not know and no mapping was given: the user has to map them. */
    | { format: "csv"; contacts: null; csv: CsvPreview }
  );

/** Applying a CSV of unknown columns needs a mapping; the preview shows the columns to map. */
export function mappingNeeded(headers: readonly string[]): RuleViolation {
  return new RuleViolation(
    `this CSV's columns (${headers.join(", ")}) are not ones Inroads knows; map them to fields first`,
    [{ field: "mapping", message: "say which column holds the name (fullName) or the email" }],
  );
}

function refuseUnterminated<T extends ContactReadResult>(result: T): T {
  const broken = result.skipped.find((entry) => entry.reason === UNTERMINATED_CARD_REASON);
  if (broken) {
    const message =
      "this card never ends (no END:VCARD): the file is cut short, or a quoted-printable value ends in a soft line break that swallows the rest";
    throw new RuleViolation(`line ${broken.line}: ${message}`, [lineIssue(broken.line, message)]);
  }
  return result;
}

function readCsv(text: string, request: ImportRequest, delimiter: CsvDelimiter) {
  const options = { delimiter };
  const csv = readingFile(() => csvHeaders(text, undefined, options));
  if (request.mapping !== undefined && Object.keys(request.mapping).length > 0) {
    const mapping = request.mapping;
    return {
      format: "csv",
      contacts: readingFile(() => readMappedCsv(text, mapping, options)),
      csv,
    } as const;
  }
  // Our own people CSV reads back without a mapping.
  if (csv.headers.includes(PEOPLE_CSV_COLUMNS.fullName)) {
    return {
      format: "csv",
      contacts: readingFile(() => readPeopleCsv(text, options)),
      csv,
    } as const;
  }
  return { format: "csv", contacts: null, csv } as const;
}

/**
 * A vCard file's bytes are unfolded and decoded line by line, so a fold through a character or
 * one card in another encoding stays local; UTF-16 is decoded as a whole first.
 */
function readVCardContent(request: ImportRequest, text: string, encoding: EncodingGuess | null) {
  if (request.bytes === undefined || encoding === null || !isAsciiCompatible(encoding.encoding)) {
    return { contacts: readingFile(() => refuseUnterminated(readVCards(text))), encoding };
  }
  const bytes = request.bytes;
  const read = readingFile(() => refuseUnterminated(readVCardBytes(bytes, request.encoding)));
  const { encoding: used, ...contacts } = read;
  return { contacts, encoding: used };
}

export function readImportFile(request: ImportRequest): ReadImport {
  const decoded = request.bytes === undefined ? null : decodeFile(request.bytes, request.encoding);
  const text = decoded?.text ?? request.content ?? "";
  const encoding: EncodingGuess | null =
    decoded === null ? null : { encoding: decoded.encoding, source: decoded.source };
  const delimiter = request.delimiter ?? sniffDelimiter(text);
  const format = request.format ?? sniffFormat(request.fileName, text, { delimiter });
  const csv = { encoding, delimiter: { delimiter, chosen: request.delimiter !== undefined } };
  const options = { delimiter };
  switch (format) {
    case "backup":
      return { format, text, encoding };
    case "linkedin":
      return {
        format,
        contacts: readingFile(() => readLinkedInConnections(text, options)),
        ...csv,
      };
    case "google":
      return { format, contacts: readingFile(() => readGoogleContacts(text, options)), ...csv };
    case "outlook":
      return { format, contacts: readingFile(() => readOutlookContacts(text, options)), ...csv };
    case "vcard":
      return { format, ...readVCardContent(request, text, encoding) };
    case "csv":
      return { ...readCsv(text, request, delimiter), ...csv };
  }
}
