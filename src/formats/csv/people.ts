// Our own people CSV: what `writePeopleCsv` writes and `readPeopleCsv` reads back unchanged.
// One column per field; lists share a cell joined by " ::: ", and labels sit in a parallel
// column ("work ::: home" beside "a@x.org ::: b@y.org") so the values stay easy to read.
import type { ContactReadResult } from "../contact.js";
import type { ContactDraft } from "../record.js";
import { collectContacts } from "./collect.js";
import { type ColumnIndex, findHeader } from "./columns.js";
import { parseConnectionDate } from "./dates.js";
import { unguardCell } from "./formulaGuard.js";
import { splitMultiValue, splitParallel } from "./multiValue.js";
import { type CsvOptions, type CsvRow, parseCsvRows } from "./table.js";

export const PEOPLE_CSV_COLUMNS = {
  fullName: "Full Name",
  givenName: "Given Name",
  familyName: "Family Name",
  title: "Title",
  organization: "Organization",
  emails: "Emails",
  emailLabels: "Email Labels",
  phones: "Phones",
  phoneLabels: "Phone Labels",
  addressLabels: "Address Labels",
  street: "Street",
  city: "City",
  region: "Region",
  postalCode: "Postal Code",
  country: "Country",
  profileUrl: "Profile URL",
  notes: "Notes",
  labels: "Labels",
  connectedOn: "Connected On",
  uid: "UID",
} as const;

export type PeopleCsvColumn = keyof typeof PEOPLE_CSV_COLUMNS;

function labelled(values: string | undefined, labels: string | undefined) {
  const labelList = splitParallel(labels);
  return splitParallel(values).map((value, i) => ({ value, label: labelList[i] }));
}

function draftFromRow(columns: ColumnIndex, row: CsvRow): ContactDraft {
  const cell = (column: PeopleCsvColumn) => {
    const value = columns.cell(row, PEOPLE_CSV_COLUMNS[column]);
    return value === undefined ? undefined : unguardCell(value.trim());
  };
  const parts = {
    label: splitParallel(cell("addressLabels")),
    street: splitParallel(cell("street")),
    city: splitParallel(cell("city")),
    region: splitParallel(cell("region")),
    postalCode: splitParallel(cell("postalCode")),
    country: splitParallel(cell("country")),
  };
  const addressCount = Math.max(...Object.values(parts).map((list) => list.length));
  const connected = cell("connectedOn") ?? "";
  const connectedOn = connected === "" ? undefined : parseConnectionDate(connected);
  return {
    fullName: cell("fullName"),
    givenName: cell("givenName"),
    familyName: cell("familyName"),
    title: cell("title"),
    organization: cell("organization"),
    emails: labelled(cell("emails"), cell("emailLabels")),
    phones: labelled(cell("phones"), cell("phoneLabels")),
    addresses: Array.from({ length: addressCount }, (_, i) => ({
      label: parts.label[i],
      street: parts.street[i],
      city: parts.city[i],
      region: parts.region[i],
      postalCode: parts.postalCode[i],
      country: parts.country[i],
    })),
    profileUrl: cell("profileUrl"),
    notes: cell("notes"),
    connectedOn,
    connectedOnRaw: connectedOn === undefined ? connected : undefined,
    labels: splitMultiValue(cell("labels")),
    uid: cell("uid"),
  };
}

export function readPeopleCsv(text: string, options: CsvOptions = {}): ContactReadResult {
  const rows = parseCsvRows(text, options);
  const { columns, at } = findHeader(
    rows,
    (candidate) => candidate.has(PEOPLE_CSV_COLUMNS.fullName),
    `a "${PEOPLE_CSV_COLUMNS.fullName}" column`,
  );
  return collectContacts(rows.slice(at + 1), "csv", (row) => draftFromRow(columns, row));
}
