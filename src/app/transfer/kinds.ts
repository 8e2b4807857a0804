// The names of what can be imported and exported, apart from the code that does it, so the CLI
// can check its arguments without loading the file formats.
import type { CsvMappingField } from "../../formats/index.js";

export const EXPORT_KINDS = ["json", "csv", "vcard", "ics"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const IMPORT_FORMATS = ["linkedin", "google", "outlook", "vcard", "backup", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The fields a column of an unknown CSV can be mapped to. */
export const MAPPABLE_FIELDS = [
  "fullName",
  "namePrefix",
  "givenName",
  "middleName",
  "familyName",
  "nameSuffix",
  "title",
  "organization",
  "email",
  "emails",
  "phone",
  "phones",
  "street",
  "city",
  "region",
  "postalCode",
  "country",
  "addresses",
  "profileUrl",
  "notes",
  "labels",
  "connectedOn",
  "uid",
] as const satisfies readonly CsvMappingField[];
