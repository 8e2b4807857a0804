// Google Contacts CSV, in both layouts Google has shipped: the current one ("First Name",
// "Organization Name", "Labels", "E-mail 1 - Label") and the older one ("Name", "Given Name",
// "Organization 1 - Name", "Group Membership", "E-mail 1 - Type"). Several values of a kind
// share one cell joined by " ::: ", and a leading "* " marks the primary one.
import type { ContactReadResult } from "../contact.js";
import { sortUrls } from "../profileUrl.js";
import type { ContactDraft } from "../record.js";
import { collectContacts } from "./collect.js";
import { type ColumnIndex, findHeader } from "./columns.js";
import { splitMultiValue, splitParallel, withoutStar } from "./multiValue.js";
import { type CsvOptions, type CsvRow, parseCsvRows } from "./table.js";

/** Numbered column groups: kind ("e-mail") → number → field ("value") → column name. */
type NumberedColumns = Map<string, Map<number, Map<string, string>>>;

function numberedColumns(columns: ColumnIndex): NumberedColumns {
  const groups: NumberedColumns = new Map();
  for (const { name, match } of columns.matching(/^(.+?) (\d+) - (.+)$/)) {
    const kind = (match[1] ?? "").toLowerCase();
    const number = Number(match[2]);
    const field = (match[3] ?? "").toLowerCase();
    const byNumber = groups.get(kind) ?? new Map<number, Map<string, string>>();
    const fields = byNumber.get(number) ?? new Map<string, string>();
    fields.set(field, name);
    byNumber.set(number, fields);
    groups.set(kind, byNumber);
  }
  return groups;
}

export function looksLikeGoogle(columns: ColumnIndex): boolean {
  const numbered = numberedColumns(columns);
  return (
    columns.has("Group Membership") ||
    columns.has("Organization Name") ||
    (numbered.get("e-mail")?.get(1)?.has("value") === true && !columns.has("E-mail Address"))
  );
}

class GoogleRow {
  constructor(
    private readonly columns: ColumnIndex,
    private readonly numbered: NumberedColumns,
    private readonly row: CsvRow,
  ) {}

  cell(name: string): string | undefined {
    return this.columns.cell(this.row, name);
  }

  /** Each numbered group of a kind as field → cell, in column-number order. */
  groups(kind: string): Map<string, string>[] {
    const byNumber = this.numbered.get(kind);
    if (byNumber === undefined) return [];
    return [...byNumber.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, fields]) => {
        const cells = new Map<string, string>();
        for (const [field, name] of fields) cells.set(field, this.cell(name) ?? "");
        return cells;
      });
  }

  /** Values with their group's label ("Label" now, "Type" before), one per " ::: " part. */
  labelled(kind: string): { value: string; label: string }[] {
    return this.groups(kind).flatMap((cells) => {
      const label = withoutStar((cells.get("label") ?? cells.get("type") ?? "").trim());
      return splitMultiValue(cells.get("value")).map((value) => ({ value, label }));
    });
  }

  addresses(): NonNullable<ContactDraft["addresses"]> {
    return this.groups("address").flatMap((cells) => {
      const label = withoutStar((cells.get("label") ?? cells.get("type") ?? "").trim());
      // Several addresses with one label are " ::: "-joined field by field, in parallel.
      const part = (field: string) => splitParallel(cells.get(field));
      const streets = part("street");
      const extended = part("extended address");
      const poBoxes = part("po box");
      const formatted = part("formatted");
      const cities = part("city");
      const regions = part("region");
      const postalCodes = part("postal code");
      const countries = part("country");
      const count = Math.max(
        ...[streets, extended, poBoxes, formatted, cities, regions, postalCodes, countries].map(
          (list) => list.length,
        ),
      );
      return Array.from({ length: count }, (_, i) => {
        const street = [streets[i], extended[i], poBoxes[i]].filter(Boolean).join("\n");
        const hasParts = street !== "" || cities[i] || regions[i] || postalCodes[i] || countries[i];
        return {
          label,
          // Only the formatted text is left when someone typed the address in one box.
          street: hasParts ? street : formatted[i],
          city: cities[i],
          region: regions[i],
          postalCode: postalCodes[i],
          country: countries[i],
        };
      });
    });
  }
}

function firstOf(cell: string | undefined): string | undefined {
  return splitMultiValue(cell)[0];
}

function draftFromRow(google: GoogleRow): ContactDraft {
  const organizations = google.groups("organization");
  const urls = sortUrls(google.labelled("website").map(({ value }) => value));
  return {
    fullName: google.cell("Name"),
    namePrefix: google.cell("Name Prefix"),
    givenName: google.cell("First Name") ?? google.cell("Given Name"),
    middleName: google.cell("Middle Name") ?? google.cell("Additional Name"),
    familyName: google.cell("Last Name") ?? google.cell("Family Name"),
    nameSuffix: google.cell("Name Suffix"),
    organization: firstOf(google.cell("Organization Name") ?? organizations[0]?.get("name")),
    title: firstOf(google.cell("Organization Title") ?? organizations[0]?.get("title")),
    emails: google.labelled("e-mail"),
    phones: google.labelled("phone"),
    addresses: google.addresses(),
    profileUrl: urls.profileUrl,
    websites: urls.websites,
    notes: google.cell("Notes"),
    labels: splitMultiValue(google.cell("Labels") ?? google.cell("Group Membership")).map(
      withoutStar,
    ),
  };
}

export function readGoogleContacts(text: string, options: CsvOptions = {}): ContactReadResult {
  const rows = parseCsvRows(text, options);
  const { columns, at } = findHeader(
    rows,
    (candidate) =>
      candidate.has("First Name") || candidate.has("Given Name") || candidate.has("Name"),
    'a name column ("First Name", "Given Name" or "Name")',
  );
  const numbered = numberedColumns(columns);
  return collectContacts(rows.slice(at + 1), "google", (row) =>
    draftFromRow(new GoogleRow(columns, numbered, row)),
  );
}
