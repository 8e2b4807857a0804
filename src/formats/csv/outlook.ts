// Outlook's CSV export (desktop and Outlook.com share it), in the language of the Outlook that
// wrote it (see outlookColumns.ts). Columns are fixed names, one value each: the honorific
// ("Title", "Anrede") is not the job ("Job Title", "Position"); categories are ";"-separated.
// Exchange contacts may carry an X.500 path instead of an address in the e-mail column, which
// is no use outside the organisation and is dropped.
import type { ContactReadResult } from "../contact.js";
import { sortUrls } from "../profileUrl.js";
import type { ContactDraft } from "../record.js";
import { collectContacts } from "./collect.js";
import { type ColumnIndex, findHeader } from "./columns.js";
import {
  type Names,
  OUTLOOK_ADDRESSES,
  OUTLOOK_EMAILS,
  OUTLOOK_FIELDS,
  OUTLOOK_LANGUAGES,
  OUTLOOK_PHONES,
  type OutlookLanguage,
} from "./outlookColumns.js";
import { type CsvOptions, type CsvRow, parseCsvRows } from "./table.js";

function namesOf(names: Names, language: OutlookLanguage): readonly string[] {
  const value = names[language];
  return typeof value === "string" ? [value] : value;
}

/**
 * The language whose names cover the header best, among those whose name columns are there
 * (and, when `strict`, an e-mail or job column too, so a bare "First Name" is not enough).
 */
export function outlookLanguage(columns: ColumnIndex, strict = false): OutlookLanguage | undefined {
  let best: OutlookLanguage | undefined;
  let bestCount = 0;
  for (const language of OUTLOOK_LANGUAGES) {
    const has = (names: Names) => namesOf(names, language).some((name) => columns.has(name));
    const named = has(OUTLOOK_FIELDS.givenName) && has(OUTLOOK_FIELDS.familyName);
    const reachable = has(OUTLOOK_EMAILS[0] as Names) || has(OUTLOOK_FIELDS.jobTitle);
    if (!named || (strict && !reachable)) continue;
    const all = [
      ...Object.values(OUTLOOK_FIELDS),
      ...OUTLOOK_EMAILS,
      ...OUTLOOK_PHONES.map(([names]) => names),
    ];
    const count = all.filter(has).length;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}

/** The sniffer's test: English's "E-mail Address" or "Business Phone", or any language's set. */
export function looksLikeOutlook(columns: ColumnIndex): boolean {
  return (
    columns.has("E-mail Address") ||
    columns.has("Business Phone") ||
    (columns.has("Job Title") && columns.has("Company")) ||
    (outlookLanguage(columns, true) !== undefined && !columns.has("Connected On"))
  );
}

function isX500Path(value: string | undefined): boolean {
  return value?.trim().startsWith("/o=") === true;
}

function draftFromRow(columns: ColumnIndex, language: OutlookLanguage, row: CsvRow): ContactDraft {
  const cell = (names: Names) => {
    for (const name of namesOf(names, language)) {
      const value = columns.cell(row, name);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const given = cell(OUTLOOK_FIELDS.givenName);
  const middle = cell(OUTLOOK_FIELDS.middleName);
  const family = cell(OUTLOOK_FIELDS.familyName);
  const suffix = cell(OUTLOOK_FIELDS.nameSuffix);
  const urls = sortUrls([cell(OUTLOOK_FIELDS.personalWebPage), cell(OUTLOOK_FIELDS.webPage)]);
  return {
    fullName: [given, middle, family, suffix]
      .map((part) => part?.trim())
      .filter(Boolean)
      .join(" "),
    namePrefix: cell(OUTLOOK_FIELDS.namePrefix),
    givenName: given,
    middleName: middle,
    familyName: family,
    nameSuffix: suffix,
    organization: cell(OUTLOOK_FIELDS.organization),
    title: cell(OUTLOOK_FIELDS.jobTitle),
    emails: OUTLOOK_EMAILS.map((names) => cell(names))
      .filter((value) => !isX500Path(value))
      .map((value) => ({ value })),
    phones: OUTLOOK_PHONES.map(([names, label]) => ({ value: cell(names), label })),
    addresses: OUTLOOK_ADDRESSES.map(([names, label]) => ({
      label,
      street: [cell(names.street), cell(names.street2), cell(names.street3)]
        .map((part) => part?.trim())
        .filter(Boolean)
        .join("\n"),
      city: cell(names.city),
      region: cell(names.region),
      postalCode: cell(names.postalCode),
      country: cell(names.country),
    })),
    profileUrl: urls.profileUrl,
    websites: urls.websites,
    notes: cell(OUTLOOK_FIELDS.notes),
    labels: (cell(OUTLOOK_FIELDS.categories) ?? "").split(";"),
  };
}

export function readOutlookContacts(text: string, options: CsvOptions = {}): ContactReadResult {
  const rows = parseCsvRows(text, options);
  const { columns, at } = findHeader(
    rows,
    (candidate) => outlookLanguage(candidate) !== undefined,
    'Outlook\'s name columns ("First Name" and "Last Name", or "Vorname" and "Nachname", "Prénom" and "Nom", "Nombre" and "Apellidos")',
  );
  const language = outlookLanguage(columns) as OutlookLanguage;
  return collectContacts(rows.slice(at + 1), "outlook", (row) =>
    draftFromRow(columns, language, row),
  );
}
