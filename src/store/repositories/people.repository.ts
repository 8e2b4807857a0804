// Reads and small updates of people that are not edits of the person: their stage, when they
// were last in touch, who works where, and the whole network at once for imports and exports.
import type { Degree, HowKnown } from "../../domain/vocabulary.js";
import { dbOf, type Tx } from "../handle.js";
import { positionsOf } from "../listPositions.js";

/**
 * The names of these organizations. On SQLite every organization's name is read in one pass
 * and kept until the data changes, so list after list costs no query; PostgreSQL, where
 * nothing is kept, looks up just these by key.
 */
export async function organizationNames(
  tx: Tx,
  ownerId: string,
  ids: string[],
): Promise<Map<string, string>> {
  const db = dbOf(tx);
  const read = async (only: string[] | null) => {
    let query = db
      .selectFrom("organizations")
      .select(["id", "name"])
      .where("owner_id", "=", ownerId);
    if (only) query = query.where("id", "in", only);
    const rows = await query.execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  };
  const kept = positionsOf(db);
  return kept ? kept.derived(`organization names ${ownerId}`, () => read(null)) : read(ids);
}

/** The status of each of the person's conversations, for working out their stage. */
export async function conversationStatusesOf(
  tx: Tx,
  ownerId: string,
  personId: string,
): Promise<string[]> {
  const rows = await dbOf(tx)
    .selectFrom("conversations")
    .select("status")
    .where("owner_id", "=", ownerId)
    .where("person_id", "=", personId)
    .execute();
  return rows.map((r) => r.status);
}

export async function setPersonStage(
  tx: Tx,
  ownerId: string,
  personId: string,
  stage: string | null,
): Promise<void> {
  await dbOf(tx)
    .updateTable("people")
    .set({ stage })
    .where("owner_id", "=", ownerId)
    .where("id", "=", personId)
    .execute();
}

/** Moves the person's last contact to `at`, unless they were in touch later than that. */
export async function recordContact(
  tx: Tx,
  ownerId: string,
  personId: string,
  at: string,
  now: string,
): Promise<void> {
  await dbOf(tx)
    .updateTable("people")
    .set({ last_contact_at: at, updated_at: now })
    .where("owner_id", "=", ownerId)
    .where("id", "=", personId)
    .where((eb) => eb.or([eb("last_contact_at", "is", null), eb("last_contact_at", "<", at)]))
    .execute();
}

export async function keepInTouchDaysOf(
  tx: Tx,
  ownerId: string,
  personId: string,
): Promise<number | null> {
  const row = await dbOf(tx)
    .selectFrom("people")
    .select("keep_in_touch_days")
    .where("owner_id", "=", ownerId)
    .where("id", "=", personId)
    .executeTakeFirst();
  return row?.keep_in_touch_days ?? null;
}

/** A person as a contact: what an import matches against and an export writes. */
export interface PersonContact {
  id: string;
  fullName: string;
  namePrefix: string | null;
  givenName: string | null;
  middleName: string | null;
  familyName: string | null;
  nameSuffix: string | null;
  title: string | null;
  organizationName: string | null;
  emails: string[];
  phones: string[];
  mailingAddress: string | null;
  profileUrl: string | null;
  howKnown: HowKnown;
  degree: Degree;
  tags: string[];
  notes: string;
}

function list(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * The owner's people with their organization's name, loaded at once: an import matches 30,000
 * rows with map look-ups rather than 30,000 queries, and an export writes them as contacts.
 */
export async function peopleAsContacts(tx: Tx, ownerId: string): Promise<PersonContact[]> {
  const rows = await dbOf(tx)
    .selectFrom("people as p")
    .leftJoin("organizations as o", "o.id", "p.organization_id")
    .select([
      "p.id",
      "p.full_name",
      "p.name_prefix",
      "p.given_name",
      "p.middle_name",
      "p.family_name",
      "p.name_suffix",
      "p.title",
      "o.name as organization_name",
      "p.emails",
      "p.phones",
      "p.mailing_address",
      "p.profile_url",
      "p.how_known",
      "p.degree",
      "p.tags",
      "p.notes",
    ])
    .where("p.owner_id", "=", ownerId)
    // Oldest first, so when two people share a key the first one entered keeps it.
    .orderBy("p.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    fullName: row.full_name,
    namePrefix: row.name_prefix,
    givenName: row.given_name,
    middleName: row.middle_name,
    familyName: row.family_name,
    nameSuffix: row.name_suffix,
    title: row.title,
    organizationName: row.organization_name,
    emails: list(row.emails),
    phones: list(row.phones),
    mailingAddress: row.mailing_address,
    profileUrl: row.profile_url,
    howKnown: row.how_known as HowKnown,
    degree: row.degree as Degree,
    tags: list(row.tags),
    notes: row.notes,
  }));
}
