// The formats module's public face: pure readers and writers of the files people already have.
export type {
  ContactReadResult,
  ContactRecord,
  ContactSource,
  LabelledValue,
  PostalAddress,
  SkippedEntry,
} from "./contact.js";
export { FormatError } from "./contact.js";
export type { CsvDelimiter } from "./csv/delimiter.js";
export { CSV_DELIMITERS, sniffDelimiter } from "./csv/delimiter.js";
export type { CsvColumnMapping, CsvMappingField, CsvPreview } from "./csv/generic.js";
export { csvHeaders, readMappedCsv } from "./csv/generic.js";
export { readGoogleContacts } from "./csv/google.js";
export { readLinkedInConnections } from "./csv/linkedin.js";
export { readOutlookContacts } from "./csv/outlook.js";
export { PEOPLE_CSV_COLUMNS, readPeopleCsv } from "./csv/people.js";
export type { SniffedFormat } from "./csv/sniff.js";
export { sniffFormat } from "./csv/sniff.js";
export { writePeopleCsv } from "./csv/write.js";
export type {
  CalendarAllDayItem,
  CalendarEvent,
  CalendarInput,
} from "./ical/write.js";
export { writeCalendar } from "./ical/write.js";
export { isSocialProfileUrl } from "./profileUrl.js";
export { decodeFile, decodeText } from "./text/decode.js";
export type { EncodingGuess, EncodingSource, TextEncoding } from "./text/encodings.js";
export { isAsciiCompatible, TEXT_ENCODINGS } from "./text/encodings.js";
export { readVCardBytes, readVCards, UNTERMINATED_CARD_REASON } from "./vcard/read.js";
export type { VCardVersion } from "./vcard/write.js";
export { writeVCards } from "./vcard/write.js";
