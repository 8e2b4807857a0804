// LinkedIn's "Connections.csv". Current exports open with a "Notes:" preamble (a quoted
// paragraph that may span lines) before the header; older ones have no preamble and no URL
// column. The header is therefore found by its columns and every column is read by name.
import type { ContactReadResult } from "../contact.js";
import type { ContactDraft } from "../record.js";
import { collectContacts } from "./collect.js";
import { type ColumnIndex, findHeader } from "./columns.js";
import { parseConnectionDate } from "./dates.js";
import { type CsvOptions, type CsvRow, parseCsvRows } from "./table.js";

export function isLinkedInHeader(columns: ColumnIndex): boolean {
  return columns.has("First Name") && columns.has("Last Name");
}

/** The sniffer's stricter test: "Connected On" is what only LinkedIn writes. */
export function looksLikeLinkedIn(columns: ColumnIndex): boolean {
  return isLinkedInHeader(columns) && columns.has("Connected On");
}

function draftFromRow(columns: ColumnIndex, row: CsvRow): ContactDraft {
  const connected = columns.cell(row, "Connected On")?.trim() ?? "";
  const connectedOn = connected === "" ? undefined : parseConnectionDate(connected);
  return {
    givenName: columns.cell(row, "First Name"),
    familyName: columns.cell(row, "Last Name"),
    profileUrl: columns.cell(row, "URL"),
    // Most connections hide their address from exports, so this cell is usually empty.
    emails: [{ value: columns.cell(row, "Email Address") }],
    organization: columns.cell(row, "Company"),
    title: columns.cell(row, "Position"),
    connectedOn,
    connectedOnRaw: connectedOn === undefined ? connected : undefined,
  };
}

export function readLinkedInConnections(text: string, options: CsvOptions = {}): ContactReadResult {
  const rows = parseCsvRows(text, options);
  const { columns, at } = findHeader(rows, isLinkedInHeader, '"First Name" and "Last Name"');
  return collectContacts(rows.slice(at + 1), "linkedin", (row) => draftFromRow(columns, row));
}
