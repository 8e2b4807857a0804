// People as contacts other programs read: our CSV and vCard 3.0/4.0. Each contact carries the
// person's id as its UID, so importing the file back finds the same people again.
import type { ContactRecord } from "../../formats/index.js";
import type { AppContext } from "../context.js";

function list(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export async function peopleAsContacts(ctx: AppContext): Promise<ContactRecord[]> {
  const rows = await ctx.store.db
    .selectFrom("people as p")
    .leftJoin("organizations as o", "o.id", "p.organization_id")
    .select([
      "p.id",
      "p.full_name",
      "p.title",
      "o.name as organization_name",
      "p.emails",
      "p.phones",
      "p.mailing_address",
      "p.profile_url",
      "p.tags",
      "p.notes",
    ])
    .where("p.owner_id", "=", ctx.ownerId)
    .execute();
  // Sorted here rather than in SQL so both engines give the same order whatever their collation.
  rows.sort((a, b) => collator.compare(a.full_name, b.full_name) || (a.id < b.id ? -1 : 1));
  return rows.map((row) => {
    const record: ContactRecord = {
      fullName: row.full_name,
      emails: list(row.emails).map((value) => ({ value })),
      phones: list(row.phones).map((value) => ({ value })),
      addresses: row.mailing_address ? [{ street: row.mailing_address }] : [],
      uid: row.id,
      source: "csv",
      line: 0,
    };
    if (row.title) record.title = row.title;
    if (row.organization_name) record.organization = row.organization_name;
    if (row.profile_url) record.profileUrl = row.profile_url;
    if (row.notes.trim() !== "") record.notes = row.notes;
    const tags = list(row.tags);
    if (tags.length > 0) record.labels = tags;
    return record;
  });
}
