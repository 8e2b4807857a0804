// Outlook's CSV export (desktop and Outlook.com share it). Columns are fixed names, one value
// each: "Title" is the honorific and "Job Title" the job; "Categories" holds ";"-separated
// categories. Exchange contacts may carry an X.500 path instead of an address in "E-mail
// Address", which is no use outside the organisation and is dropped.
import type { ContactReadResult } from "../contact.js";
import { pickProfileUrl } from "../profileUrl.js";
import type { ContactDraft } from "../record.js";
import { collectContacts } from "./collect.js";
import { type ColumnIndex, findHeader } from "./columns.js";
import { type CsvRow, parseCsvRows } from "./table.js";

const EMAIL_COLUMNS = ["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"];

const PHONE_COLUMNS: [column: string, label: string][] = [
  ["Primary Phone", "main"],
  ["Business Phone", "work"],
  ["Business Phone 2", "work"],
  ["Company Main Phone", "work main"],
  ["Mobile Phone", "mobile"],
  ["Home Phone", "home"],
  ["Home Phone 2", "home"],
  ["Other Phone", "other"],
  ["Business Fax", "work fax"],
  ["Home Fax", "home fax"],
  ["Other Fax", "other fax"],
  ["Pager", "pager"],
  ["Car Phone", "car"],
  ["Assistant's Phone", "assistant"],
];

const ADDRESS_KINDS: [prefix: string, label: string][] = [
  ["Business", "work"],
  ["Home", "home"],
  ["Other", "other"],
];

export function looksLikeOutlook(columns: ColumnIndex): boolean {
  return (
    columns.has("E-mail Address") ||
    columns.has("Business Phone") ||
    (columns.has("Job Title") && columns.has("Company"))
  );
}

function isX500Path(value: string | undefined): boolean {
  return value?.trim().startsWith("/o=") === true;
}

function draftFromRow(columns: ColumnIndex, row: CsvRow): ContactDraft {
  const cell = (name: string) => columns.cell(row, name);
  const given = cell("First Name");
  const middle = cell("Middle Name");
  const family = cell("Last Name");
  const suffix = cell("Suffix");
  return {
    fullName: [given, middle, family, suffix]
      .map((part) => part?.trim())
      .filter(Boolean)
      .join(" "),
    givenName: given,
    familyName: family,
    organization: cell("Company"),
    title: cell("Job Title"),
    emails: EMAIL_COLUMNS.map((name) => cell(name))
      .filter((value) => !isX500Path(value))
      .map((value) => ({ value })),
    phones: PHONE_COLUMNS.map(([name, label]) => ({ value: cell(name), label })),
    addresses: ADDRESS_KINDS.map(([prefix, label]) => ({
      label,
      street: [cell(`${prefix} Street`), cell(`${prefix} Street 2`), cell(`${prefix} Street 3`)]
        .map((part) => part?.trim())
        .filter(Boolean)
        .join("\n"),
      city: cell(`${prefix} City`),
      region: cell(`${prefix} State`),
      postalCode: cell(`${prefix} Postal Code`),
      country: cell(`${prefix} Country/Region`) ?? cell(`${prefix} Country`),
    })),
    profileUrl: pickProfileUrl([cell("Web Page"), cell("Personal Web Page")]),
    notes: cell("Notes"),
    labels: (cell("Categories") ?? "").split(";"),
  };
}

export function readOutlookContacts(text: string): ContactReadResult {
  const rows = parseCsvRows(text);
  const { columns, at } = findHeader(
    rows,
    (candidate) => candidate.has("First Name") && candidate.has("Last Name"),
    '"First Name" and "Last Name"',
  );
  return collectContacts(rows.slice(at + 1), "outlook", (row) => draftFromRow(columns, row));
}
