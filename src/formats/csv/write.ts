// Writes people as CSV that spreadsheets open and `readPeopleCsv` reads back to the same
// records. RFC 4180: fields quoted when they hold a quote, comma or line break; CRLF rows.
import type { ContactRecord, LabelledValue, PostalAddress } from "../contact.js";
import { guardCell } from "./formulaGuard.js";
import { MULTI_VALUE_SEPARATOR } from "./multiValue.js";
import { PEOPLE_CSV_COLUMNS, type PeopleCsvColumn } from "./people.js";

const COLUMN_ORDER = Object.keys(PEOPLE_CSV_COLUMNS) as PeopleCsvColumn[];

// Excel only reads a CSV as UTF-8 when it starts with a byte-order mark; our readers skip it.
const BYTE_ORDER_MARK = "\uFEFF";

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function joinList(values: readonly (string | undefined)[]): string {
  // A list of nothing but empty positions is written as an empty cell.
  return values.every((value) => !value)
    ? ""
    : values.map((value) => value ?? "").join(MULTI_VALUE_SEPARATOR);
}

function addressPart(addresses: readonly PostalAddress[], part: keyof PostalAddress): string {
  return joinList(addresses.map((address) => address[part]));
}

function cellsOf(record: ContactRecord): Record<PeopleCsvColumn, string> {
  const values = (list: readonly LabelledValue[]) => joinList(list.map((item) => item.value));
  const labels = (list: readonly LabelledValue[]) => joinList(list.map((item) => item.label));
  return {
    fullName: record.fullName,
    givenName: record.givenName ?? "",
    familyName: record.familyName ?? "",
    title: record.title ?? "",
    organization: record.organization ?? "",
    emails: values(record.emails),
    emailLabels: labels(record.emails),
    phones: values(record.phones),
    phoneLabels: labels(record.phones),
    addressLabels: addressPart(record.addresses, "label"),
    street: addressPart(record.addresses, "street"),
    city: addressPart(record.addresses, "city"),
    region: addressPart(record.addresses, "region"),
    postalCode: addressPart(record.addresses, "postalCode"),
    country: addressPart(record.addresses, "country"),
    profileUrl: record.profileUrl ?? "",
    notes: record.notes ?? "",
    labels: joinList(record.labels ?? []),
    connectedOn: record.connectedOn ?? record.connectedOnRaw ?? "",
    uid: record.uid ?? "",
  };
}

function row(fields: readonly string[]): string {
  return `${fields.map((field) => quote(guardCell(field))).join(",")}\r\n`;
}

export function writePeopleCsv(records: readonly ContactRecord[]): string {
  const header = row(COLUMN_ORDER.map((column) => PEOPLE_CSV_COLUMNS[column]));
  const body = records.map((record) => {
    const cells = cellsOf(record);
    return row(COLUMN_ORDER.map((column) => cells[column]));
  });
  return BYTE_ORDER_MARK + header + body.join("");
}
